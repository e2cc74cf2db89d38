import Foundation

/// A phrase as a case-insensitive, whole-word pattern in which straight and curly apostrophes
/// and any run of spaces are the same: "O'Brien" finds "O’Brien", "Jane  Doe" finds "Jane Doe".
struct PhrasePattern: Sendable {
    let phrase: String
    private let regex: NSRegularExpression

    init(_ phrase: String) {
        self.phrase = phrase
        var pattern = ""
        for character in phrase {
            switch character {
            case "'", "’", "‘": pattern += "['’‘]"
            case " ": pattern += "\\s+"
            default: pattern += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        if phrase.first.map({ $0.isLetter || $0.isNumber }) == true { pattern = "(?<![\\p{L}\\p{N}])" + pattern }
        if phrase.last.map({ $0.isLetter || $0.isNumber }) == true { pattern += "(?![\\p{L}\\p{N}])" }
        // The pattern is built from escaped text, so it always compiles.
        regex = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    func ranges(in text: String) -> [Range<String.Index>] {
        regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text) }
    }

    func contains(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func replacing(in text: String, with replacement: String) -> (String, Int) {
        let found = ranges(in: text)
        guard !found.isEmpty else { return (text, 0) }
        var result = text
        for range in found.reversed() { result.replaceSubrange(range, with: replacement) }
        return (result, found.count)
    }
}
