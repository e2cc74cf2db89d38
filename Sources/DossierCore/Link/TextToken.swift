/// A word or a single punctuation character in a run, with UTF-8 byte offsets.
///
/// Names and text are both reduced to tokens, so matching happens on whole words and word
/// boundaries fall out for free: "Cooper" can never match inside "Cooperation" and "CPS"
/// never inside "CPSx". Whitespace is dropped, which lets "Yvette\nCooper" (a soft line
/// break) still match while punctuation between words still blocks it.
struct TextToken: Equatable, Sendable {
    /// Normalised text: curly apostrophes become "'" and Unicode hyphens become "-", so
    /// "Chiefs’" and "Chiefs'" compare equal. Case is preserved: matching is case-sensitive.
    var key: String
    var utf8Range: Range<Int>
    var isWord: Bool
    /// First letter is upper case ("Cooper", "IICSA", "Stoke-on-Trent").
    var isCapitalised: Bool
    /// For "Casey's"/"Casey’s": the key without the possessive ("Casey") and where it ends.
    var possessiveStem: String?
    var possessiveStemEnd: Int?

    /// The UTF-8 offset of each scalar, and the text's length at the end.
    static func utf8Offsets(of scalars: [Unicode.Scalar]) -> [Int] {
        var offsets = [Int]()
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        return offsets
    }

    /// Splits text into word tokens and one-character punctuation tokens.
    ///
    /// Hyphens and apostrophes belong to a word only where they join letters/digits on both
    /// sides, so "Stoke-on-Trent" and "Casey’s" are single words while "Chiefs’ Council"
    /// is "Chiefs", "'", "Council".
    static func tokenize(_ text: String) -> [TextToken] {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { $0 < 0x80 } ? tokenize(ascii: bytes) : tokenize(scalars: Array(text.unicodeScalars), bytes: bytes)
    }

    /// The same tokens for ASCII text, where a byte is a scalar and its own offset: most prose
    /// is ASCII, and the scalar array and offset table were a third of the tokenizer's time.
    static func tokenize(ascii bytes: [UInt8]) -> [TextToken] {
        func isWord(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
        }
        var tokens: [TextToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
                continue
            }
            if isWord(byte) {
                var end = index + 1
                while end < bytes.count {
                    if isWord(bytes[end]) {
                        end += 1
                    } else if bytes[end] == UInt8(ascii: "'") || bytes[end] == UInt8(ascii: "-"), end + 1 < bytes.count, isWord(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                var token = TextToken(key: String(decoding: bytes[index..<end], as: UTF8.self), utf8Range: index..<end, isWord: true,
                                      isCapitalised: byte >= 0x41 && byte <= 0x5A)
                if end - index > 2, bytes[end - 2] == UInt8(ascii: "'"), bytes[end - 1] == UInt8(ascii: "s") {
                    token.possessiveStem = String(decoding: bytes[index..<end - 2], as: UTF8.self)
                    token.possessiveStemEnd = end - 2
                }
                tokens.append(token)
                index = end
            } else {
                tokens.append(TextToken(key: String(UnicodeScalar(byte)), utf8Range: index..<index + 1, isWord: false, isCapitalised: false))
                index += 1
            }
        }
        return tokens
    }

    static func tokenize(scalars: [Unicode.Scalar], bytes: [UInt8]) -> [TextToken] {
        let offsets = utf8Offsets(of: scalars)

        var tokens: [TextToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWhitespace(scalar) {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count {
                    if isWordScalar(scalars[end]) {
                        end += 1
                    } else if isJoiner(scalars[end]), end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                tokens.append(makeWord(scalars[index..<end], bytes: bytes, range: offsets[index]..<offsets[end], stemEnd: offsets[max(index, end - 2)]))
                index = end
            } else {
                tokens.append(TextToken(key: String(Character(normalised(scalar))), utf8Range: offsets[index]..<offsets[index + 1], isWord: false, isCapitalised: false))
                index += 1
            }
        }
        return tokens
    }

    private static func makeWord(_ scalars: ArraySlice<Unicode.Scalar>, bytes: [UInt8], range: Range<Int>, stemEnd: Int) -> TextToken {
        // Most words are ASCII, which normalising leaves as it is: the key is the text's own bytes.
        let isASCII = range.count == scalars.count
        let key: String
        if isASCII {
            key = String(decoding: bytes[range], as: UTF8.self)
        } else {
            var view = String.UnicodeScalarView()
            for scalar in scalars { view.append(normalised(scalar)) }
            key = String(view)
        }
        let first = scalars.first!
        let isCapitalised = first.isASCII ? (first.value >= 0x41 && first.value <= 0x5A)
            : first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
        var token = TextToken(key: key, utf8Range: range, isWord: true, isCapitalised: isCapitalised)
        if scalars.count > 2, isASCII ? bytes[range.upperBound - 2] == 0x27 && bytes[range.upperBound - 1] == 0x73 : key.hasSuffix("'s") {
            token.possessiveStem = String(key.unicodeScalars.dropLast(2))
            token.possessiveStemEnd = stemEnd
        }
        return token
    }

    /// ASCII is answered without Unicode's property tables, which cost more than the rest of
    /// the tokenizer together.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "'", "\u{2019}", "\u{02BC}", "-", "\u{2010}", "\u{2011}": return true
        default: return false
        }
    }

    private static func normalised(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2019}", "\u{2018}", "\u{02BC}": return "'"
        case "\u{2010}", "\u{2011}": return "-"
        default: return scalar
        }
    }
}
