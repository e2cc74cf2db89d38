/// The dossier after every stage that understands it (load, ingest, classify, link, extract,
/// compose) and before any that presents it.
public struct Dossier: Sendable {
    /// The content as loaded, except its articles: once ingested they are `articles`.
    public var content: Content
    public var articles: [Article]
    public var assignment: TopicAssignment
    public var registry: EntityRegistry
    public var briefings: [Briefing]
    /// Every quote in every article, with its speakers resolved where they are registered.
    public var quotes: [AttributedQuote]
    public var diagnostics: [Diagnostic]

    public func article(_ slug: String) -> Article? { articles.first { $0.slug == slug } }
    public func briefing(_ topic: String) -> Briefing? { briefings.first { $0.topic == topic } }
}
