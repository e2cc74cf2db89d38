/// A term of `content/glossary.yml`: an abbreviation and what it stands for.
public struct GlossaryEntry: Equatable, Sendable {
    /// As it appears in text, matched as a whole word and case-sensitively ("CSE", "KC").
    public var term: String
    public var expansion: String
    public var definition: String

    /// The glossary page's anchor for the term, prefixed so that no term ("MAIN") can take an
    /// id the layout uses.
    public var anchor: String { "term-" + Slug.make(from: term) }
}
