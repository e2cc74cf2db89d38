extension String {
    /// Case-insensitive regular-expression search. Patterns are literals written
    /// in this module, so a malformed one is a programming error caught by tests.
    func contains(pattern: String) -> Bool {
        guard let regex = RegexCache.shared.regex(pattern, ignoresCase: true) else {
            assertionFailure("bad pattern \(pattern)")
            return false
        }
        return firstMatch(of: regex) != nil
    }

    /// Case-sensitive variant, for rules that depend on capitalisation.
    func containsCaseSensitive(pattern: String) -> Bool {
        guard let regex = RegexCache.shared.regex(pattern, ignoresCase: false) else {
            assertionFailure("bad pattern \(pattern)")
            return false
        }
        return firstMatch(of: regex) != nil
    }
}
