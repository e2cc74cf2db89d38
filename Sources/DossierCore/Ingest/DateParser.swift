import Foundation

/// Reads the calendar-date formats that news sites print in bylines:
/// "26th Jun 2025", "16 June 2025", "January 17, 2025", "2025-01-16",
/// "Jun 26, 2025", "Thursday 16 January 2025", "16/01/2025" (UK order).
public enum DateParser {
    /// Parses a string that is only a date (an optional weekday and trailing
    /// punctuation are tolerated). Returns nil for anything else.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let found = find(in: trimmed) else { return nil }
        let before = String(trimmed[..<found.range.lowerBound])
        let after = String(trimmed[found.range.upperBound...])
        guard isOnlyWeekdayOrPunctuation(before), isOnlyWeekdayOrPunctuation(after) else { return nil }
        return found.date
    }

    public static func parse(_ text: Substring) -> Day? {
        parse(String(text))
    }

    /// Finds the first valid date anywhere in `text`.
    public static func find(in text: String) -> (date: Day, range: Range<String.Index>)? {
        find(in: MatchSubject(text))
    }

    /// Each pattern's first match that is a real date; the earliest of those wins.
    static func find(in subject: MatchSubject) -> (date: Day, range: Range<String.Index>)? {
        // Every format has a four-digit year, and plain text has no digits but 0-9.
        if let bytes = subject.plainBytes, !containsFourDigits(bytes) { return nil }
        var best: (date: Day, range: Range<String.Index>)?
        for pattern in patterns {
            for match in pattern.pattern.allMatches(in: subject) {
                let groups = match.groups.map { $0.map { subject.text[$0] } }
                guard let date = pattern.build(groups) else { continue }
                if best == nil || match.range.lowerBound < best!.range.lowerBound {
                    best = (date, match.range)
                }
                break
            }
        }
        return best
    }

    private static func containsFourDigits(_ bytes: [UInt8]) -> Bool {
        var run = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run == 4 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    static func month(named name: Substring) -> Int? {
        let key = name.lowercased().prefix(3)
        return monthPrefixes.firstIndex(of: String(key)).map { $0 + 1 }
    }

    private static let monthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static let monthPattern =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?"

    private struct DatePattern: Sendable {
        let pattern: Pattern
        /// Builds the day from the capture groups (group 1 first).
        let build: @Sendable ([Substring?]) -> Day?

        init(_ regex: String, build: @escaping @Sendable ([Substring?]) -> Day?) {
            pattern = Pattern(regex)
            self.build = build
        }
    }

    private static func integer(_ groups: [Substring?], _ number: Int) -> Int? {
        groups[number - 1].flatMap { Int($0) }
    }

    private static let patterns: [DatePattern] = [
        DatePattern("\\b([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?![0-9])") { groups in
            guard let y = integer(groups, 1), let m = integer(groups, 2), let d = integer(groups, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        DatePattern("\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + monthPattern + ",?\\s+([0-9]{4})(?![0-9])") { groups in
            guard let d = integer(groups, 1), let name = groups[1], let m = month(named: name),
                  let y = integer(groups, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        DatePattern("\\b" + monthPattern + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})(?![0-9])") { groups in
            guard let name = groups[0], let m = month(named: name), let d = integer(groups, 2),
                  let y = integer(groups, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        // UK sites write day first; US-style month-first numerics are not guessed at.
        DatePattern("\\b([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})(?![0-9])") { groups in
            guard let d = integer(groups, 1), let m = integer(groups, 2), let y = integer(groups, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
    ]

    private static func isOnlyWeekdayOrPunctuation(_ text: String) -> Bool {
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
        let words = text.lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
        return words.allSatisfy { weekdays.contains($0) }
    }
}
