/// What the articles say about one topic, taken apart into the pieces a briefing is made of.
/// Every piece keeps its source, so every line of a briefing can be cited.
public struct TopicFacts: Sendable {
    public var topic: String
    public var statements: [Statement]
    public var points: [StatementCluster]
    public var figures: [Figure]
    public var events: [TimelineEvent]
    public var quotes: [AttributedQuote]
    /// Entity id → where the topic's paragraphs mention it.
    public var entities: [String: [SourceRef]]
}

public struct Figure: Equatable, Sendable {
    public var value: String
    public var counts: String
    public var phrase: String
    public var sentence: String
    public var sources: [SourceRef]
    /// The date the sentence gives ("In March"), else the article's date.
    public var asOf: FuzzyDate?
}

public struct TimelineEvent: Equatable, Sendable {
    public var date: FuzzyDate
    public var text: String
    public var sources: [SourceRef]
    public var topic: String
}

public struct AttributedQuote: Equatable, Sendable {
    public var text: String
    /// As the article wrote it: "Cllr Sarah Hill, cabinet member for finance".
    public var speaker: String?
    public var speakerIDs: [String]
    public var source: SourceRef
    public var published: Day?
}
