import Foundation

/// Whitespace and invisible-character clean-up applied before any rule runs.
/// It only touches spacing: wording, spelling, quotes and dashes are kept.
enum TextHygiene {
    /// Splits raw text into normalised lines. A single trailing newline does not
    /// create an extra empty line, so the count matches the file's line count.
    static func lines(of text: String) -> [String] {
        var unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        unified = unified.replacingOccurrences(of: "\r", with: "\n")
        var raw = unified.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if raw.count > 1, raw.last == "" { raw.removeLast() }
        if unified.isEmpty { return [] }
        return raw.map(normalise(line:))
    }

    static func normalise(line: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousWasSpace = false
        for scalar in line.unicodeScalars {
            if invisible.contains(scalar.value) { continue }
            let isSpace = spaceLike.contains(scalar.value)
            if isSpace {
                if !previousWasSpace { scalars.append(" ") }
            } else {
                scalars.append(scalar)
            }
            previousWasSpace = isSpace
        }
        return String(scalars).trimmingCharacters(in: .whitespaces)
    }

    /// Byte-order marks and zero-width characters pasted from web pages.
    private static let invisible: Set<UInt32> = [0xFEFF, 0x200B, 0x200C, 0x200D, 0x2060, 0x00AD]

    /// Tabs and the many non-breaking or fixed-width spaces web pages use.
    private static let spaceLike: Set<UInt32> = [
        0x09, 0x0B, 0x0C, 0x20, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
        0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
    ]
}
