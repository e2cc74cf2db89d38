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

    /// An article's blocks as Markdown, one top-level Markdown block per article block, so the
    /// paragraph anchors match. The text is the source's, escaped so that nothing in it is read
    /// as Markdown or HTML and no quote is "smartened".
    public func articleMarkdown(_ blocks: [ArticleBlock]) -> String {
        var bullet = "*"
        return blocks.map { block in
            switch block.kind {
            case .paragraph: return MarkdownEscaping.escape(block.text)
            case .subheading: return "### " + MarkdownEscaping.escape(block.text)
            case .listItem:
                // A new bullet character starts a new list, keeping each item its own block.
                bullet = bullet == "-" ? "*" : "-"
                return bullet + " " + MarkdownEscaping.escape(block.text)
            }
        }.joined(separator: "\n\n")
    }
}

/// Plain text to Markdown that renders as exactly that text, and still reads well as Markdown
/// (the briefings are published as .md files for committee papers).
public enum MarkdownEscaping {
    /// Characters that can start Markdown or HTML anywhere, or that smart punctuation would
    /// change ("quotes", --): a source's words must come out exactly as written.
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "\"", "'"]
    /// Characters that matter only at the start of a line: headings, lists, quotes.
    static let escapedAtLineStart: Set<Character> = ["#", "+", "-", "=", ">"]

    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var atLineStart = true
        var previous: Character = " "
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if alwaysEscaped.contains(character)
                || (atLineStart && escapedAtLineStart.contains(character))
                || (character == "-" && (next == "-" || previous == "-"))
                || (character == "." || character == ")") && atLineStart == false && Self.followsLineStartNumber(characters, index)
                || (character == "!" && next == "[")
                || (character == ":" && Self.followsURLScheme(characters, index))
                || (character == "." && index >= 3 && String(characters[(index - 3)..<index]).lowercased() == "www") {
                result.append("\\")
            }
            result.append(character)
            if character == "\n" { atLineStart = true } else if character != " " { atLineStart = false }
            previous = character
        }
        return result
    }

    /// "1." at the start of a line would begin an ordered list.
    static func followsLineStartNumber(_ characters: [Character], _ index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1].isNumber { start -= 1 }
        guard start < index else { return false }
        return start == 0 || characters[start - 1] == "\n"
    }

    /// "http:" or "www." text would be turned into a link by the autolink extension; the
    /// source's URLs stay text (escaping the "." of "www." and the ":" of "http:" prevents it).
    static func followsURLScheme(_ characters: [Character], _ index: Int) -> Bool {
        let before = String(characters[max(0, index - 5)..<index]).lowercased()
        return before.hasSuffix("http") || before.hasSuffix("https") || before.hasSuffix("mailto")
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
