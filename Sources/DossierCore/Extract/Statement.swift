/// Where a statement, figure or quote comes from: an article and the paragraph in it.
public struct SourceRef: Hashable, Sendable, Comparable, Codable {
    public var article: String
    public var block: Int

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool { (lhs.article, lhs.block) < (rhs.article, rhs.block) }
}

/// One sentence of an article, in the article's own words.
public struct Statement: Equatable, Sendable {
    public var text: String
    public var source: SourceRef
    public var published: Day?
    /// The sentence's place in its article, counted from 0: early sentences carry the news.
    public var position: Int
    /// Speech rather than reporting: kept for "What was said", never a key point.
    public var isQuotation: Bool
    /// People and organisations the sentence names, including by a role title it uses
    /// ("the Home Secretary") when the registry says who held it on the article's date.
    public var entities: Set<String> = []
}

/// Statements from different articles that say the same thing: one point, several sources.
public struct StatementCluster: Equatable, Sendable {
    public var statements: [Statement]

    /// The articles that make the point, each once, in the order they were found.
    public var sources: [SourceRef] {
        var seen = Set<String>()
        return statements.map(\.source).filter { seen.insert($0.article).inserted }
    }

    /// The statement shown: the earliest published, then the earliest in its article.
    public var representative: Statement {
        statements.min { a, b in
            switch (a.published, b.published) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.position, a.source) < (b.position, b.source)
            }
        }!
    }
}
