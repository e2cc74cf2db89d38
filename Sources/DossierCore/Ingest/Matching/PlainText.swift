import Foundation

/// UTF-8 text that `PatternProgram` can match exactly as Swift `Regex` would.
///
/// Swift `Regex` works on Characters (grapheme clusters), folds case with full
/// Unicode rules and finds `\b` with the Unicode word-break algorithm (UAX #29).
/// Reproducing all of that in general is a large job, but pasted articles use
/// a small alphabet: printable ASCII, typographic quotes and dashes, a few
/// symbols and Latin letters. In that alphabet every Unicode scalar is a whole
/// Character, only ASCII letters fold onto ASCII letters, the only whitespace is
/// the space and the only digits are 0-9, so a byte-level matcher gives the same
/// answers. Control characters that are not whitespace and U+FFFD (what a bad
/// byte decodes to) are plain too: each is a Character of its own that is no
/// letter, digit or space. Text with any other scalar (combining marks, emoji,
/// other spaces, tab, the Kelvin sign that folds to "k") is not plain, and
/// callers hand it to Swift `Regex` instead: results never depend on this
/// alphabet being complete, only speed does.
struct PlainText {
    /// UTF-8 of the whole text.
    let bytes: [UInt8]

    /// Nil when `text` uses a scalar outside the plain alphabet.
    init?(_ text: some StringProtocol) {
        let bytes = PlainText.utf8(text)
        guard PlainText.isPlain(bytes) else { return nil }
        self.bytes = bytes
    }

