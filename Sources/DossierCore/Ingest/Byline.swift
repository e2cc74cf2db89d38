/// Author and/or publication date recovered from the article's header lines.
public struct Byline: Equatable, Sendable {
    public var author: String?
    public var date: Day?
    /// First file line the byline was read from.
    public var line: Int
    /// Every file line consumed by the byline, in order: the author line plus,
    /// when printed separately, a date line or a role line ("BBC News, North West").
    public var lines: [Int]

    public init(author: String?, date: Day?, line: Int, lines: [Int]? = nil) {
        self.author = author
        self.date = date
        self.line = line
        self.lines = lines ?? [line]
    }
}
