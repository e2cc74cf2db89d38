@testable import DossierCore
import Testing

@Suite struct TextTokenTests {
    /// ASCII text is tokenized on its bytes, everything else on its scalars: both give the same
    /// tokens for the same ASCII text.
    @Test(arguments: [
        SeedArticleTexts.stokeCabinetBriefing, SeedArticleTexts.caseyReportCollectiveFailure, SeedArticleTexts.homeSecretaryMeasures,
        "Casey's report: Stoke-on-Trent's panel -- 'quoted' - x-ray ''s  end's. A-\tB\n\r\u{0B}\u{0C}C's's 12-3 a' 'b ' s's",
        "", " ", "'", "-a", "a-", "a's", "ab's", "Mr O'Neil's", "\u{7F}\u{0}~`",
    ])
    func asciiTokensAreTheScalarPathsTokens(_ original: String) {
        // The seed articles have curly quotes and dashes: their ASCII characters are kept.
        let text = String(String.UnicodeScalarView(original.unicodeScalars.filter(\.isASCII)))
        #expect(text.utf8.count >= original.utf8.count / 2)
        let bytes = Array(text.utf8)
        #expect(TextToken.tokenize(ascii: bytes) == TextToken.tokenize(scalars: Array(text.unicodeScalars), bytes: bytes))
    }

    @Test func curlyApostrophesAndUnicodeHyphensAreNormalised() {
        let tokens = TextToken.tokenize("Casey\u{2019}s Stoke\u{2011}on\u{2011}Trent")
        #expect(tokens.map(\.key) == ["Casey's", "Stoke-on-Trent"])
        #expect(tokens[0].possessiveStem == "Casey")
        #expect(tokens[0].possessiveStemEnd == "Casey".utf8.count)
    }
}