    /// Wraps bytes already known to be plain.
    init(uncheckedBytes bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The UTF-8 of `text` as an array: one copy of a native string's storage
    /// (`Array(text.utf8)` walks the view byte by byte).
    static func utf8(_ text: some StringProtocol) -> [UInt8] {
        text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
    }

    static func isPlain(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isPlainASCII(byte) else { return false }
                index += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: index)
            guard wordBreak(of: scalar) != nil else { return false }
            index += length
        }
        return true
    }

    /// Whether an ASCII byte is plain: all but NUL and the controls Swift takes
    /// for whitespace (tab, line feed, vertical tab, form feed, carriage return).
    @inline(__always)
    static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte > 0x0D || (byte != 0 && byte < 0x09)
    }

    /// Whether plain text holds “, ” or ". Each is a Character of its own in
    /// plain text, so Foundation's `contains` finds exactly these bytes.
    static func containsDoubleQuote(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return true }
            // “ is E2 80 9C, ” is E2 80 9D.
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D {
                return true
            }
            index += 1
        }
        return false
    }

    // MARK: - Scalars

    /// The scalar starting at `index` and its length in bytes. The bytes come
    /// from a Swift String, so they are valid UTF-8.
    @inline(__always)
    static func decode(_ bytes: [UInt8], at index: Int) -> (scalar: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (lead, 1) }
        if lead < 0xE0 {
            return ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        return ((lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                    | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
    }

    /// Start of the scalar that ends at `index` (exclusive).
    @inline(__always)
    static func start(before index: Int, in bytes: [UInt8]) -> Int {
        var start = index - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// `Character.isLetter` for a plain scalar.
    static func isLetter(_ scalar: UInt32) -> Bool {
        wordBreak(of: scalar) == .letter
    }

    /// Whether a non-ASCII plain scalar is a letter (so `\w` matches it).
    static func isNonASCIILetter(_ scalar: UInt32) -> Bool {
        scalar >= 0x80 && wordBreak(of: scalar) == .letter
    }

    // MARK: - Word boundaries (UAX #29, as Swift Regex's default `\b`)

    /// Word-break property of a plain scalar, or nil if the scalar is not plain.
    enum WordBreak: UInt8 {
        case other, letter, numeric, midLetter, midNum, midNumLet, singleQuote, extendNumLet, space
    }

    static func wordBreak(of scalar: UInt32) -> WordBreak? {
        switch scalar {
        case 0x30...0x39: return .numeric
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case 0x20: return .space
        case 0x2E: return .midNumLet              // .
        case 0x27: return .singleQuote            // '
        case 0x3A: return .midLetter              // :
        case 0x2C, 0x3B: return .midNum           // , ;
        case 0x5F: return .extendNumLet           // _
        case 0x21...0x7E: return .other
        // Controls but NUL and the whitespace ones (NEL, U+0085, is a newline),
        // and the replacement character: Characters of their own, Word_Break Other.
        case 0x01...0x08, 0x0E...0x1F, 0x7F, 0x80...0x84, 0x86...0x9F, 0xFFFD: return .other
        case 0x2018, 0x2019: return .midNumLet    // ‘ ’
        case 0xB7: return .midLetter              // ·
        // Latin-1 and Latin Extended-A letters (× and ÷ are symbols), without
        // the letters whose case mappings leave the block or the scalar count
        // (İ ı ŉ ſ).
        case 0xC0...0x17F:
            switch scalar {
            case 0xD7, 0xF7: return .other       // × ÷
            case 0x130, 0x131, 0x149, 0x17F: return nil
            default: return .letter
            }
        // “ ” „ – — … • £ € © ® ™ « » ‹ › ● ▪ ◦ ‣ °
        case 0x201C, 0x201D, 0x201E, 0x2013, 0x2014, 0x2026, 0x2022, 0xA3, 0x20AC, 0xA9, 0xAE,
             0x2122, 0xAB, 0xBB, 0x2039, 0x203A, 0x25CF, 0x25AA, 0x25E6, 0x2023, 0xB0,
             // ‐ ‑ ‒ ― ‚ ‟ † ‡ ‰ ′ ″ ← ↑ → ↓ − ± § ¶ ¡ ¿ ¢ ¥: symbols and
             // punctuation that are no letter, digit or space and fold to nothing.
             0x2010, 0x2011, 0x2012, 0x2015, 0x201A, 0x201F, 0x2020, 0x2021, 0x2030, 0x2032, 0x2033,
             0x2190, 0x2191, 0x2192, 0x2193, 0x2212, 0xB1, 0xA7, 0xB6, 0xA1, 0xBF, 0xA2, 0xA5:
            return .other
        default: return nil
        }
    }

    /// Whether byte offset `index` of `bytes[range]` is a word boundary. The
    /// range's ends always are, as in Swift Regex. In this alphabet the rules
    /// that apply (WB3d, WB5-WB13b) look at most two scalars back and one ahead.
    static func isWordBoundary(_ bytes: [UInt8], _ range: Range<Int>, at index: Int) -> Bool {
        if index <= range.lowerBound || index >= range.upperBound { return true }
        func property(at start: Int) -> WordBreak { wordBreak(of: decode(bytes, at: start).scalar) ?? .other }
        let beforeStart = start(before: index, in: bytes)
        let before = property(at: beforeStart)
        let after = property(at: index)
        func isAHLetter(_ p: WordBreak) -> Bool { p == .letter }
        func isMidNumLetQ(_ p: WordBreak) -> Bool { p == .midNumLet || p == .singleQuote }
        func twoBefore() -> WordBreak? {
            beforeStart > range.lowerBound ? property(at: start(before: beforeStart, in: bytes)) : nil
        }
        func nextAfter() -> WordBreak? {
            let next = index + decode(bytes, at: index).length
            return next < range.upperBound ? property(at: next) : nil
        }

        if before == .space && after == .space { return false }                                   // WB3d
        if isAHLetter(before) && isAHLetter(after) { return false }                               // WB5
        if isAHLetter(before), after == .midLetter || isMidNumLetQ(after),
           let next = nextAfter(), isAHLetter(next) { return false }                              // WB6
        if isAHLetter(after), before == .midLetter || isMidNumLetQ(before),
           let previous = twoBefore(), isAHLetter(previous) { return false }                      // WB7
        if before == .numeric && after == .numeric { return false }                               // WB8
        if isAHLetter(before) && after == .numeric { return false }                               // WB9
        if before == .numeric && isAHLetter(after) { return false }                               // WB10
        if after == .numeric, before == .midNum || isMidNumLetQ(before),
           twoBefore() == .numeric { return false }                                               // WB11
        if before == .numeric, after == .midNum || isMidNumLetQ(after),
           nextAfter() == .numeric { return false }                                               // WB12
        if after == .extendNumLet,
           isAHLetter(before) || before == .numeric || before == .extendNumLet { return false }   // WB13a
        if before == .extendNumLet, isAHLetter(after) || after == .numeric { return false }       // WB13b
        return true                                                                               // WB999
    }
}

// MARK: - String helpers with an exact plain-text fast path

/// Characters to trim, for `PlainText.trimming`: the scalars for plain text
/// and the Foundation set for anything else. Declare as `static let`.
struct TrimmedCharacters: @unchecked Sendable {
    // @unchecked: immutable; CharacterSet is a value type.
    let scalars: Set<UInt32>
    let characterSet: CharacterSet

    init(_ characters: String) {
        scalars = Set(characters.unicodeScalars.map(\.value))
        characterSet = CharacterSet(charactersIn: characters)
    }

    private init(scalars: Set<UInt32>, characterSet: CharacterSet) {
        self.scalars = scalars
        self.characterSet = characterSet
    }

    /// `.whitespaces` (Zs and tab): of plain text's characters, only the space.
    static let whitespaces = TrimmedCharacters(scalars: [0x20], characterSet: .whitespaces)
}

extension PlainText {
    /// `text.trimmingCharacters(in: characters.characterSet)`. Foundation trims
    /// scalar by scalar from both ends; in plain text every scalar is a
    /// Character, so trimming the UTF-8 scalar by scalar gives the same string.
    static func trimming(_ text: Substring, _ characters: TrimmedCharacters) -> String {
        let bytes = PlainText.utf8(text)
        guard isPlain(bytes) else { return text.trimmingCharacters(in: characters.characterSet) }
        let range = ScannedLine.trimmed(bytes, characters.scalars)
        return String(decoding: bytes[range], as: UTF8.self)
    }

    static func trimmingWhitespace(_ text: Substring) -> String {
        trimming(text, .whitespaces)
    }

    /// `text.split(separator: " ")`. In plain text every space is a Character
    /// of its own, so the words are the runs of bytes between spaces.
    static func words(_ text: String) -> [Substring] {
        let bytes = utf8(text)
        guard isPlain(bytes) else { return text.split(separator: " ") }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start = 0
        while start < bytes.count {
            if bytes[start] == 0x20 {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            words.append(text[lower..<utf8.index(lower, offsetBy: end - start)])
            start = end
        }
        return words
    }

    /// `text.range(of: needle)` (Foundation, no options). In plain text each
    /// scalar is a Character and has no other canonically equivalent form, so
    /// the first byte-for-byte occurrence is the one Foundation finds.
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        let bytes = PlainText.utf8(text)
        guard isPlain(bytes) else { return text.range(of: needle) }
        let target = Array(needle.utf8)
        guard let first = target.first, bytes.count >= target.count else { return nil }
        var offset = 0
        while offset + target.count <= bytes.count {
            if bytes[offset] == first, bytes[offset..<(offset + target.count)].elementsEqual(target) {
                let utf8 = text.utf8
                let lower = utf8.index(utf8.startIndex, offsetBy: offset)
                return lower..<utf8.index(lower, offsetBy: target.count)
            }
            offset += 1
        }
        return nil
    }

    /// Indexes of the Characters after the first that are closing quotation
    /// marks (`LineShape.closingQuotes`: ” " ’ ' » “), in order.
    static func closingQuoteIndexes(in text: String) -> [String.Index] {
        let bytes = PlainText.utf8(text)
        return closingQuoteIndexes(in: text, plainBytes: isPlain(bytes) ? bytes : nil)
    }

    /// `plainBytes`: the UTF-8 of `text` if it is plain, else nil.
    static func closingQuoteIndexes(in text: String, plainBytes: [UInt8]?) -> [String.Index] {
        guard let bytes = plainBytes else {
            return text.indices.dropFirst().filter { LineShape.closingQuotes.contains(text[$0]) }
        }
        var indexes: [String.Index] = []
        var offset = bytes.isEmpty ? 0 : decode(bytes, at: 0).length
        while offset < bytes.count {
            let byte = bytes[offset]
            let isMark: Bool
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): isMark = true
            // ” E2 80 9D, ’ E2 80 99, “ E2 80 9C
            case 0xE2: isMark = bytes[offset + 1] == 0x80 && [0x9D, 0x99, 0x9C].contains(bytes[offset + 2])
            // » C2 BB
            case 0xC2: isMark = bytes[offset + 1] == 0xBB
            default: isMark = false
            }
            if isMark { indexes.append(text.utf8.index(text.utf8.startIndex, offsetBy: offset)) }
            offset += decode(bytes, at: offset).length
        }
        return indexes
    }
}
