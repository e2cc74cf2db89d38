/// The result of cleaning one raw article: kept text, recovered metadata and
/// an audit trail of everything dropped.
public struct CleanedArticle: Equatable, Sendable {
    public var title: String?
    /// File line of the headline, so the line accounting stays complete.
    public var titleLine: Int?
    public var byline: Byline?
    /// The kept article text in order; headline and byline lines are metadata, not blocks.
    public var blocks: [ArticleBlock]
    /// Every dropped line (blank lines included) with the rule that dropped it.
    public var removals: [Removal]
    public var quotes: [Quote]

    public init(
        title: String? = nil,
        titleLine: Int? = nil,
        byline: Byline? = nil,
        blocks: [ArticleBlock] = [],
        removals: [Removal] = [],
        quotes: [Quote] = []
    ) {
        self.title = title
        self.titleLine = titleLine
        self.byline = byline
        self.blocks = blocks
        self.removals = removals
        self.quotes = quotes
    }

    /// File lines that were turned into metadata rather than blocks.
    public var metadataLines: [Int] {
        (titleLine.map { [$0] } ?? []) + (byline?.lines ?? [])
    }
}
