/// Rules that can be decided from one line on its own. Rules that need the
/// surrounding lines (captions, repeats, job groups, trailing furniture) live
/// in `ContextualRules`.
enum LineClassifier {
    static func rule(for line: String) -> CleaningRule? {
        if line.isEmpty { return .blank }
        let shape = LineShape(line)
        if isTagRow(line) { return .tagRow }
        if isReadingTime(line, shape) { return .readingTime }
        if isAdvert(shape) { return .advert }
        if isTimestampFurniture(shape) { return .timestamp }
        if line.contains(pattern: #"^(image|media|video) caption\s*[,:]"#) { return .imageCaption }
        if isSalaryLine(line, shape) { return .jobListing }
        if isImageCredit(line, shape) { return .imageCredit }
        if isNavigation(line, shape) { return .navigation }
        if isShareWidget(shape) { return .shareWidget }
        if isCommentHeading(line) { return .commentSection }
        if isRelatedLinks(line, shape) { return .relatedLinks }
        // Boilerplate never carries direct speech; a double quote mark means a
        // real paragraph that merely mentions support, newsletters or pay.
        if containsDoubleQuote(line) { return nil }
        if isRecruiterLine(line, shape) { return .jobListing }
        if isSupportAppeal(line, shape) { return .supportAppeal }
        if isNewsletterPrompt(line, shape) { return .newsletterPrompt }
        return nil
    }

    // MARK: - Single-line rules

    static func isTagRow(_ line: String) -> Bool {
        if line.allSatisfy({ ",;|·/ ".contains($0) }) && line.contains(where: { ",;|·".contains($0) }) {
            return true
        }
        return line.contains(pattern: #"^(tags|topics|filed under|categories|related topics)\s*:"#)
    }

    static func isReadingTime(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 10 else { return false }
        return line.contains(pattern: #"\b\d+\s*[-–]?\s*(min|mins|minute|minutes)\s+read\b"#)
            || line.contains(pattern: #"^(estimated\s+)?reading time\s*:?\s*\d+"#)
    }

    static func isAdvert(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 6 else { return false }
        return shape.label.contains(pattern:
            #"^(advertisement|advertisements|advert|adverts|ad|ads|sponsored|sponsored content|sponsored by .+|promoted|promoted content|paid content|paid partnership|partner content|advertisement feature|(story|article) continues below( advertisement)?|continue reading below( advertisement)?|skip (ad|advert))$"#)
    }

    /// A "Published"/"Updated" label whose date sits on the next line, or a
    /// relative time ("2 days ago") from a related-stories list.
    static func isTimestampFurniture(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 6 else { return false }
        return shape.label.contains(pattern:
            #"^((published|updated|posted|first published|last updated|last modified)( on)?( \d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago)?|\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|just now|yesterday)$"#)
    }

    static func isImageCredit(_ line: String, _ shape: LineShape) -> Bool {
        let short = shape.wordCount <= 40
        if line.hasPrefix("©") || line.contains(pattern: #"^\(c\)\s"#) { return shape.wordCount <= 20 }
        if line.contains(pattern: #"^((copyright|photo|photograph|picture|pic|image|credit|photo credit|illustration)s?\s*:|(image|media|video|photo) (source|credit)\s*,)"#) {
            return shape.wordCount <= 25
        }
        // "(copyright: House of Commons)", "(Image: Getty)" at the end of a caption.
        if short, line.contains(pattern: #"\((copyright|credit|photo|photograph|picture|pic|image)s?\b[^)]*\)\s*\.?$"#) { return true }
        // Guardian-style "… Photograph: Stefan Rousseau/PA" trailing a caption.
        if short, line.contains(pattern: #"\b(photograph|photo|picture|pic|image|credit|illustration)s?\s*:\s*[^.!?:]{1,80}\.?$"#) {
            return true
        }
        let agency = #"(getty images|getty|shutterstock(\.com)?|alamy( stock photo)?|istock(photo)?|pa (wire|media|images|archive)|pa|reuters|afp|ap|epa|dpa|unsplash|pexels)"#
        if short, line.contains(pattern: #"(/|\bvia\s)\s*"# + agency + #"\s*\.?\)?\s*$"#) { return true }
        if shape.wordCount <= 25, line.contains(pattern: #"\b(getty images|shutterstock)\b"#) { return true }
        // A caption ending in a parenthesised credit: "… in Stoke-on-Trent. (Nub News)".
        if shape.wordCount <= 50,
           line.containsCaseSensitive(pattern: #"[.!?]?\s\((?:[A-Z][\w’'&.-]*)(?:\s+[A-Z][\w’'&.-]*){0,4}\)$"#),
           !line.containsCaseSensitive(pattern: #"\([A-Z]{2,6}\)$"#) {
            return true
        }
        return false
    }

    static func isNavigation(_ line: String, _ shape: LineShape) -> Bool {
        if shape.wordCount <= 4, shape.label.contains(pattern:
            #"^(skip to (main )?content|skip to navigation|back to top|go to top|menu|main menu|open menu|close menu|toggle navigation|search|close|sign in|log in|login|register|my account|home|previous article|next article|previous|next|jump to)$"#) {
            return true
        }
        guard shape.wordCount <= 20 else { return false }
        let separators = [" > ", " › ", " » ", " | ", " / "]
        let count = separators.reduce(0) { $0 + line.components(separatedBy: $1).count - 1 }
        guard count >= 1 else { return false }
        if line.contains(pattern: #"^home\s*[>›»|/]"#) { return true }
        let parts = line.split(whereSeparator: { ">›»|".contains($0) })
        return count >= 2 && parts.allSatisfy { $0.split(separator: " ").count <= 4 }
    }

    static func isShareWidget(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= 8 else { return false }
        // WordPress sharing and like buttons.
        if shape.label.contains(pattern: #"^(like this|like loading|loading|click to (share|print|email)\b.*|share this:?)$"#) {
            return true
        }
        let tokens = shape.text.lowercased()
            .split(whereSeparator: { !$0.isLetter && $0 != "-" })
            .map(String.init)
        guard !tokens.isEmpty else { return false }
        let vocabulary: Set<String> = [
            "share", "shares", "sharing", "this", "article", "story", "page", "post", "on", "via", "with", "to",
            "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "pinterest",
            "reddit", "telegram", "messenger", "bluesky", "threads", "flipboard", "print", "copy", "link",
            "tweet", "sms", "banner", "icon", "logo", "button", "follow", "us", "friends", "comment",
            "bookmark", "save", "saved", "copied", "gift",
        ]
        let core: Set<String> = [
            "share", "facebook", "twitter", "linkedin", "whatsapp", "email", "e-mail", "pinterest",
            "reddit", "telegram", "messenger", "bluesky", "flipboard", "print", "tweet", "x", "copy", "bookmark", "save",
        ]
        return tokens.allSatisfy(vocabulary.contains) && tokens.contains(where: core.contains)
    }

    static func isCommentHeading(_ line: String) -> Bool {
        let label = LineShape(line).label
        guard LineShape(line).wordCount <= 20 else { return false }
        if label.contains(pattern: #"^(\d+|one|two|three|no)\s+(comments?|responses?|replies|reply|thoughts?)(\s+(to|on)\b.*)?$"#) {
            return true
        }
        if label.contains(pattern:
            #"^(there are no comments( yet)?|no comments( yet)?|comments?|leave a (reply|comment)( cancel reply)?|add yours|add a comment|add your comment|post a comment|join the (conversation|discussion|debate)|show comments|view comments|read comments|comments are closed|reader comments|have your say)$"#) {
            return true
        }
        return label.contains(pattern: #"(must be logged in to (post|leave) a comment|your email address will not be published)"#)
    }

    /// "Alec Fraher January 17, 2025 at 2:24 am #", "1. Jo Bloggs 3 June 2025 at 10:15",
    /// "Jo Bloggs says:". Only meaningful once the article body has started,
    /// because a byline can have the same shape.
    static func isCommenterLine(_ line: String) -> Bool {
        let shape = LineShape(line)
        guard shape.wordCount <= 16 else { return false }
        if line.containsCaseSensitive(pattern: #"^[A-Z][\w'’.-]*(\s+[\w'’.-]+){0,3}\s+says:$"#) { return true }
        guard !line.contains(pattern: #"^(by|published|updated|posted|last updated|first published)\b"#),
              let found = DateParser.find(in: line) else { return false }
        let before = line[..<found.range.lowerBound]
        let after = line[found.range.upperBound...]
        let namePart = before.trimmingCharacters(in: .whitespaces)
        guard String(namePart).containsCaseSensitive(pattern: #"^((\d{1,3}[.)]|[•*–-])\s*)?[A-Z][\w'’.-]*(\s+[\w'’.-]+){0,4}(\s+(says|on))?:?$"#) else {
            return false
        }
        return String(after).contains(pattern: #"^,?\s*(at\s+)?\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(#|\||reply|permalink)?\s*$"#)
    }

    static func isRelatedLinks(_ line: String, _ shape: LineShape) -> Bool {
        if shape.wordCount <= 5, shape.label.contains(pattern:
            #"^(related topics|related|more on this story|more on this topic|related articles|related stories|related content|related posts|related links|read more|read next|you may also like|you might also like|more stories|more like this|most read|most popular|most viewed|top stories|trending|trending now|recommended|recommended for you|also read|see also|latest news|more news|more from .+|explore more on these topics|more on these topics|topics)$"#) {
            return true
        }
        return shape.wordCount <= 30 && line.contains(pattern: #"^(read more|read next|related|also read|see also|more on this|recommended)\s*:"#)
    }

    static func isSalaryLine(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 20 else { return false }
        return line.contains(pattern: #"£\s?\d[\d,]*(\.\d+)?k?\s*(-|–|to)\s*£\s?\d"#)
            || line.contains(pattern: #"^grade\s+\w+\s+£\s?\d"#)
            || line.contains(pattern: #"^(salary|pay)\s*:\s*£"#)
            || line.contains(pattern: #"^£\s?\d[\d,]*(\.\d+)?k?\s*(per annum|pa|p\.a\.|a year|per year|per hour|an hour|pro rata)?$"#)
    }

    /// "Recruiter:" plus the misspellings job boards really print ("Recuriter:").
    static func isRecruiterLine(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 15 else { return false }
        return line.contains(pattern: #"^(re[a-z]{3,8}ter|employer|closing date|contract type)\s*:"#)
    }

    /// A short heading naming a jobs board, e.g. "Highways jobs", "Latest vacancies".
    /// Only acted on when a job listing follows (see `ContextualRules`).
    static func isJobsHeading(_ line: String) -> Bool {
        let shape = LineShape(line)
        guard shape.wordCount <= 5, !shape.endsWithSentencePunctuation else { return false }
        return line.contains(pattern: #"\b(jobs|vacancies|careers|job board|jobs board)$"#)
    }

    static func isSupportAppeal(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 40 else { return false }
        if line.contains(pattern:
            #"(support us\b|please support|become a (monthly )?(supporter|member|subscriber)|monthly (supporter|donator|donor)s?|your donation|donate (now|today)|make a (donation|contribution)|support (our|independent|local|quality) journalism|your support (makes|matters|means)|ad-free experience|ad free experience|supporters will enjoy|for monthly donators)"#) {
            return true
        }
        return shape.wordCount <= 6 && line.contains(pattern: #"^(donate|contribute|ad-free)\b"#)
    }

    static func isNewsletterPrompt(_ line: String, _ shape: LineShape) -> Bool {
        guard shape.wordCount <= 40 else { return false }
        if shape.wordCount <= 25, line.contains(pattern: #"\bnewsletters?\b"#),
           line.contains(pattern: #"(sign[- ]?up|subscribe|inbox|for free|our free|free daily|free weekly|get our|email)"#) {
            return true
        }
        if shape.wordCount <= 6, line.contains(pattern: #"\bnewsletters?\.?$"#) { return true }
        if shape.wordCount <= 20, line.contains(pattern: #"^(sign[- ]?up|subscribe)\b"#) { return true }
        if line.contains(pattern: #"\bsign[- ]?up\b"#),
           line.contains(pattern: #"(email|inbox|bulletin|alerts|updates|free)"#) { return true }
        if shape.wordCount <= 8, line.contains(pattern: #"\bsubscribe\b"#) { return true }
        if line.contains(pattern: #":\s*subscribe\.?$"#) { return true }
        return shape.wordCount <= 25 && line.contains(pattern:
            #"(news bulletin|daily bulletin|email alerts|news alerts|get our free|in your inbox|to your inbox|enter your email|your email address|never miss a|get the latest news|unsubscribe at any time|privacy notice|we use your sign-up)"#)
    }

    static func containsDoubleQuote(_ line: String) -> Bool {
        line.contains("“") || line.contains("”") || line.contains("\"")
    }
}
