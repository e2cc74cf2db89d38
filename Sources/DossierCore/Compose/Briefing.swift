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
    /// Every dated event and figure of the topic, for the site-wide timeline and figures pages
    /// (the briefing shows the newest and the most cited). The rest of the topic's facts are not
    /// kept: every sentence of every source article, they were a sixth of a build's memory.
    public var events: [TimelineEvent]
    public var figures: [Figure]
}
