/// One kept unit of article text. Text is the source wording after whitespace
/// hygiene only; it is never reworded.
public struct ArticleBlock: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        case paragraph
        case subheading
        case listItem = "list-item"
    }

    public var kind: Kind
    public var text: String
    /// 1-based line number in the source file.
    public var line: Int

    public init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}
