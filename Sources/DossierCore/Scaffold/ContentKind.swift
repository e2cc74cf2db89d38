/// The kinds of content file `dossier new` can start, each in its own folder of `content/`.
public enum ContentKind: String, Sendable, CaseIterable {
    case article, person, organisation, topic

    public var folder: String {
        switch self {
        case .article: "articles"
        case .person: "people"
        case .organisation: "organisations"
        case .topic: "topics"
        }
    }

    /// Articles are pasted text (.txt); everything else is written in Markdown.
    public var fileExtension: String { self == .article ? "txt" : "md" }
}
