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
        var best: (date: Day, range: Range<String.Index>)?
        for pattern in patterns {
            guard let regex = RegexCache.shared.regex(pattern.regex, ignoresCase: true) else { continue }
            for match in text.matches(of: regex) {
                guard let date = pattern.build(match.output) else { continue }
                if best == nil || match.range.lowerBound < best!.range.lowerBound {
                    best = (date, match.range)
                }
                break
            }
        }
        return best
    }

    static func month(named name: Substring) -> Int? {
        let key = name.lowercased().prefix(3)
        return monthPrefixes.firstIndex(of: String(key)).map { $0 + 1 }
    }

    private static let monthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static let monthPattern =
        "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?"

    private struct Pattern: Sendable {
        let regex: String
        let build: @Sendable (AnyRegexOutput) -> Day?
    }

    private static func integer(_ output: AnyRegexOutput, _ index: Int) -> Int? {
        output[index].substring.flatMap { Int($0) }
    }

    private static let patterns: [Pattern] = [
        Pattern(regex: "\\b([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?![0-9])") { output in
            guard let y = integer(output, 1), let m = integer(output, 2), let d = integer(output, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        Pattern(regex: "\\b([0-9]{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + monthPattern + ",?\\s+([0-9]{4})(?![0-9])") { output in
            guard let d = integer(output, 1), let name = output[2].substring, let m = month(named: name),
                  let y = integer(output, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        Pattern(regex: "\\b" + monthPattern + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})(?![0-9])") { output in
            guard let name = output[1].substring, let m = month(named: name), let d = integer(output, 2),
                  let y = integer(output, 3) else { return nil }
            return Day(year: y, month: m, day: d)
        },
        // UK sites write day first; US-style month-first numerics are not guessed at.
        Pattern(regex: "\\b([0-9]{1,2})[/.]([0-9]{1,2})[/.]([0-9]{4})(?![0-9])") { output in
            guard let d = integer(output, 1), let m = integer(output, 2), let y = integer(output, 3) else { return nil }
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
