import Foundation

/// File names become URLs, so they are restricted to lower-case letters, digits and hyphens:
/// nothing that can climb out of a folder or need escaping.
public enum Slug {
    public static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "empty file name" }
        // Byte by byte: nearly every name is fine, and `contains` on a string goes through
        // Foundation's search, so it is asked only what is wrong with a name that is not.
        if slug.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }) { return nil }
        if slug.contains("..") || slug.contains("/") || slug.contains("\\") { return "file name '\(slug)' contains a path separator or '..'" }
        return "file name '\(slug)' may contain only a-z, 0-9 and '-'"
    }

    /// "Jess Phillips" → "jess-phillips"; "Chiefs’ Council" → "chiefs-council".
    public static func make(from text: String) -> String {
        var result = ""
        for scalar in text.folding(options: [.diacriticInsensitive], locale: nil).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "untitled" : result
    }
}
