/// Rules that can be decided from one line on its own. Rules that need the
/// surrounding lines (captions, repeats, job groups, trailing furniture) live
/// in `ContextualRules`.
enum LineClassifier {
    static func rule(for line: String) -> CleaningRule? {
        rule(for: ScannedLine(line))
    }

    static func rule(for line: ScannedLine) -> CleaningRule? {
        if line.isEmpty { return .blank }
        if isTagRow(line) { return .tagRow }
        if isReadingTime(line) { return .readingTime }
        if isAdvert(line) { return .advert }
        if isTimestampFurniture(line) { return .timestamp }
        if imageCaptionLabel.matches(line) { return .imageCaption }
        if isSalaryLine(line) { return .jobListing }
        if isImageCredit(line) { return .imageCredit }
        if isNavigation(line) { return .navigation }
        if isShareWidget(line) { return .shareWidget }
        if isCommentHeading(line) { return .commentSection }
        if isRelatedLinks(line) { return .relatedLinks }
        // Boilerplate never carries direct speech; a double quote mark means a
        // real paragraph that merely mentions support, newsletters or pay.
        if line.containsDoubleQuote { return nil }
        if isRecruiterLine(line) { return .jobListing }
        if isSupportAppeal(line) { return .supportAppeal }
        if isNewsletterPrompt(line) { return .newsletterPrompt }
        return nil
    }

