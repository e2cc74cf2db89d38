import Foundation

/// Compiled regular expressions keyed by pattern. Compiling a Swift `Regex`
/// from a string costs far more than matching one line, and the cleaner runs
/// the same few dozen patterns over every line of every article.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()

    private let lock = NSLock()
    private var compiled: [Key: Regex<AnyRegexOutput>] = [:]

    private struct Key: Hashable {
        let pattern: String
        let ignoresCase: Bool
    }

    func regex(_ pattern: String, ignoresCase: Bool) -> Regex<AnyRegexOutput>? {
        let key = Key(pattern: pattern, ignoresCase: ignoresCase)
        lock.lock()
        defer { lock.unlock() }
        if let cached = compiled[key] { return cached }
        guard let regex = try? Regex(pattern) else { return nil }
        let configured = ignoresCase ? regex.ignoresCase() : regex
        compiled[key] = configured
        return configured
    }
}
