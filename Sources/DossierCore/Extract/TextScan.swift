import Foundation

/// Byte-level checks used on every sentence of every article, where Foundation's `contains`
/// (a locale-aware CFString search) would cost more than the work it guards.
enum TextScan {
    /// Whether `needle`'s UTF-8 bytes occur in `text`'s: memchr finds each place it could
    /// start, its last byte and then memcmp check it.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                let base = haystack.baseAddress!, length = needle.count, last = needle[length - 1]
                var start = 0
                while start + length <= haystack.count {
                    guard let found = memchr(base + start, Int32(first), haystack.count - length + 1 - start) else { return false }
                    let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if haystack[index + length - 1] == last, memcmp(base + index, needle.baseAddress!, length) == 0 { return true }
                    start = index + 1
                }
                return false
            }
        }
    }

    /// Whether the text has an ASCII digit.
    static func hasDigit(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// ASCII letters lower-cased, other bytes as they are: enough to look for English keywords.
    static func asciiLowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
