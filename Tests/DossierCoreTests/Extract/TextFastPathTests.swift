@testable import DossierCore
import Testing

/// The byte and scalar fast paths of the extract stage must give what their `Character`
/// versions give, for plain text and for text that takes the slow path.
@Suite struct TextFastPathTests {
    static let texts = [
        "The report was published. It found 169 children at risk! Was it enough? “Yes,” she said. ‘Maybe’ not.",
        "Mr Crowther KC said: \"It is a turning point.\" The council’s leader agreed.  Then  nothing.",
        "Costs rose to £2.5m.\u{00A0}The audit – a three-month review – ended… Officers said so. x",
        "Café owners met. Éric spoke first.\tThen   the Home Secretary answered. ÉCOLE closed.",
        "e\u{0301}. Another sentence. A third with ª µ ² ½ in it.",
        "Line one.\r\nLine two. A\u{200B}B. Ends with a space. ",
        "audits, classes and 2025's figures: buses; pass-rates. ss sss asses",
        "",
        "   ",
        "No full stop at the end",
    ]

    @Test func sentencesMatchTheCharacterRule() {
        for text in Self.texts {
            #expect(SentenceSplitter.sentences(text) == SentenceSplitter.sentencesByCharacter(text), "\(text)")
        }
    }

    @Test func termsMatchTheCharacterRule() {
        for text in Self.texts {
            #expect(StatementClusterer.terms(text) == StatementClusterer.termsByCharacter(text), "\(text)")
        }
    }

    @Test func standsAloneCountsWordsAsTheCharacterRuleDoes() {
        #expect(BriefingComposer.standsAlone("The council said the review would take three months."))
        #expect(!BriefingComposer.standsAlone("However the council said the review would take months."))
        #expect(!BriefingComposer.standsAlone("Too short a sentence."))
        #expect(BriefingComposer.standsAlone("  Café owners in Stoke-on-Trent – all of them – met the council’s leader."))
        #expect(!BriefingComposer.standsAlone("“However,” the council said, the review would take three months."))
        #expect(!BriefingComposer.standsAlone("(It) said the review of the council would take three months."))
    }

    @Test func spaceSeparatedWordsAreThoseOfSplit() {
        for text in ["", " ", "   ", "one", " one", "one ", "  one two  ", "a b c", "x  y", "“However,” he said", "Café – owners"] {
            let words = BriefingComposer.spaceSeparatedWords(text.utf8)
            #expect(words.count == text.split(separator: " ").count, "\(text)")
            #expect(words.first == text.split(separator: " ").first.map(String.init), "\(text)")
        }
    }
}

@Suite struct FigureWordTests {
    @Test func firstAndLastWordsAreThoseOfSplit() {
        for text in ["", " ", "   ", "one", " one", "one ", "  one two  ", "a b c", "16 June", "on January ", "x  y"] {
            #expect(FigureExtractor.lastWord(of: text) == (text.split(separator: " ").last ?? ""), "\(text)")
            #expect(FigureExtractor.firstWord(of: text) == (text.split(separator: " ").first ?? ""), "\(text)")
        }
    }
}

@Suite struct PhraseSearchJoiningTests {
    @Test func joiningSearchesIsSearchingTheJoinedText() {
        let cases = [["Title", "One “quoted” – paragraph", "AUDIT £10m"], ["Café", "Straße ÉCOLE"], ["", "x"], ["Council’s audit"]]
        for texts in cases {
            let joined = PhraseSearch(joining: texts, searches: texts.map { PhraseSearch($0) })
            #expect(joined.lowercasedText == PhraseSearch(texts.joined(separator: "\n")).lowercasedText, "\(texts)")
        }
    }
}
