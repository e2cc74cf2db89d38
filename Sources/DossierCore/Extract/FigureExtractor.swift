import Foundation

/// Finds key figures and what they count: "£10 million action plan", "169 children",
/// "around 700 recorded offences", "more than 1,800 people", "three-month audit".
public struct FigureExtractor: Sendable {
    public struct Found: Equatable, Sendable {
        /// As written: "£10 million", "around 700", "more than 1,800".
        public var value: String
        /// The words after it that say what is counted: "action plan", "recorded offences".
        public var counts: String
        /// The figure and its noun together, as they stand in the sentence.
        public var phrase: String
    }

    public init() {}

    private static let qualifier = #"(?:(?:around|about|almost|nearly|over|more than|fewer than|less than|at least|up to|some|a total of) )?"#
    private static let number = #"(?:£\d[\d,]*(?:\.\d+)?(?: ?(?:million|billion|bn|m|k))?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?: (?:million|billion))?)"#
    private static let wordDuration = #"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)-(?:month|year|week|day)"#
    /// Up to four words naming what is counted, none of them a function word or a participle
    /// ("£10 million action plan", not "… plan unveiled").
    private static let stop = #"(?!(?:and|or|to|in|of|for|from|by|with|on|at|the|a|an|was|were|is|are|have|has|had|which|who|that|being|compared|where|when|while|as|than|this|these|those|it|its|their|his|her|will|would|could|should|be|been)\b)"#
    private static let noun = #"(\#(stop)[A-Za-z][A-Za-z'’-]*(?: \#(stop)(?![a-z]+ed\b)[A-Za-z][A-Za-z'’-]*){0,3})"#
    private static let patterns: [NSRegularExpression] = [
        #"(?<![\w£.,])(\#(qualifier)\#(number))(?:%| per cent)?( \#(noun))?"#,
        #"\b(\#(wordDuration))( \#(noun))"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// Words that follow a number without it being a figure worth reporting.
    private static let notCounts: Set<String> = ["per", "years", "year", "pm", "am", "january", "february", "march", "april", "may", "june", "july",
                                                 "august", "september", "october", "november", "december"]

    public func find(in sentence: String) -> [Found] {
        // A figure has a digit or is a duration such as "three-month".
        // The first pattern needs a digit (\d: any script's), the second a duration.
        let hasDuration = ["-month", "-year", "-week", "-day"].contains(where: { TextScan.contains(sentence, $0) })
        let hasDigit = TextScan.hasDigit(sentence)
            || (hasDuration && sentence.unicodeScalars.contains { !$0.isASCII && $0.properties.generalCategory == .decimalNumber })
        guard hasDigit || hasDuration else { return [] }
        let text = sentence as NSString
        var found: [Found] = []
        var taken: [NSRange] = []
        for (regex, needed) in zip(Self.patterns, [hasDigit, hasDuration]) where needed {
            for match in regex.matches(in: sentence, range: NSRange(location: 0, length: text.length)) {
                guard !taken.contains(where: { NSIntersectionRange($0, match.range).length > 0 }) else { continue }
                let value = text.substring(with: match.range(at: 1)).trimmingCharacters(in: .whitespaces)
                let nounRange = match.range(at: match.numberOfRanges - 1)
                let counts = nounRange.location == NSNotFound ? "" : text.substring(with: nounRange).trimmingCharacters(in: .whitespaces)
                if Self.isYear(value, counts) || Self.isDatePart(value, sentence: text, range: match.range) { continue }
                if let first = counts.split(separator: " ").first, Self.notCounts.contains(first.lowercased()) { continue }
                if counts.isEmpty, !value.hasPrefix("£"), !value.contains("%") { continue }
                taken.append(match.range)
                found.append(Found(value: value, counts: counts, phrase: text.substring(with: match.range).trimmingCharacters(in: .whitespaces)))
            }
        }
        return found
    }

    /// "2023", "in 2015": years are dates, not figures.
    static func isYear(_ value: String, _ counts: String) -> Bool {
        guard let number = Int(value), value.count == 4 else { return false }
        return (1900...2100).contains(number)
    }

    /// "16" in "January 16" or "16 June": part of a date.
    static func isDatePart(_ value: String, sentence: NSString, range: NSRange) -> Bool {
        // Only a day of the month can be one; the words beside it are looked at only then.
        guard Int(value).map({ $0 <= 31 }) == true else { return false }
        let before = lastWord(of: sentence.substring(to: range.location)).lowercased().trimmingCharacters(in: .punctuationCharacters)
        let after = firstWord(of: sentence.substring(from: range.location + range.length)).lowercased()
        return months.contains(before) || months.contains(after.trimmingCharacters(in: .punctuationCharacters))
    }

    private static let months = Set(DateResolver.months)

    /// `text.split(separator: " ").last ?? ""`, without splitting the whole text.
    static func lastWord(of text: String) -> Substring {
        var text = Substring(text)
        while text.last == " " { text.removeLast() }
        return text.lastIndex(of: " ").map { text[text.index(after: $0)...] } ?? text
    }

    /// `text.split(separator: " ").first ?? ""`, without splitting the whole text.
    static func firstWord(of text: String) -> Substring {
        var text = Substring(text)
        while text.first == " " { text.removeFirst() }
        return text.firstIndex(of: " ").map { text[..<$0] } ?? text
    }
}