    private static let imageCaptionLabel = Pattern(#"^(image|media|video) caption\s*[,:]"#)

    // MARK: - Single-line rules

    static func isTagRow(_ line: ScannedLine) -> Bool {
        let text = line.text
        if text.allSatisfy({ ",;|·/ ".contains($0) }) && text.contains(where: { ",;|·".contains($0) }) {
            return true
        }
        return tagRowLabel.matches(line)
    }

    private static let tagRowLabel = Pattern(#"^(tags|topics|filed under|categories|related topics)\s*:"#)

    static func isReadingTime(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 10 else { return false }
        return readingTimePhrase.matches(line) || readingTimeLabel.matches(line)
    }

    private static let readingTimePhrase = Pattern(#"\b\d+\s*[-–]?\s*(min|mins|minute|minutes)\s+read\b"#)
    private static let readingTimeLabel = Pattern(#"^(estimated\s+)?reading time\s*:?\s*\d+"#)

    static func isAdvert(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 6 else { return false }
        return advertLabel.matchesLabel(of: line)
    }

    private static let advertLabel = Pattern(
        #"^(advertisement|advertisements|advert|adverts|ad|ads|sponsored|sponsored content|sponsored by .+|promoted|promoted content|paid content|paid partnership|partner content|advertisement feature|(story|article) continues below( advertisement)?|continue reading below( advertisement)?|skip (ad|advert))$"#)

    /// A "Published"/"Updated" label whose date sits on the next line, or a
    /// relative time ("2 days ago") from a related-stories list.
    static func isTimestampFurniture(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 6 else { return false }
        return timestampLabel.matchesLabel(of: line)
    }

    private static let timestampLabel = Pattern(
        #"^((published|updated|posted|first published|last updated|last modified)( on)?( \d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)?|\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|just now|yesterday)$"#)

    static func isImageCredit(_ line: ScannedLine) -> Bool {
        let wordCount = line.wordCount
        let short = wordCount <= 40
        if line.text.hasPrefix("©") || copyrightMarkPrefix.matches(line) { return wordCount <= 20 }
        if creditLabelPrefix.matches(line) {
            return wordCount <= 25
        }
        // "(copyright: House of Commons)", "(Image: Getty)" at the end of a caption.
        if short, parenthesisedCreditSuffix.matches(line) { return true }
        // Guardian-style "… Photograph: Stefan Rousseau/PA" trailing a caption.
        if short, labelledCreditSuffix.matches(line) {
            return true
        }
        if short, agencySuffix.matches(line) { return true }
        if wordCount <= 25, agencyName.matches(line) { return true }
        // A caption ending in a parenthesised credit: "… in Stoke-on-Trent. (Nub News)".
        if wordCount <= 50,
           parenthesisedNameSuffix.matches(line),
           !parenthesisedAcronymSuffix.matches(line) {
            return true
        }
        return false
    }

    private static let copyrightMarkPrefix = Pattern(#"^\(c\)\s"#)
    private static let creditLabelPrefix = Pattern(
        #"^((copyright|photo|photograph|picture|pic|image|credit|photo credit|illustration)s?\s*:|(image|media|video|photo) (source|credit)\s*,)"#)
    private static let parenthesisedCreditSuffix = Pattern(#"\((copyright|credit|photo|photograph|picture|pic|image)s?\b[^)]*\)\s*\.?$"#)
    private static let labelledCreditSuffix = Pattern(#"\b(photograph|photo|picture|pic|image|credit|illustration)s?\s*:\s*[^.!?:]{1,80}\.?$"#)
    private static let agencySuffix = Pattern(
        #"(/|\bvia\s)\s*"# + #"(getty images|getty|shutterstock(\.com)?|alamy( stock photo)?|istock(photo)?|pa (wire|media|images|archive)|pa|reuters|afp|ap|epa|dpa|unsplash|pexels)"# + #"\s*\.?\)?\s*$"#)
    private static let agencyName = Pattern(#"\b(getty images|shutterstock)\b"#)
    private static let parenthesisedNameSuffix = Pattern(
        #"[.!?]?\s\((?:[A-Z][\w’'&.-]*)(?:\s+[A-Z][\w’'&.-]*){0,4}\)$"#, ignoresCase: false)
    private static let parenthesisedAcronymSuffix = Pattern(#"\([A-Z]{2,6}\)$"#, ignoresCase: false)

    static func isNavigation(_ line: ScannedLine) -> Bool {
        if line.wordCount <= 4, navigationLabel.matchesLabel(of: line) {
            return true
        }
        guard line.wordCount <= 20 else { return false }
        let count = breadcrumbSeparatorCount(in: line)
        guard count >= 1 else { return false }
        if homeBreadcrumb.matches(line) { return true }
        let parts = line.text.split(whereSeparator: { ">›»|".contains($0) })
        return count >= 2 && parts.allSatisfy { $0.split(separator: " ").count <= 4 }
    }

    private static let navigationLabel = Pattern(
        #"^(skip to (main )?content|skip to navigation|back to top|go to top|menu|main menu|open menu|close menu|toggle navigation|search|close|sign in|log in|login|register|my account|home|previous article|next article|previous|next|jump to)$"#)
    private static let homeBreadcrumb = Pattern(#"^home\s*[>›»|/]"#)
    private static let breadcrumbSeparators = [" > ", " › ", " » ", " | ", " / "]
    private static let breadcrumbSeparatorBytes = breadcrumbSeparators.map { Array($0.utf8) }

    /// How many breadcrumb separators the line holds, counted as
    /// `components(separatedBy:)` splits on them (left to right, not overlapping).
    private static func breadcrumbSeparatorCount(in line: ScannedLine) -> Int {
        guard let bytes = line.plainBytes else {
            return breadcrumbSeparators.reduce(0) { $0 + line.text.components(separatedBy: $1).count - 1 }
        }
        return breadcrumbSeparatorBytes.reduce(0) { $0 + nonOverlappingCount(of: $1, in: bytes) }
    }

    static func nonOverlappingCount(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        guard !needle.isEmpty, bytes.count >= needle.count else { return 0 }
        var count = 0
        var index = 0
        let first = needle[0]
        while index + needle.count <= bytes.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                count += 1
                index += needle.count
            } else {
                index += 1
            }
        }
        return count
    }

    static func isShareWidget(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 8 else { return false }
        // WordPress sharing and like buttons.
        if shareButtonLabel.matchesLabel(of: line) {
            return true
        }
        return isShareVocabulary(line)
    }

    /// Whether the lowercased runs of letters and hyphens are all share-widget
    /// words and at least one is a core one.
    private static func isShareVocabulary(_ line: ScannedLine) -> Bool {
        guard let bytes = line.plainBytes else {
            let tokens = line.text.lowercased()
                .split(whereSeparator: { !$0.isLetter && $0 != "-" })
                .map(String.init)
            guard !tokens.isEmpty else { return false }
            return tokens.allSatisfy(shareVocabulary.contains) && tokens.contains(where: shareCoreWords.contains)
        }
        // Plain text: letters are ASCII or Latin letters, and a token with a
        // non-ASCII letter is never in the vocabulary; stop at the first miss.
        var sawToken = false
        var sawCore = false
        var index = 0
        while index < bytes.count {
            let (scalar, length) = PlainText.decode(bytes, at: index)
            guard scalar == 0x2D || PlainText.isLetter(scalar) else {
                index += length
                continue
            }
            var token: [UInt8] = []
            while index < bytes.count {
                let (scalar, length) = PlainText.decode(bytes, at: index)
                guard scalar == 0x2D || PlainText.isLetter(scalar) else { break }
                guard scalar < 0x80 else { return false }
                token.append(scalar >= 0x41 && scalar <= 0x5A ? UInt8(scalar + 32) : UInt8(scalar))
                index += length
            }
            let word = String(decoding: token, as: UTF8.self)
            guard shareVocabulary.contains(word) else { return false }
            sawToken = true
            if shareCoreWords.contains(word) { sawCore = true }
        }
        return sawToken && sawCore
    }

    private static let shareButtonLabel = Pattern(#"^(like this|like loading|loading|click to (share|print|email)\b.*|share this:?)$"#)
    private static let shareVocabulary: Set<String> = [
        "share", "shares", "sharing", "this", "article", "story", "page", "post", "on", "via", "with", "to",
        "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "pinterest",
        "reddit", "telegram", "messenger", "bluesky", "threads", "flipboard", "print", "copy", "link",
        "tweet", "sms", "banner", "icon", "logo", "button", "follow", "us", "friends", "comment",
        "bookmark", "save", "saved", "copied", "gift",
    ]
    private static let shareCoreWords: Set<String> = [
        "share", "facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail", "pinterest",
        "reddit", "telegram", "messenger", "bluesky", "flipboard", "print", "tweet", "x", "copy", "bookmark", "save",
    ]

    static func isCommentHeading(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 20 else { return false }
        if commentCountLabel.matchesLabel(of: line) {
            return true
        }
        if commentSectionLabel.matchesLabel(of: line) {
            return true
        }
        return commentFormText.matchesLabel(of: line)
    }

    private static let commentCountLabel = Pattern(
        #"^(\d+|one|two|three|no)\s+(comments?|responses?|replies|reply|thoughts?)(\s+(to|on)\b.*)?$"#)
    private static let commentSectionLabel = Pattern(
        #"^(there are no comments( yet)?|no comments( yet)?|comments?|leave a (reply|comment)( cancel reply)?|add yours|add a comment|add your comment|post a comment|join the (conversation|discussion|debate)|show comments|view comments|read comments|comments are closed|reader comments|have your say)$"#)
    private static let commentFormText = Pattern(#"(must be logged in to (post|leave) a comment|your email address will not be published)"#)

    /// "Alec Fraher January 17, 2025 at 2:24 am #", "1. Jo Bloggs 3 June 2025 at 10:15",
    /// "Jo Bloggs says:". Only meaningful once the article body has started,
    /// because a byline can have the same shape.
    static func isCommenterLine(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 16 else { return false }
        if commenterSays.matches(line) { return true }
        let text = line.text
        guard !commenterBylineStart.matches(line),
              let found = DateParser.find(in: line.subject) else { return false }
        let before = text[..<found.range.lowerBound]
        let after = text[found.range.upperBound...]
        let namePart = PlainText.trimmingWhitespace(before)
        guard commenterName.matches(String(namePart)) else {
            return false
        }
        return commenterTime.matches(String(after))
    }

    private static let commenterSays = Pattern(#"^[A-Z][\w'’.-]*(\s+[\w'’.-]+){0,3}\s+says:$"#, ignoresCase: false)
    private static let commenterBylineStart = Pattern(#"^(by|published|updated|posted|last updated|first published)\b"#)
    private static let commenterName = Pattern(
        #"^((\d{1,3}[.)]|[•*–-])\s*)?[A-Z][\w'’.-]*(\s+[\w'’.-]+){0,4}(\s+(says|on))?:?$"#, ignoresCase: false)
    private static let commenterTime = Pattern(#"^,?\s*(at\s+)?\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(#|\||reply|permalink)?\s*$"#)

    static func isRelatedLinks(_ line: ScannedLine) -> Bool {
        if line.wordCount <= 5, relatedLinksLabel.matchesLabel(of: line) {
            return true
        }
        return line.wordCount <= 30 && relatedLinkPrefix.matches(line)
    }

    private static let relatedLinksLabel = Pattern(
        #"^(related topics|related|more on this story|more on this topic|related articles|related stories|related content|related posts|related links|read more|read next|you may also like|you might also like|more stories|more like this|most read|most popular|most viewed|top stories|trending|trending now|recommended|recommended for you|also read|see also|latest news|more news|more from .+|explore more on these topics|more on these topics|topics)$"#)
    private static let relatedLinkPrefix = Pattern(#"^(read more|read next|related|also read|see also|more on this|recommended)\s*:"#)

    static func isSalaryLine(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 20 else { return false }
        return salaryRange.matches(line)
            || gradeAndSalary.matches(line)
            || salaryLabel.matches(line)
            || salaryAlone.matches(line)
    }

    private static let salaryRange = Pattern(#"£\s?\d[\d,]*(\.\d+)?k?\s*(-|–|to)\s*£\s?\d"#)
    private static let gradeAndSalary = Pattern(#"^grade\s+\w+\s+£\s?\d"#)
    private static let salaryLabel = Pattern(#"^(salary|pay)\s*:\s*£"#)
    private static let salaryAlone = Pattern(#"^£\s?\d[\d,]*(\.\d+)?k?\s*(per annum|pa|p\.a\.|a year|per year|per hour|an hour|pro rata)?$"#)

    /// "Recruiter:" plus the misspellings job boards really print ("Recuriter:").
    static func isRecruiterLine(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 15 else { return false }
        return recruiterLabel.matches(line)
    }

    private static let recruiterLabel = Pattern(#"^(re[a-z]{3,8}ter|employer|closing date|contract type)\s*:"#)

    /// A short heading naming a jobs board, e.g. "Highways jobs", "Latest vacancies".
    /// Only acted on when a job listing follows (see `ContextualRules`).
    static func isJobsHeading(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 5, !line.endsWithSentencePunctuation else { return false }
        return jobsHeadingSuffix.matches(line)
    }

    private static let jobsHeadingSuffix = Pattern(#"\b(jobs|vacancies|careers|job board|jobs board)$"#)

    static func isSupportAppeal(_ line: ScannedLine) -> Bool {
        guard line.wordCount <= 40 else { return false }
        if supportAppealPhrase.matches(line) {
            return true
        }
        return line.wordCount <= 6 && supportButton.matches(line)
    }

    private static let supportAppealPhrase = Pattern(
        #"(support us\b|please support|become a (monthly )?(supporter|member|subscriber)|monthly (supporter|donator|donor)s?|your donation|donate (now|today)|make a (donation|contribution)|support (our|independent|local|quality) journalism|your support (makes|matters|means)|ad-free experience|ad free experience|supporters will enjoy|for monthly donators)"#)
    private static let supportButton = Pattern(#"^(donate|contribute|ad-free)\b"#)

    static func isNewsletterPrompt(_ line: ScannedLine) -> Bool {
        let wordCount = line.wordCount
        guard wordCount <= 40 else { return false }
        if wordCount <= 25, newsletterWord.matches(line), newsletterAction.matches(line) {
            return true
        }
        if wordCount <= 6, newsletterLabel.matches(line) { return true }
        if wordCount <= 20, signUpStart.matches(line) { return true }
        if signUpWord.matches(line), signUpObject.matches(line) { return true }
        if wordCount <= 8, subscribeWord.matches(line) { return true }
        if subscribeSuffix.matches(line) { return true }
        return wordCount <= 25 && newsletterPhrase.matches(line)
    }

    private static let newsletterWord = Pattern(#"\bnewsletters?\b"#)
    private static let newsletterAction = Pattern(#"(sign[- ]?up|subscribe|inbox|for free|our free|free daily|free weekly|get our|email)"#)
    private static let newsletterLabel = Pattern(#"\bnewsletters?\.?$"#)
    private static let signUpStart = Pattern(#"^(sign[- ]?up|subscribe)\b"#)
    private static let signUpWord = Pattern(#"\bsign[- ]?up\b"#)
    private static let signUpObject = Pattern(#"(email|inbox|bulletin|alerts|updates|free)"#)
    private static let subscribeWord = Pattern(#"\bsubscribe\b"#)
    private static let subscribeSuffix = Pattern(#":\s*subscribe\.?$"#)
    private static let newsletterPhrase = Pattern(
        #"(news bulletin|daily bulletin|email alerts|news alerts|get our free|in your inbox|to your inbox|enter your email|your email address|never miss a|get the latest news|unsubscribe at any time|privacy notice|we use your sign-up)"#)

    static func containsDoubleQuote(_ line: String) -> Bool {
        if let plain = PlainText(line) { return PlainText.containsDoubleQuote(plain.bytes) }
        return line.contains("“") || line.contains("”") || line.contains("\"")
    }
}
