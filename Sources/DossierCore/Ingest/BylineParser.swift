import Foundation

/// Recognises byline-shaped header lines: "By Phil Corrigan - Local Democracy
/// Reporter 26th Jun 2025", "William Eichler 16 June 2025", "By Jane Doe",
/// "Published 3 March 2025", or a bare date. The caller only offers lines from
/// the article header, so body sentences and comments are never parsed here.
enum BylineParser {
    struct Parsed: Equatable {
        var author: String?
        var date: Day?
    }

    static func parse(_ line: String) -> Parsed? {
        parse(ScannedLine(line))
    }

    static func parse(_ scanned: ScannedLine) -> Parsed? {
        let line = scanned.text
        guard scanned.wordCount <= 20, !scanned.containsDoubleQuote else { return nil }
        let found = DateParser.find(in: scanned.subject)
        let beforeDate = found.map { String(line[..<$0.range.lowerBound]) } ?? line
        let afterDate = found.map { String(line[$0.range.upperBound...]) } ?? ""
        // "10:32, 16 Jun 2025 Updated 11:05, 16 Jun 2025": the first date is the publication date.
        let afterIsOnlyTime = isOnlyTimeOrPunctuation(afterDate)
            || updatedAfterDate.matches(afterDate)

        if hasLeadingBy(line) {
            let authorText = removingLeadingBy(beforeDate)
            let author = authorName(from: authorText)
            // "By 2030 the council…" is a sentence, not a byline.
            guard author != nil else { return nil }
            return Parsed(author: author, date: found?.date)
        }

        guard let found else { return nil }

        // "Posted on March 3, 2025 by Jo Bloggs".
        if let afterBy = textAfterBy(in: afterDate),
           postedLabel.matches(beforeDate) {
            return Parsed(author: authorName(from: afterBy), date: found.date)
        }

        if publishedLabel.matches(beforeDate)
            || (isOnlyWeekdayOrTime(beforeDate) && afterIsOnlyTime) {
            return Parsed(author: nil, date: found.date)
        }

        // "William Eichler 16 June 2025" / "Jane Doe, Political Editor | 3 June 2025".
        if afterIsOnlyTime, scanned.wordCount <= 12, let author = authorName(from: beforeDate),
           PlainText.words(author).count >= 2 {
            return Parsed(author: author, date: found.date)
        }
        return nil
    }

