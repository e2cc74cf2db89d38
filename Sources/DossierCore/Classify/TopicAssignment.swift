/// Which paragraphs of which articles feed which topic, and why.
public struct TopicAssignment: Sendable, Equatable {
    public let paragraphs: [ParagraphAssignment]
    /// Topic slug → article slugs, in corpus order.
    public let articlesByTopic: [String: [String]]
    /// Article slug → topic slugs, sorted: asked once per article page, so looked up, not searched.
    private let topicsByArticle: [String: [String]]

    public init(paragraphs: [ParagraphAssignment], articlesByTopic: [String: [String]]) {
        self.paragraphs = paragraphs
        self.articlesByTopic = articlesByTopic
        var topicsByArticle: [String: [String]] = [:]
        for topic in articlesByTopic.keys.sorted() {
            for article in articlesByTopic[topic]! { topicsByArticle[article, default: []].append(topic) }
        }
        self.topicsByArticle = topicsByArticle
    }

    public func articles(for topic: String) -> [String] { articlesByTopic[topic] ?? [] }

    public func topics(for article: String) -> [String] { topicsByArticle[article] ?? [] }

    public func paragraphs(for topic: String) -> [ParagraphAssignment] {
        paragraphs.filter { $0.topic == topic }
    }
}

/// One paragraph assigned to one topic, with the evidence, so an editor can see why.
public struct ParagraphAssignment: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        /// The paragraph's own words scored at or above the topic's threshold.
        case matched
        /// It continues a quotation whose opening paragraph matched.
        case continuesQuote = "continues-quote"
        /// The article is pinned to the topic and the paragraph is its lead.
        case pinned
        /// Matched no topic itself, in an article mostly about this topic.
        case articleContext = "article-context"
    }

    public var article: String
    public var block: Int
    public var topic: String
    public var score: Int
    public var matched: [String]
    public var reason: Reason
}
