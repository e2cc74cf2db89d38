/// Applies the never-publish list's `redact` entries to articles before anything else reads
/// them, so a withheld name cannot reach a page, a briefing, the search index or a data file.
public struct Redactor: Sendable {
    public let policy: SafeguardingPolicy
    let patterns: [PhrasePattern]

    public init(policy: SafeguardingPolicy) {
        self.policy = policy
        patterns = policy.withheld.filter { $0.mode == .redact }.map { PhrasePattern($0.phrase) }
    }

    /// The article with every redacted phrase replaced, and how many replacements were made.
    public func redact(_ source: ArticleSource) -> (ArticleSource, Int) {
        guard !patterns.isEmpty else { return (source, 0) }
        var result = source
        var count = 0
        func apply(_ text: String?) -> String? {
            guard var text else { return nil }
            for pattern in patterns {
                let (replaced, n) = pattern.replacing(in: text, with: SafeguardingPolicy.replacement)
                text = replaced
                count += n
            }
            return text
        }
        result.body = apply(source.body) ?? source.body
        result.title = apply(source.title)
        result.author = apply(source.author)
        result.source = apply(source.source)
        return (result, count)
    }
}
