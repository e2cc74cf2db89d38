/// An article after ingest: its metadata settled (front matter first, then what the text
/// states) and its text cleaned, with every removal accounted for.
public struct Article: Equatable, Sendable {
    public var slug: String
    public var path: String
    public var title: String
    public var source: String?
    public var author: String?
    public var published: Day?
    public var url: String?
    public var pinnedTopics: [String]
    public var excludedTopics: [String] = []
    public var draft: Bool
    public var blocks: [ArticleBlock]
    public var removals: [Removal]
    public var quotes: [Quote]
    /// How many never-publish phrases were replaced by "[name withheld]".
    public var redactions: Int = 0
    /// The digest of the fields above, made once when the article is ingested (see `ArticleDigest`).
    var digest = ArticleDigest()

    /// The anchor of a block on the article page, so a briefing can cite the exact paragraph.
    public static func anchor(forBlock index: Int) -> String { "p\(index + 1)" }

    /// Newest first; undated last; ties by slug, so the order never varies between builds.
    public static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }

    /// Slugs in that order, each article looked up once (not at every comparison); a slug
    /// with no article goes last, in slug order.
    public static func newestFirst(_ slugs: some Sequence<String>, in articles: [String: Article]) -> [String] {
        slugs.map { ($0, articles[$0]) }.sorted { a, b in
            switch (a.1, b.1) {
            case let (x?, y?): return newestFirst(x, y)
            case (_?, nil): return true
            case (nil, _?): return false
            case (nil, nil): return a.0 < b.0
            }
        }.map(\.0)
    }
}

extension String {
    /// "1 source article", "2 source articles".
    init(counting number: Int, _ noun: String) {
        self = "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
