import Foundation

/// Rules that judge a line by its neighbours. Each pass only labels lines that
/// are still unlabelled (`nil`), so a specific single-line rule always wins.
enum ContextualRules {
    /// A comment heading or a commenter line ("Name Month D, YYYY at H:MM am")
    /// ends the article: everything from there on is reader comments. The body
    /// must have started first, because a byline can look like a commenter line
    /// and comment counts are sometimes printed beside the headline.
    static func markCommentSection(_ lines: [ScannedLine], _ rules: inout [CleaningRule?]) {
        var bodyStarted = false
        for index in lines.indices {
            let rule = rules[index]
            if rule == nil, lines[index].wordCount >= 15 {
                bodyStarted = true
                continue
            }
            guard bodyStarted else { continue }
            if rule == .commentSection || (rule == nil && LineClassifier.isCommenterLine(lines[index])) {
                for rest in index..<lines.count { rules[rest] = .commentSection }
                return
            }
        }
    }

    /// Captions: a line directly followed by its own duplicate, or a line that
    /// sits in a small group with an image credit ("Yvette Cooper" above
    /// "Home secretary Yvette Cooper (copyright: House of Commons)").
    static func markCaptions(_ lines: [ScannedLine], _ rules: inout [CleaningRule?]) {
        for index in lines.indices where rules[index] == nil {
            let next = index + 1
            guard next < lines.count, !lines[next].isEmpty else { continue }
            let shape = lines[index]
            if lines[next].text == lines[index].text, shape.wordCount <= 60 {
                rules[index] = .imageCaption
                continue
            }
            guard rules[next] == .imageCredit else { continue }
            // A longer caption must stand alone with its credit as a two-line group,
            // or it could be a paragraph in an article with no blank lines.
            let startsGroup = index == 0 || lines[index - 1].isEmpty
            let endsGroup = next + 1 == lines.count || lines[next + 1].isEmpty
            let headingLike = shape.wordCount <= 12 && !shape.endsWithSentencePunctuation
            if headingLike || (startsGroup && endsGroup && shape.wordCount <= 30) {
                rules[index] = .imageCaption
            }
        }
    }

    /// Second and later copies of a line, including alt text that repeats an
    /// earlier line with " image" appended.
    static func markRepeats(_ lines: [ScannedLine], _ rules: inout [CleaningRule?]) {
        // Plain text is in NFC with nothing to compose, so two plain lines are
        // equal Strings exactly when their bytes are equal, and bytes hash
        // without String's normalisation.
        if lines.allSatisfy({ $0.plainBytes != nil }) {
            markRepeats(lines, &rules, key: { PlainKey(bytes: $0.plainBytes!) }, strippedKey: { PlainKey(bytes: PlainText.utf8($0)) })
        } else {
            markRepeats(lines, &rules, key: \.text, strippedKey: { $0 })
        }
    }

    private static func markRepeats<Key: Hashable>(_ lines: [ScannedLine], _ rules: inout [CleaningRule?],
                                                   key: (ScannedLine) -> Key, strippedKey: (String) -> Key) {
        var seen = Set<Key>(minimumCapacity: lines.count)
        for index in lines.indices where !lines[index].isEmpty {
            let line = key(lines[index])
            // A credit line that repeats verbatim is reported as the repeat it is.
            if rules[index] == nil || rules[index] == .imageCredit {
                let stripped = altTextStripped(lines[index]).map(strippedKey)
                if seen.contains(line) || stripped.map(seen.contains) == true {
                    rules[index] = .repeatedLine
                }
            }
            seen.insert(line)
        }
    }

    /// UTF-8 of a plain line, hashed in one call.
    private struct PlainKey: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Job-board widgets: a group of consecutive lines that contains a salary or
    /// recruiter line is one advert; the short line just above it is the job
    /// title, and a "… jobs" heading above a listing belongs to it too.
    static func markJobListings(_ lines: [ScannedLine], _ rules: inout [CleaningRule?]) {
        let groups = lineGroups(lines)
        var jobGroupIndexes = Set<Int>()
        for (groupIndex, group) in groups.enumerated() where group.contains(where: { rules[$0] == .jobListing }) {
            jobGroupIndexes.insert(groupIndex)
            for index in group where rules[index] == nil && lines[index].wordCount <= 60 {
                rules[index] = .jobListing
            }
            if groupIndex > 0, let title = groups[groupIndex - 1].first, groups[groupIndex - 1].count == 1,
               rules[title] == nil, isShortHeading(lines[title], maxWords: 15) {
                rules[title] = .jobListing
            }
        }
        for (groupIndex, group) in groups.enumerated() {
            for index in group where rules[index] == nil && LineClassifier.isJobsHeading(lines[index]) {
                let followingJobGroup = (groupIndex...min(groupIndex + 3, groups.count - 1)).contains(where: jobGroupIndexes.contains)
                if followingJobGroup { rules[index] = .jobListing }
            }
        }
    }

