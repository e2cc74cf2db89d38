import Foundation

/// Only web and mail links may come from content: `javascript:` and `data:` URLs would run in a
/// reader's browser.
public enum URLPolicy {
    public static func problem(with url: String, allowMailto: Bool = true) -> String? {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { 
            return url.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) ? "'\(url)' contains a space, quote or angle bracket" : nil
        }
        if allowMailto, lower.hasPrefix("mailto:") { return nil }
        return "'\(url)' is not allowed: only http:// and https:// links\(allowMailto ? " and mailto:" : "") are"
    }
}
