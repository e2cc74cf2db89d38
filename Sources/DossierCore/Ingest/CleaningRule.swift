/// Why a line was dropped from the article. Raw values are kebab-case so they
/// can be written into reports and front matter unchanged.
public enum CleaningRule: String, Sendable, CaseIterable {
    case blank
    case repeatedLine = "repeated-line"
    case imageCredit = "image-credit"
    case imageCaption = "image-caption"
    case readingTime = "reading-time"
    case shareWidget = "share-widget"
    case newsletterPrompt = "newsletter-prompt"
    case supportAppeal = "support-appeal"
    case jobListing = "job-listing"
    case commentSection = "comment-section"
    case tagRow = "tag-row"
    case relatedLinks = "related-links"
    case timestamp
    case navigation
    case advert

    /// Rules whose trigger line marks the start of page furniture that runs to
    /// the end of the article; short lines after such a trigger are swept up too.
    var startsTrailingBoilerplate: Bool {
        switch self {
        case .newsletterPrompt, .supportAppeal, .jobListing, .commentSection, .tagRow, .relatedLinks:
            return true
        default:
            return false
        }
    }
}
