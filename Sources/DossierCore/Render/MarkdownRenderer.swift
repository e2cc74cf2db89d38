import CmarkGFM

/// Turns Markdown (the editor's, or an article's text made into Markdown) into HTML through
/// cmark-gfm, linking entity mentions on the tree before rendering.
public struct MarkdownRenderer: Sendable {
    public var allowRawHTML: Bool

    public init(allowRawHTML: Bool) {
        self.allowRawHTML = allowRawHTML
    }

    var options: MarkdownOptions {
        allowRawHTML ? MarkdownOptions.standard.union(.allowRawHTML) : .standard
    }

    /// Renders Markdown written by the dossier's editors (ledes, descriptions, briefings).
    public func render(_ markdown: String) -> String {
        MarkdownDocument(markdown, options: options).renderHTML()
    }

    /// An article's blocks as Markdown. The text is the source's, escaped so that nothing in it
    /// is read as Markdown or HTML and no quote is "smartened".
    public func articleMarkdown(_ blocks: [ArticleBlock]) -> String {
        blocks.map { block in
            switch block.kind {
            case .paragraph: return MarkdownEscaping.escape(block.text)
            case .subheading: return "### " + MarkdownEscaping.escape(block.text)
            case .listItem: return "- " + MarkdownEscaping.escape(block.text)
            }
        }.joined(separator: "\n\n")
    }
}

/// Plain text to Markdown that renders as exactly that text.
public enum MarkdownEscaping {
    /// Every ASCII punctuation character may be backslash-escaped in CommonMark, and escaping all
    /// of them is the only way to be sure none starts emphasis, a link, HTML or a list.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.generalCategory.isPunctuationOrSymbol {
                result.append("\\")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSymbol: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
