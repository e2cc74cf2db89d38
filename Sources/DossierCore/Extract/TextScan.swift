/// Byte-level checks used on every sentence of every article, where Foundation's `contains`
/// (a locale-aware CFString search) would cost more than the work it guards.
enum TextScan {
    /// Whether `needle`'s UTF-8 bytes occur in `text`'s.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text, needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                var index = 0
                let last = haystack.count - needle.count
                while index <= last {
                    if haystack[index] == first {
                        var matched = true
                        for offset in 1..<needle.count where haystack[index + offset] != needle[offset] { matched = false; break }
                        if matched { return true }
                    }
                    index += 1
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
