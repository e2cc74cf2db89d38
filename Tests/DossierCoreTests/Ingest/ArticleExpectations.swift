import Testing
@testable import DossierCore

/// Shared assertions for kept and removed text.
enum ArticleExpectations {
    static func expectKept(_ article: CleanedArticle, _ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        let blockTexts = article.blocks.map(\.text)
        for text in texts {
            #expect(blockTexts.contains(text), "missing kept text: \(text.prefix(80))", sourceLocation: sourceLocation)
        }
    }

    /// None of the fragments may appear inside any block or quote.
    static func expectAbsent(_ article: CleanedArticle, _ fragments: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for fragment in fragments {
            let inBlock = article.blocks.first { $0.text.contains(fragment) }
            let inQuote = article.quotes.first { $0.text.contains(fragment) || ($0.speaker ?? "").contains(fragment) }
            #expect(inBlock == nil, "boilerplate kept in block: \(fragment)", sourceLocation: sourceLocation)
            #expect(inQuote == nil, "boilerplate kept in quote: \(fragment)", sourceLocation: sourceLocation)
        }
    }

    static func rule(_ article: CleanedArticle, line: Int) -> CleaningRule? {
        article.removals.first { $0.lines.contains(line) }?.rule
    }

    static func quote(_ article: CleanedArticle, startingWith prefix: String) -> Quote? {
        article.quotes.first { $0.text.hasPrefix(prefix) }
    }
}