    private static let updatedAfterDate = Pattern(
        #"^[\s,|·•-]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s,|·•-]*(updated|last updated|modified|last modified)\b"#)
    private static let postedLabel = Pattern(#"^(published|updated|posted|first published|date)\b[\s:,]*(on\b)?[\s:,]*$"#)
    private static let publishedLabel = Pattern(
        #"^(published|updated|posted|first published|last updated|last modified|modified|date)\b[\s:,]*(on\b)?[\s:,]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s:,]*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?[\s:,]*$"#)

    // "By …" and "…, by …" are found the way Foundation's regular-expression
    // search (ICU) finds `^by\s+` case-insensitively. In plain text (see
    // `PlainText`) only ASCII letters fold to "b" and "y" and the space is the
    // only whitespace, so a byte check gives the same answer without compiling
    // an NSRegularExpression for every header line.

    private static let leadingByRegex = #"^by\s+"#
    private static let byAfterDateRegex = #"^\s*,?\s*by\s+"#

    /// End (in bytes) of "by" and the spaces after it at `index`, or nil.
    private static func endOfBy(in bytes: [UInt8], at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "b"),
              bytes[index + 1] | 0x20 == UInt8(ascii: "y"), bytes[index + 2] == 0x20 else { return nil }
        var end = index + 3
        while end < bytes.count, bytes[end] == 0x20 { end += 1 }
        return end
    }

    static func hasLeadingBy(_ text: String) -> Bool {
        if let plain = PlainText(text) { return endOfBy(in: plain.bytes, at: 0) != nil }
        return text.range(of: leadingByRegex, options: [.regularExpression, .caseInsensitive]) != nil
    }

    static func removingLeadingBy(_ text: String) -> String {
        if let plain = PlainText(text) {
            guard let end = endOfBy(in: plain.bytes, at: 0) else { return text }
            return String(decoding: plain.bytes[end...], as: UTF8.self)
        }
        return text.replacingOccurrences(of: leadingByRegex, with: "", options: [.regularExpression, .caseInsensitive])
    }

    /// The text after a leading ", by " (as in "3 March 2025 by Jo Bloggs"), or nil.
    static func textAfterBy(in text: String) -> String? {
        if let plain = PlainText(text) {
            let bytes = plain.bytes
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard let end = endOfBy(in: bytes, at: index) else { return nil }
            return String(decoding: bytes[end...], as: UTF8.self)
        }
        guard let range = text.range(of: byAfterDateRegex, options: [.regularExpression, .caseInsensitive]) else { return nil }
        return String(text[range.upperBound...])
    }

    /// The personal name at the start of a byline, with the role after a
    /// separator dropped: "Phil Corrigan - Local Democracy Reporter" -> "Phil Corrigan".
    static func authorName(from text: String) -> String? {
        var candidate = text
        for separator in [" - ", " – ", " — ", " | ", ",", " on ", " Published", " Updated", "•", "·"] {
            if let range = PlainText.firstRange(of: separator, in: candidate) {
                candidate = String(candidate[..<range.lowerBound])
            }
        }
        candidate = PlainText.trimming(Substring(candidate), authorEdges)
        let words = PlainText.words(candidate)
        guard (1...6).contains(words.count), let first = words.first?.first, first.isUppercase else { return nil }
        let particles: Set<String> = ["and", "de", "van", "von", "der", "le", "la", "da", "di", "bin", "al", "&"]
        let allNameLike = words.allSatisfy { word in
            particles.contains(String(word)) || (word.first?.isUppercase ?? false)
        }
        guard allNameLike else { return nil }
        return candidate
    }

    private static let authorEdges = TrimmedCharacters(" -–—|,:")

    /// A personal name alone on a line: two to four capitalised words, no
    /// digits or sentence punctuation ("Sarah Smith").
    static func isNameOnly(_ scanned: ScannedLine) -> Bool {
        // Its word count is the number of words split out below.
        guard (2...4).contains(scanned.wordCount) else { return false }
        return isNameOnly(scanned.text)
    }

    static func isNameOnly(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...4).contains(words.count), line.count <= 40,
              !line.contains(where: { $0.isNumber || ".,:;!?“”\"()".contains($0) }) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return false }
            return first.isUppercase && word.dropFirst().contains(where: \.isLowercase)
        }
    }

    /// "Jessica Elgot Deputy political editor": a name followed by a role with
    /// no separator. Returns the name.
    static func nameBeforeRole(_ scanned: ScannedLine) -> String? {
        guard scanned.wordCount <= 8 else { return nil }
        return nameBeforeRole(scanned.text)
    }

    static func nameBeforeRole(_ line: String) -> String? {
        let words = PlainText.words(line).map(String.init)
        guard words.count <= 8, isRoleLine(words.dropFirst(2).joined(separator: " ")) || isRoleLine(line) else { return nil }
        var name: [String] = []
        for word in words {
            guard let first = word.first, first.isUppercase, word.dropFirst().contains(where: \.isLowercase) else { break }
            name.append(word)
        }
        while name.count > 2, let last = name.last, roleWords.contains(last) { name.removeLast() }
        guard (2...3).contains(name.count), name.count < words.count else { return nil }
        return name.joined(separator: " ")
    }

    private static let roleWords: Set<String> = [
        "Deputy", "Senior", "Chief", "Political", "Local", "Democracy", "Home", "Affairs", "Crime", "Health",
        "Education", "Social", "Investigations", "Assistant", "Associate", "Acting", "Digital", "News",
    ]

    /// The job or outlet line printed under a byline: "BBC News, North West",
    /// "Political Editor", "Local Democracy Reporter".
    static func isRoleLine(_ line: String) -> Bool {
        let shape = LineShape(line)
        guard shape.wordCount <= 6, !shape.endsWithSentencePunctuation, shape.startsUppercase else { return false }
        return roleWord.matches(line)
    }

    private static let roleWord = Pattern(#"\b(news|correspondent|reporter|editor|journalist|writer|contributor|columnist|analyst|staff)\b"#)

    private static func isOnlyTimeOrPunctuation(_ text: String) -> Bool {
        text.isEmpty
            || text.trimmingCharacters(in: .whitespaces).isEmpty
            || onlyTime.matches(text)
    }

    private static let onlyTime = Pattern(#"^[\s,|·•-]*(at\s+)?(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s.,]*$"#)

    private static func isOnlyWeekdayOrTime(_ text: String) -> Bool {
        onlyWeekdayOrTime.matches(text)
    }

    private static let onlyWeekdayOrTime = Pattern(
        #"^[\s,|·•-]*((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?[\s,]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s,|·•-]*$"#)
}
