import Foundation

/// Measurements of a single line's shape that several rules share.
struct LineShape {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var words: [Substring] {
        text.split(whereSeparator: { $0 == " " })
    }

    var wordCount: Int { words.count }

    /// True when the line ends like a finished sentence rather than a heading.
    var endsWithSentencePunctuation: Bool {
        guard let last = text.last else { return false }
        return ".:;,!…".contains(last)
    }

    var startsWithQuoteMark: Bool {
        guard let first = text.first else { return false }
        return LineShape.openingQuotes.contains(first)
    }

    var endsWithQuoteMark: Bool {
        guard let last = text.last else { return false }
        return LineShape.closingQuotes.contains(last)
    }

    var startsUppercase: Bool {
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Text with letters case-folded and trailing punctuation dropped, for matching
    /// short widget labels such as "Share:" or "ADVERTISEMENT".
    var label: String {
        text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .:…-–—|•·+#>»"))
    }

    static let openingQuotes: Set<Character> = ["“", "\"", "‘", "'", "«", "„"]
    static let closingQuotes: Set<Character> = ["”", "\"", "’", "'", "»", "“"]
}
