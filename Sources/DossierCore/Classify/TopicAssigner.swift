/// Which articles feed which topic. For now an article feeds the topics its front matter pins.
public struct TopicAssignment: Sendable, Equatable {
    /// Topic slug → article slugs, in corpus order.
    public var articlesByTopic: [String: [String]]

    public func articles(for topic: String) -> [String] { articlesByTopic[topic] ?? [] }

    public func topics(for article: String) -> [String] {
        articlesByTopic.keys.sorted().filter { articlesByTopic[$0]?.contains(article) == true }
    }
}

public struct TopicAssigner: Sendable {
    public init() {}

    public func assign(_ articles: [Article], to topics: [Topic]) -> (TopicAssignment, [Diagnostic]) {
        var byTopic: [String: [String]] = [:]
        var diagnostics: [Diagnostic] = []
        let known = Set(topics.map(\.slug))
        for article in articles {
            for pinned in article.pinnedTopics {
                if known.contains(pinned) {
                    byTopic[pinned, default: []].append(article.slug)
                } else {
                    let hint = Suggestion.closest(to: pinned, in: known.sorted()).map { "did you mean '\($0)'?" } ?? "known topics: \(known.sorted().joined(separator: ", "))"
                    diagnostics.append(.error(article.path, "unknown topic '\(pinned)'", hint: hint))
                }
            }
        }
        return (TopicAssignment(articlesByTopic: byTopic), diagnostics)
    }
}