    /// Once a newsletter, support, job, tag or related-links block starts after
    /// the last substantial paragraph, every unlabelled line from there to the
    /// end is page furniture too; each takes the rule of the block it sits in.
    static func markTrailingBoilerplate(_ lines: [ScannedLine], _ rules: inout [CleaningRule?], protected: Set<Int>) {
        var regionStart: Int?
        var index = lines.count - 1
        while index >= 0, !protected.contains(index) {
            if let rule = rules[index] {
                if isRegionTrigger(rule, line: lines[index].text) { regionStart = index }
            } else if looksLikeArticleProse(lines[index]) {
                break
            }
            index -= 1
        }
        guard let regionStart, var current = rules[regionStart] else { return }
        for index in regionStart..<lines.count {
            if let rule = rules[index] {
                if isRegionTrigger(rule, line: lines[index].text) { current = rule }
            } else {
                rules[index] = current
            }
        }
    }

    // MARK: - Helpers

    /// Lines that end the backwards search for trailing furniture: long
    /// lines, speech, and finished sentences that do not address the reader
    /// the way publisher appeals do ("We want to provide…", "your support").
    static func looksLikeArticleProse(_ scanned: ScannedLine) -> Bool {
        let line = scanned.text
        if scanned.wordCount > 18 { return true }
        if scanned.containsDoubleQuote { return true }
        guard scanned.wordCount >= 8, let last = line.last, ".!?".contains(last) else { return false }
        return !readerAddress.matches(scanned)
    }

    private static let readerAddress = Pattern(#"\b(we|we’re|we're|our|us|you|your|you’ll|you'll)\b"#)

    private static func isRegionTrigger(_ rule: CleaningRule, line: String) -> Bool {
        guard rule.startsTrailingBoilerplate, rule != .commentSection else { return false }
        // An inline "Read more: <headline>" link sits mid-article; only a
        // "Related topics"-style heading opens a footer.
        return rule != .relatedLinks || !line.contains(":")
    }

    private static func isShortHeading(_ line: ScannedLine, maxWords: Int) -> Bool {
        line.wordCount <= maxWords && !line.endsWithSentencePunctuation
    }

    private static let altTextSuffixes = [" image", " photo", " picture", " video", " graphic", " illustration"]

    /// The line without an alt-text suffix such as " image" (any case), or nil.
    /// Only the first suffix in `altTextSuffixes` that fits is tried.
    private static func altTextStripped(_ line: ScannedLine) -> String? {
        guard let bytes = line.plainBytes else {
            let text = line.text
            return altTextSuffixes.lazy
                .filter { text.lowercased().hasSuffix($0) }
                .map { String(text.dropLast($0.count)) }
                .first
        }
        // Plain text: the suffixes are ASCII, each ASCII byte is a Character,
        // and only ASCII letters lowercase to ASCII letters.
        for suffix in altTextSuffixes where bytes.count >= suffix.utf8.count {
            let tail = bytes[(bytes.count - suffix.utf8.count)...]
            if zip(tail, suffix.utf8).allSatisfy({ byte, expected in
                byte == expected || (byte >= 0x41 && byte <= 0x5A && byte + 32 == expected)
            }) {
                return String(decoding: bytes[..<(bytes.count - suffix.utf8.count)], as: UTF8.self)
            }
        }
        return nil
    }

    /// Runs of consecutive non-blank lines, as arrays of line indexes.
    static func lineGroups(_ lines: [ScannedLine]) -> [[Int]] {
        var groups: [[Int]] = []
        var current: [Int] = []
        for index in lines.indices {
            if lines[index].isEmpty {
                if !current.isEmpty { groups.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }
}
