import Foundation

/// Case-insensitive, whole-word phrase search over plain text, the way an editor expects a
/// topic rule to match: "audit" matches "Audit" and "audit," but not "auditor".
struct PhraseSearch: Sendable {
    let lowercasedText: [UInt8]

    init(_ text: String) {
        lowercasedText = Array(Self.fold(text).utf8)
    }

    func contains(_ phrase: String) -> Bool {
        contains(folded: Array(Self.fold(phrase).utf8))
    }

    /// For a phrase asked about many texts: fold it once with `PhraseSearch.needle(_:)`.
    func contains(folded needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= lowercasedText.count else { return false }
        var start = 0
        while start + needle.count <= lowercasedText.count {
            guard let first = lowercasedText[start...].firstIndex(of: needle[0]) else { return false }
            let end = first + needle.count
            if end <= lowercasedText.count, lowercasedText[first..<end].elementsEqual(needle),
               !Self.isWordByte(first > 0 ? lowercasedText[first - 1] : 0x20),
               !Self.isWordByte(end < lowercasedText.count ? lowercasedText[end] : 0x20) {
                return true
            }
            start = first + 1
        }
        return false
    }

    static func needle(_ phrase: String) -> [UInt8] { Array(fold(phrase).utf8) }

    /// Lower case, curly apostrophes and dashes folded to plain ones.
    static func fold(_ text: String) -> String {
        // ASCII text, most of it, is folded byte by byte; Unicode's lower-casing only when needed.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return TextScan.asciiLowercased(text) }
        var result = text.lowercased()
        if TextScan.contains(result, "’") { result = result.replacingOccurrences(of: "’", with: "'") }
        return result
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
    }
}
