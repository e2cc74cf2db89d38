@testable import DossierCore
import Testing

@Suite struct SentenceTests {
    private func range(of word: String, in text: String) -> Range<Int> {
        let start = text.range(of: word)!.lowerBound
        let offset = text.utf8.distance(from: text.startIndex, to: start)
        return offset..<offset + word.utf8.count
    }

    @Test func theSentenceAroundAMention() {
        let text = "The audit began. Baroness Casey said it would report in June! Then it did."
        #expect(Sentence.around(range(of: "Casey", in: text), in: text) == "Baroness Casey said it would report in June!")
        #expect(Sentence.around(range(of: "audit", in: text), in: text) == "The audit began.")
        #expect(Sentence.around(range(of: "did", in: text), in: text) == "Then it did.")
    }

    /// A page pasted as one line has no sentence ends near a mention: the excerpt stops about
    /// `reach` bytes either side, at a word, marked with "…". Before, every mention's sentence
    /// was the whole paragraph, quadratic in time and memory.
    @Test func aParagraphWithNoFullStopGivesABoundedExcerpt() {
        let filler = String(repeating: "and the council said ", count: 500)
        let text = filler + "Yvette Cooper" + filler
        let sentence = Sentence.around(range(of: "Yvette Cooper", in: text), in: text)
        #expect(sentence.hasPrefix("…and ") || sentence.hasPrefix("…the ") || sentence.hasPrefix("…council ") || sentence.hasPrefix("…said "))
        #expect(sentence.hasSuffix(" said…") || sentence.hasSuffix(" and…") || sentence.hasSuffix(" the…") || sentence.hasSuffix(" council…"))
        #expect(sentence.contains("Yvette Cooper"))
        #expect(sentence.utf8.count <= 2 * Sentence.reach + "Yvette Cooper".utf8.count + 6)
    }

    @Test func aCutNeverSplitsACharacter() {
        let text = String(repeating: "é", count: 3000) + " Casey " + String(repeating: "€", count: 3000)
        let sentence = Sentence.around(range(of: "Casey", in: text), in: text)
        #expect(sentence == "…Casey…")
    }

    /// Many mentions in one long line: linear now, so this finishes at once.
    @Test func manyMentionsInAMegabyteLine() {
        let text = String(repeating: "Yvette Cooper and Louise Casey met the NPCC, ", count: 25_000)
        var total = 0
        var offset = 0
        while offset + 13 < text.utf8.count {
            total += Sentence.around(offset..<offset + 13, in: text).utf8.count
            offset += 45 * 50
        }
        #expect(total > 0)
    }
}
