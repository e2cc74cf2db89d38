import Foundation

/// Splits a paragraph into sentences at ". ", "? " or "! " (optionally after a closing quote)
/// followed by a capital letter or an opening quote. News copy in the UK writes "Mr", "Dr"
/// and "£2.5m" without a following space, so this simple rule holds well.
enum SentenceSplitter {
    static func sentences(_ text: String) -> [String] {
        // Every paragraph of every article passes here. Where each Unicode scalar is a character
        // of its own (Latin text and common punctuation, no combining marks), the scalars are
        // walked and the sentences cut from the UTF-8 bytes; other text goes by `Character`.
        let scalars = Array(text.unicodeScalars)
        guard scalars.allSatisfy(isWholeCharacter) else { return sentencesByCharacter(text) }
        let bytes = Array(text.utf8)
        let offsets = TextToken.utf8Offsets(of: scalars)
        /// `trimmingCharacters(in: .whitespaces)` of scalars `range`.
        func trimmed(_ range: Range<Int>) -> String {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, isSpace(scalars[lower]) { lower += 1 }
            while upper > lower, isSpace(scalars[upper - 1]) { upper -= 1 }
            return String(decoding: bytes[offsets[lower]..<offsets[upper]], as: UTF8.self)
        }

        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "." || scalar == "?" || scalar == "!" {
                var end = index + 1
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                if end + 1 < scalars.count, scalars[end] == " ", let next = scalars[(end + 1)...].first(where: { $0 != " " }),
                   isUppercase(next) || openers.contains(next) {
                    sentences.append(trimmed(start..<end))
                    start = end + 1
                    index = end
                }
            }
            index += 1
        }
        let rest = trimmed(min(start, scalars.count)..<scalars.count)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static let closers: Set<Unicode.Scalar> = ["”", "’", "\"", "'", ")"]
    private static let openers: Set<Unicode.Scalar> = ["“", "‘", "\"", "'"]

    /// A scalar that never joins its neighbours into one `Character`: below the combining marks
    /// (except CR, which pairs with LF), the spaces, dashes, quotes and other general
    /// punctuation (not the zero-width and direction controls).
    static func isWholeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0D: false
        case 0..<0x300, 0x2000...0x200A, 0x2010...0x2027, 0x202F...0x205F: true
        default: false
        }
    }

    /// `CharacterSet.whitespaces` (tab and the space separators), among whole-character scalars.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F: true
        default: false
        }
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : Character(scalar).isUppercase
    }

    /// The same rule over `Character`s, for text with combining marks and other scalars that
    /// join into one character.
    static func sentencesByCharacter(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "." || character == "?" || character == "!" {
                var end = index + 1
                while end < characters.count, "”’\"')".contains(characters[end]) { end += 1 }
                if end + 1 < characters.count, characters[end] == " ", let next = characters[(end + 1)...].first(where: { $0 != " " }),
                   next.isUppercase || "“‘\"'".contains(next) {
                    sentences.append(String(characters[start..<end]).trimmingCharacters(in: .whitespaces))
                    start = end + 1
                    index = end
                }
            }
            index += 1
        }
        let rest = String(characters[min(start, characters.count)...]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }
}
