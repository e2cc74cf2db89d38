import Testing
@testable import DossierCore

@Suite("Line accounting")
struct LineAccountingTests {
    /// Every file line is exactly one of: a block, a removal (blank lines
    /// included, under `.blank`), the headline, or the byline.
    static func accountedLines(_ article: CleanedArticle) -> [Int] {
        article.blocks.map(\.line)
            + article.removals.flatMap { Array($0.lines) }
            + article.metadataLines
    }

    static func fileLineCount(_ text: String) -> Int {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return text.isEmpty ? 0 : lines.count
    }

    @Test("every seed line is accounted for exactly once", arguments: SeedFixture.prefixes)
    func everyLineAccounted(prefix: String) throws {
        let text = try SeedFixture.text(prefix)
        let article = ArticleCleaner().clean(text)
        let accounted = Self.accountedLines(article).sorted()
        #expect(accounted == Array(1...Self.fileLineCount(text)))
    }

    @Test("removal text matches the lines it covers", arguments: SeedFixture.prefixes)
    func removalTextLineCount(prefix: String) throws {
        let article = try SeedFixture.cleaned(prefix)
        for removal in article.removals {
            #expect(removal.text.split(separator: "\n", omittingEmptySubsequences: false).count == removal.lines.count)
        }
    }

    @Test("firstLine offsets every recorded line number")
    func firstLineOffset() throws {
        let text = try SeedFixture.text("000")
        let plain = ArticleCleaner().clean(text)
        let offset = ArticleCleaner().clean(text, firstLine: 6)
        #expect(offset.blocks.map(\.line) == plain.blocks.map { $0.line + 5 })
        #expect(offset.titleLine == 6)
        #expect(offset.byline?.line == 8)
        #expect(offset.removals.map(\.lines.lowerBound) == plain.removals.map { $0.lines.lowerBound + 5 })
        #expect(offset.blocks.map(\.text) == plain.blocks.map(\.text))
    }

    @Test("rule raw values are kebab-case and unique")
    func ruleNames() {
        let names = CleaningRule.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }
}
