@testable import DossierCore
import Foundation
import Testing

/// A topic's facts are made from its own paragraphs alone: `serve` keeps a briefing while its
/// articles are unchanged, however the rest of the corpus changes.
@Suite struct FactExtractorTests {
    @Test func aTopicsFactsAreTheSameWithoutTheArticlesItDoesNotUse() throws {
        let dossier = BriefingComposerTests.dossier
        let topic = try #require(dossier.content.topics.first { $0.slug == "stoke-panel" })
        let all = Dictionary(dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let used = Set(dossier.assignment.articles(for: topic.slug))
        #expect(!used.isEmpty && used.count < all.count)

        let withEverything = FactExtractor(registry: dossier.registry, articles: all)
            .extract(topics: dossier.content.topics, assignment: dossier.assignment)
        let alone = FactExtractor(registry: dossier.registry, articles: all.filter { used.contains($0.key) })
            .extract(topics: [topic], assignment: TopicAssignment(paragraphs: dossier.assignment.paragraphs(for: topic.slug),
                                                                  articlesByTopic: [topic.slug: dossier.assignment.articles(for: topic.slug)]))
        let expected = try #require(withEverything.first { $0.topic == topic.slug })
        let facts = try #require(alone.first)
        #expect(facts.points == expected.points && !facts.points.isEmpty)
        #expect(facts.events == expected.events)
        #expect(facts.figures == expected.figures)
        #expect(facts.quotes == expected.quotes)
    }

    @Test func aTopicNumbersItsWordsAgainInTheOrderItUsesThem() {
        var numbering = TermRenumbering(vocabularySize: 10)
        numbering.number([7, 3, 7])
        numbering.number([9, 3])
        #expect(numbering.count == 3)
        #expect(numbering.renumbered([7, 3, 9, 7]) == [0, 1, 2, 0])
        #expect(numbering[9] == 2)
    }

    /// The clusterer compares a statement with a cluster's members through its spread weights:
    /// the similarities, and so the clusters, must be those of the merged lists to the last bit.
    @Test func aSpreadVectorGivesTheSameSimilaritiesToTheBit() {
        var generator = PatternMatchingTests.SeededGenerator(state: 7)
        let vectors = (0..<60).map { _ in
            TermVector(counting: (0..<Int(generator.next() % 40)).map { _ in TermID(generator.next() % 90) },
                       documentFrequency: { Double($0 % 7 + 1) }, weight: { frequency, df in frequency * log(1 + 60 / df) })
        }
        var spread = [Double](repeating: 0, count: 90)
        for statement in vectors {
            statement.spread(into: &spread)
            for member in vectors {
                #expect(member.cosine(statement, spread: spread).bitPattern == member.cosine(statement).bitPattern)
            }
            statement.unspread(from: &spread)
            #expect(spread.allSatisfy { $0 == 0 })
        }
        #expect(vectors.contains { $0.cosine(vectors[0]) > 0 && $0.cosine(vectors[0]) < 1 }, "some pairs share only some words")
    }
}

