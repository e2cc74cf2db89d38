import Foundation

/// Case-insensitive, whole-word phrase search over plain text, the way an editor expects a
/// topic rule to match: "audit" matches "Audit" and "audit," but not "auditor".
struct PhraseSearch: Sendable {
    let lowercasedText: [UInt8]

    init(_ text: String) {
        self.init(folded: Array(Self.fold(text).utf8))
    }

    /// A search over text already folded by `fold(_:)`.
    init(folded: [UInt8]) {
        lowercasedText = folded
    }

    /// The search over `texts` joined by newlines, reusing their searches where folding went
    /// scalar by scalar (then folding the whole is folding each part).
    init(joining texts: [String], searches: [PhraseSearch]) {
        guard texts.allSatisfy(Self.foldsByScalar) else {
            self.init(texts.joined(separator: "\n"))
            return
        }
        var joined: [UInt8] = []
        for (index, search) in searches.enumerated() {
            if index > 0 { joined.append(0x0A) }
            joined += search.lowercasedText
        }
        self.init(folded: joined)
    }

    /// Whether `fold(_:)` maps each scalar on its own: ASCII and caseless punctuation.
    static func foldsByScalar(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII || isCaselessPunctuation($0) }
    }

    func contains(_ phrase: String) -> Bool {
        contains(folded: Array(Self.fold(phrase).utf8))
    }

    /// For a phrase asked about many texts: fold it once with `PhraseSearch.needle(_:)`.
    func contains(folded needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= lowercasedText.count else { return false }
        // Asked for every phrase of every topic in every paragraph: memchr finds each place the
        // phrase could start, its last byte and then memcmp check it.
        return lowercasedText.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { needle in
                let base = text.baseAddress!, count = text.count, length = needle.count
                var start = 0
                while start + length <= count {
                    guard let found = memchr(base + start, Int32(needle[0]), count - length + 1 - start) else { return false }
                    let first = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    let end = first + length
                    if text[end - 1] == needle[length - 1], memcmp(base + first, needle.baseAddress!, length) == 0,
                       !Self.isWordByte(first > 0 ? text[first - 1] : 0x20),
                       !Self.isWordByte(end < count ? text[end] : 0x20) {
                        return true
                    }
                    start = first + 1
                }
                return false
            }
        }
    }

    static func needle(_ phrase: String) -> [UInt8] { Array(fold(phrase).utf8) }

    /// Lower case, curly apostrophes and dashes folded to plain ones.
    static func fold(_ text: String) -> String {
        // ASCII text, most of it, is folded byte by byte; Unicode's lower-casing only when needed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return TextScan.asciiLowercased(text) }
        // So is text whose other characters are punctuation without case (£, “ ”, –, …).
        if foldsByScalar(text) {
            var folded: [UInt8] = []
            folded.reserveCapacity(text.utf8.count)
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A: folded.append(UInt8(scalar.value + 0x20))
                case 0x2019: folded.append(0x27)
                default: folded.append(contentsOf: UTF8.encode(scalar)!)
                }
            }
            return String(decoding: folded, as: UTF8.self)
        }
        var result = text.lowercased()
        if TextScan.contains(result, "’") { result = result.replacingOccurrences(of: "’", with: "'") }
        return result
    }

    /// Latin-1's symbols and the general punctuation block: lower-casing leaves them as they
    /// are, none combines with its neighbours, and only ’ is folded.
    static func isCaselessPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0xBF, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }
}
