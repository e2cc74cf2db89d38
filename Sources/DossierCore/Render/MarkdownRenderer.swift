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
///
/// The text is read as Unicode scalars, as cmark reads it, never as Swift `Character`s: a
/// combining mark joins the character before it into one `Character`, so "[" followed by U+0301
/// is not equal to "[" although cmark still sees a "[" (found by fuzzing: pasted text could
/// open a link or an image).
public enum MarkdownEscaping {
    /// Characters that can start Markdown or HTML anywhere, or that smart punctuation would
    /// change ("quotes", --): a source's words must come out exactly as written.
    /// (A switch, not a set: hashing every scalar of every article was most of the time.)
    static func alwaysEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "\"", "'": return true
        default: return false
        }
    }

    /// Characters that matter only at the start of a line: headings, lists, quotes.
    static func escapedAtLineStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "#", "+", "-", "=", ">": return true
        default: return false
        }
    }

    public static func escape(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        var previous: Unicode.Scalar = " "
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1] : " "
            if alwaysEscaped(scalar)
                || (atLineStart && escapedAtLineStart(scalar))
                || (scalar == "-" && (next == "-" || previous == "-"))
                || (scalar == "." || scalar == ")") && atLineStart == false && Self.followsLineStartNumber(scalars, index)
                || (scalar == "!" && next == "[")
                || (scalar == ":" && Self.followsURLScheme(scalars, index))
                || (scalar == "." && Self.followsWWW(scalars, index)) {
                result.append(UInt8(ascii: "\\"))
            }
            UTF8.encode(scalar) { result.append($0) }
            if scalar == "\n" { atLineStart = true } else if scalar != " " { atLineStart = false }
            previous = scalar
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// "1." at the start of a line would begin an ordered list (cmark counts ASCII digits only).
    static func followsLineStartNumber(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0, ("0"..."9").contains(scalars[start - 1]) { start -= 1 }
        guard start < index else { return false }
        return start == 0 || scalars[start - 1] == "\n"
    }

    /// "www" or "WWW" before a full stop. On the scalars: making a lower-cased string of the
    /// three before every full stop was a third of escaping an article.
    static func followsWWW(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= 3 && scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
    }

    /// "http:", "ftp:" or "www." text would be turned into a link by the autolink extension,
    /// which reads the raw text (so a backslash escape inside the address would be shown); the
    /// source's URLs stay text (escaping the "." of "www." and the ":" of "http:" prevents it).
    static func followsURLScheme(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        let before = String(String.UnicodeScalarView(scalars[max(0, index - 5)..<index])).lowercased()
        return before.hasSuffix("http") || before.hasSuffix("https") || before.hasSuffix("ftp") || before.hasSuffix("mailto")
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
