import CmarkGFM
@testable import DossierCore
import Testing

/// Escaped text renders as exactly that text. Regressions found by Fuzz/FuzzCleaner.
@Suite struct MarkdownEscapingTests {
    private func plainText(_ text: String, options: MarkdownOptions = []) -> String {
        var shown = MarkdownDocument(MarkdownEscaping.escape(text), options: options).renderPlainText()
        if shown.hasSuffix("\n") { shown.removeLast() }
        return shown
    }

    /// A combining mark makes "`" + U+0653 one Swift Character, which compared unequal to "`",
    /// so the backtick went unescaped and cmark (which reads scalars) opened a code span.
    @Test func combiningMarkAfterBacktickIsStillEscaped() {
        let text = "V`\u{653}\u{FFFD}\u{FFFD}`\u{653}\u{FFFD}"
        #expect(plainText(text) == text)
    }

    /// The same hole turned pasted text into emphasis, code or a block quote, dropping the
    /// source's characters; links and images stay impossible too.
    @Test func combiningMarksCannotAddMarkup() {
        let texts = ["*\u{301}emphasis*\u{301}", "`\u{301}code`\u{301}", ">\u{301} quoted", "~~\u{301}struck~~\u{301}",
                     "[\u{301}click](https://evil.example/)", "![\u{301}x](https://tracker.example/p.png)", "<\u{301}b>x", "1\u{301}. list?"]
        for text in texts {
            let html = MarkdownDocument(MarkdownEscaping.escape(text), options: .standard).renderHTML()
            #expect(html.hasPrefix("<p>") && html.components(separatedBy: "<").count == 3, "\(text.debugDescription) -> \(html)")
            #expect(plainText(text, options: .standard) == text)
        }
    }

    @Test func everyMarkupCharacterWithACombiningMarkStaysText() {
        for markup in ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "\"", "'", "#", "+", "-", "=", "!"] {
            let text = "a \(markup)\u{301}b\(markup)\u{301} c"
            #expect(plainText(text) == text, "\(markup)")
            #expect(plainText(markup + "\u{301} x") == markup + "\u{301} x", "\(markup) at line start")
        }
    }

    /// Found by Fuzz/FuzzCleaner: cmark-gfm's autolink extension takes ftp:// (in any case) as it
    /// takes http://, reading the raw text, so the backslash dossier put before a "'" or "_" in
    /// the address was shown, and the source's address became a link.
    @Test func addressesInPastedTextStayTextWithoutBackslashes() {
        for text in ["ftp://arD'", "FTP://files.example/a_b", "see http://council.example/it's", "www.council.example/a_b", "WWW.Council.example/a_b", "see wWw.x.example", "https://x.example/_y_"] {
            #expect(plainText(text) == text, "\(text)")
            let html = MarkdownDocument(MarkdownEscaping.escape(text), options: .standard).renderHTML()
            #expect(!html.contains("<a "), "\(text) -> \(html)")
        }
    }
}
