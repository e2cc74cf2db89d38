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
        let shape = LineShape(line)
        guard shape.wordCount <= 20, !LineClassifier.containsDoubleQuote(line) else { return nil }
        let found = DateParser.find(in: line)
        let beforeDate = found.map { String(line[..<$0.range.lowerBound]) } ?? line
        let afterDate = found.map { String(line[$0.range.upperBound...]) } ?? ""
        // "10:32, 16 Jun 2025 Updated 11:05, 16 Jun 2025": the first date is the publication date.
        let afterIsOnlyTime = isOnlyTimeOrPunctuation(afterDate)
            || afterDate.contains(pattern: #"^[\s,|·•-]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s,|·•-]*(updated|last updated|modified|last modified)\b"#)

        if line.range(of: #"^by\s+"#, options: [.regularExpression, .caseInsensitive]) != nil {
            let authorText = beforeDate.replacingOccurrences(
                of: #"^by\s+"#, with: "", options: [.regularExpression, .caseInsensitive])
            let author = authorName(from: authorText)
            // "By 2030 the council…" is a sentence, not a byline.
            guard author != nil else { return nil }
            return Parsed(author: author, date: found?.date)
        }

        guard let found else { return nil }

        // "Posted on March 3, 2025 by Jo Bloggs".
        if let byMatch = afterDate.range(of: #"^\s*,?\s*by\s+"#, options: [.regularExpression, .caseInsensitive]),
           beforeDate.contains(pattern: #"^(published|updated|posted|first published|date)\b[\s:,]*(on\b)?[\s:,]*$"#) {
            return Parsed(author: authorName(from: String(afterDate[byMatch.upperBound...])), date: found.date)
        }

        if beforeDate.contains(pattern: #"^(published|updated|posted|first published|last updated|last modified|modified|date)\b[\s:,]*(on\b)?[\s:,]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s:,]*((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?[\s:,]*$"#)
            || (isOnlyWeekdayOrTime(beforeDate) && afterIsOnlyTime) {
            return Parsed(author: nil, date: found.date)
        }

        // "William Eichler 16 June 2025" / "Jane Doe, Political Editor | 3 June 2025".
        if afterIsOnlyTime, shape.wordCount <= 12, let author = authorName(from: beforeDate),
           author.split(separator: " ").count >= 2 {
            return Parsed(author: author, date: found.date)
        }
        return nil
    }

    /// The personal name at the start of a byline, with the role after a
    /// separator dropped: "Phil Corrigan - Local Democracy Reporter" -> "Phil Corrigan".
    static func authorName(from text: String) -> String? {
        var candidate = text
        for separator in [" - ", " – ", " — ", " | ", ",", " on ", " Published", " Updated", "•", "·"] {
            if let range = candidate.range(of: separator) {
                candidate = String(candidate[..<range.lowerBound])
            }
        }
        candidate = candidate.trimmingCharacters(in: CharacterSet(charactersIn: " -–—|,:"))
        let words = candidate.split(separator: " ")
        guard (1...6).contains(words.count), let first = words.first?.first, first.isUppercase else { return nil }
        let particles: Set<String> = ["and", "de", "van", "von", "der", "le", "la", "da", "di", "bin", "al", "&"]
        let allNameLike = words.allSatisfy { word in
            particles.contains(String(word)) || (word.first?.isUppercase ?? false)
        }
        guard allNameLike else { return nil }
        return candidate
    }

    /// A personal name alone on a line: two to four capitalised words, no
    /// digits or sentence punctuation ("Sarah Smith").
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
    static func nameBeforeRole(_ line: String) -> String? {
        let words = line.split(separator: " ").map(String.init)
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
        return line.contains(pattern: #"\b(news|correspondent|reporter|editor|journalist|writer|contributor|columnist|analyst|staff)\b"#)
    }

    private static func isOnlyTimeOrPunctuation(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).isEmpty
            || text.contains(pattern: #"^[\s,|·•-]*(at\s+)?(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s.,]*$"#)
    }

    private static func isOnlyWeekdayOrTime(_ text: String) -> Bool {
        text.contains(pattern: #"^[\s,|·•-]*((mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)?[\s,]*(\d{1,2}[:.]\d{2}\s*(am|pm)?\s*(bst|gmt|utc)?)?[\s,|·•-]*$"#)
    }
}
