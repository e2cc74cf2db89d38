import Testing
@testable import DossierCore

@Suite("Text hygiene")
struct TextHygieneTests {
    @Test("CRLF and CR line endings keep file line numbers")
    func lineEndings() {
        let text = "Headline for the test article here\r\n\r\nFirst paragraph of the article.\rSecond paragraph of the article.\r\n"
        let article = ArticleCleaner().clean(text)
        #expect(article.title == "Headline for the test article here")
        #expect(article.blocks.map(\.line) == [3, 4])
        #expect(article.blocks.map(\.text) == ["First paragraph of the article.", "Second paragraph of the article."])
    }

    @Test("BOM, non-breaking and zero-width spaces are normalised")
    func invisibleCharacters() {
        let text = "\u{FEFF}Headline for the test article here\n\u{00A0}\u{00A0}\nThe\u{00A0}council\u{200B} met  on\tMonday.\u{200D}\n"
        let lines = TextHygiene.lines(of: text)
        #expect(lines == ["Headline for the test article here", "", "The council met on Monday."])
        let article = ArticleCleaner().clean(text)
        #expect(article.title == "Headline for the test article here")
        #expect(article.removals == [Removal(lines: 2...2, rule: .blank, text: "")])
    }

    @Test("curly quotes, dashes and spelling are untouched")
    func wordingKept() {
        let line = "Dhe said the ‘review’ – which “begins soon” — was recuriter-led…"
        #expect(TextHygiene.normalise(line: "  " + line + "  ") == line)
    }

    @Test("a trailing newline does not add a line; a missing one loses none")
    func trailingNewline() {
        #expect(TextHygiene.lines(of: "a\nb\n").count == 2)
        #expect(TextHygiene.lines(of: "a\nb").count == 2)
        #expect(TextHygiene.lines(of: "a\n\n").count == 2)
        #expect(TextHygiene.lines(of: "").isEmpty)
    }
}
