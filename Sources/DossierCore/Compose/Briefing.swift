/// A topic's briefing: GFM Markdown whose every statement is cited to its source paragraphs.
public struct Briefing: Sendable {
    public var topic: String
    public var title: String
    /// The briefing's body, without its title: the page template shows the title and dates.
    public var body: String
    /// The standalone Markdown file published beside the page, for committee papers.
    public var document: String
    public var published: Day?
    public var updated: Day?
    /// Every article the topic's statements come from, newest first.
    public var sources: [String]
    /// The articles the briefing cites, newest first: at most a few per statement, so a
    /// briefing stays short whatever the size of the corpus.
    public var cited: [String]
    public var keyPoints: Int
    public var singleSourcePoints: Int
    public var facts: TopicFacts
}
