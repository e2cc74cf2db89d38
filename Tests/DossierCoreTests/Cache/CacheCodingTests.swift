import Foundation
import Testing
@testable import DossierCore

/// The build cache writes each value field by field, by hand: a field left out would be lost
/// on the way back, and a field read out of turn would shift every one after it.
@Suite struct CacheCodingTests {
    /// The repository's dossier, processed, with one of each value the cache writes.
    struct Samples {
        let dossier: Dossier
        let article: Article
        let analysis: ArticleAnalysis
        let rendered: RenderedArticle

        init() throws {
            var settings = BuildSettings(contentDirectory: Fixtures.repository.appendingPathComponent("content"),
                                         templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                         outputDirectory: URL(fileURLWithPath: "/nonexistent"))
            settings.today = nil
            dossier = try SiteBuilder(settings: settings).process()
            // The Stoke article has quotes, dates, figures and mentions of every form.
            article = try #require(dossier.articles.first { $0.slug.contains("stoke") })
            analysis = ArticleAnalysis(article, registry: dossier.registry, roles: DatedRoles(registry: dossier.registry),
                                       usedBlocks: Set(article.blocks.indices))
            rendered = ContentRenderer(markdown: MarkdownRenderer(allowRawHTML: false), linker: EntityLinker(registry: dossier.registry)).render(article)
        }
    }

    func expectWritesEveryField(_ value: some CacheEncodable, sourceLocation: SourceLocation = #_sourceLocation) {
        var writer = CacheWriter()
        value.encode(to: &writer)
        let stored = Mirror(reflecting: value).children.count
        #expect(writer.lastFieldCount == stored, "\(type(of: value)) writes \(writer.lastFieldCount) of its \(stored) stored properties",
                sourceLocation: sourceLocation)
    }

    @Test func everyCachedValueWritesEachOfItsStoredProperties() throws {
        let samples = try Samples()
        let article = samples.article, content = samples.dossier.content
        let briefing = try #require(samples.dossier.briefings.first { !$0.events.isEmpty && !$0.figures.isEmpty })
        let figure = try #require(briefing.figures.first { $0.asOf != nil })
        let source = ArticleSource(slug: "a", path: "content/articles/a.md", keyLines: ["title": 2], title: "A", source: "Stoke Sentinel", author: "B",
                                   published: Day(iso: "2025-06-26"), url: "https://example.org/a", topics: ["stoke-panel"], excludedTopics: ["x"],
                                   draft: false, body: "Text.", bodyFirstLine: 7)
        let warning = Diagnostic(.warning, "content/articles/a.md", line: 3, column: 4, "message", hint: "hint", sourceLine: "line")
        let person = try #require(content.people.first { !$0.roles.isEmpty })
        let topic = try #require(content.topics.first { !$0.rules.phrases.isEmpty })
        let mention = try #require(samples.analysis.mentionsByBlock.joined().first)
        let entityMention = try #require(samples.rendered.mentions.first)
        let quote = try #require(samples.analysis.quotes.first)
        let registry = BuildMemory.RegistryInputs(people: content.people, organisations: content.organisations)
        let assignment = try #require(samples.dossier.assignment.paragraphs.first)
        let sentence = try #require(samples.analysis.sentencesByBlock.joined().first { !$0.dates.isEmpty && !$0.entities.isEmpty && !$0.terms.isEmpty })

        expectWritesEveryField(ContentLoader.LoadedArticle(article: source, diagnostics: [warning]))
        expectWritesEveryField(ArticleIngester.IngestedArticle(article: article, diagnostics: [warning]))
        expectWritesEveryField(source)
        expectWritesEveryField(article)
        expectWritesEveryField(try #require(article.blocks.first))
        expectWritesEveryField(try #require(article.removals.first))
        expectWritesEveryField(try #require(article.quotes.first))
        expectWritesEveryField(try #require(article.published))
        expectWritesEveryField(warning)
        expectWritesEveryField(assignment)
        expectWritesEveryField(samples.analysis)
        expectWritesEveryField(sentence)
        expectWritesEveryField(try #require(sentence.dates.first))
        expectWritesEveryField(try #require(sentence.dates.first?.date))
        expectWritesEveryField(try #require(samples.analysis.sentencesByBlock.joined().lazy.compactMap(\.figures.first).first))
        expectWritesEveryField(mention)
        expectWritesEveryField(try #require(quote.source as SourceRef?))
        expectWritesEveryField(quote)
        expectWritesEveryField(samples.rendered)
        expectWritesEveryField(entityMention)
        expectWritesEveryField(entityMention.mention)
        expectWritesEveryField(briefing)
        expectWritesEveryField(try #require(briefing.events.first))
        expectWritesEveryField(figure)
        expectWritesEveryField(OpenDataFiles.EncodedMentions(entityID: "x", encoded: [1, 2]))
        expectWritesEveryField(try #require(FileStamp(Fixtures.repository.appendingPathComponent("Package.swift").path)))
        expectWritesEveryField(BuildMemory.AnalysisInput(article: article, usedBlocks: [1]))
        expectWritesEveryField(BuildMemory.MentionSentences(marked: ["CSE"], sentences: ["s"]))
        let input = FactExtractor.TopicInput(topic: topic, paragraphs: [assignment],
                                             articles: [FactExtractor.TopicSource(article, digests: samples.analysis.blockDigests, blocks: [0, 1])])
        expectWritesEveryField(input)
        expectWritesEveryField(try #require(input.articles.first))
        let record = OpenDataFiles.ArticleRecord(slug: "a", file: "f", title: "t", source: "s", author: "a", published: "2025-01-01", url: "u", topics: ["t"],
                                                 paragraphs: 2, quotes: [.init(speaker: "s", paragraphs: [1])], removed: [.init(lines: "1-2", rule: "advert")])
        expectWritesEveryField(record)
        expectWritesEveryField(record.quotes[0])
        expectWritesEveryField(record.removed[0])
        expectWritesEveryField(OpenDataFiles.MentionRun(article: article, mentions: [entityMention]))
        expectWritesEveryField(topic)
        expectWritesEveryField(topic.rules)
        expectWritesEveryField(topic.rules.phrases[0])
        expectWritesEveryField(person)
        expectWritesEveryField(person.roles[0])
        expectWritesEveryField(try #require(content.organisations.first))
        let policy = SafeguardingPolicy(withheld: [.init(phrase: "p", mode: .redact, line: 2)], language: [.init(avoid: "a", prefer: "b", note: "n", review: true)])
        expectWritesEveryField(policy)
        expectWritesEveryField(policy.withheld[0])
        expectWritesEveryField(policy.language[0])
        expectWritesEveryField(try #require(content.glossary.first))
        expectWritesEveryField(registry)
        expectWritesEveryField(BuildMemory.BriefingInputs(registry: registry, allowRawHTML: false))
        expectWritesEveryField(BuildMemory.RenderInputs(registry: registry, allowRawHTML: false, linkEveryMention: true, glossary: content.glossary))
        expectWritesEveryField(StepCache.Entry(input: PageKey(high: 1, low: 2), offset: 3, length: 4, checksum: PageKey(high: 5, low: 6)))
        expectWritesEveryField(StepCache.Index())
    }

    func roundTrip<Value: CacheCodable>(_ value: Value) throws -> (Value, [UInt8]) {
        var writer = CacheWriter()
        value.encode(to: &writer)
        let decoded = try writer.bytes.withUnsafeBytes { buffer in
            var reader = CacheReader(buffer)
            let decoded = try reader.read(Value.self)
            #expect(reader.isAtEnd)
            return decoded
        }
        return (decoded, writer.bytes)
    }

    /// Decoded, the value has the digest it had: the reader reads every field the writer wrote,
    /// in its order. (Its bytes written again may differ: a set is written in the order it has.)
    func expectReadsBack<Value: CacheCodable>(_ value: Value, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (decoded, _) = try roundTrip(value)
        #expect(CacheWriter.digest(of: decoded) == CacheWriter.digest(of: value), "\(Value.self) reads back differently", sourceLocation: sourceLocation)
    }

    @Test func valuesReadBackAsTheyWereWritten() throws {
        let samples = try Samples()
        for article in samples.dossier.articles {
            #expect(try roundTrip(article).0 == article)
        }
        try expectReadsBack(samples.analysis)
        try expectReadsBack(samples.rendered)
        for briefing in samples.dossier.briefings { try expectReadsBack(briefing) }
        #expect(try roundTrip(samples.dossier.assignment.paragraphs).0 == samples.dossier.assignment.paragraphs)
        #expect(try roundTrip(samples.dossier.quotes).0 == samples.dossier.quotes)
        let numbers = [0, 1, -1, 63, -64, 64, 1 << 40, -(1 << 40), Int.max, Int.min]
        #expect(try roundTrip(numbers).0 == numbers)
        let bytes: [UInt8] = [0, 255, 10, 13]
        #expect(try roundTrip(bytes).0 == bytes)
        let text = ["", "café – “quoted” 👩‍👧", String(repeating: "x", count: 100_000)]
        #expect(try roundTrip(text).0 == text)
        let keyLines = ["title": 2, "published": 3]
        #expect(try roundTrip(keyLines).0 == keyLines)
    }

    /// The steps after ingest key their results by each article's digest, made once at ingest:
    /// it must still describe the article as the build holds it, and come back from the cache.
    @Test func anIngestedArticlesDigestIsTheDigestOfItsFields() throws {
        let samples = try Samples()
        for article in samples.dossier.articles {
            let made = try #require(article.digest.key, "\(article.slug) has no digest")
            #expect(ArticleDigest.made(for: article).key == made, "\(article.slug) changed after its digest was made")
            #expect(try roundTrip(article).0.digest.key == made)
            #expect(CacheWriter.digest(of: article) == CacheWriter.digest(of: made), "a step's key reads the article's digest, not its text")
            var edited = article
            edited.blocks[0].text += " One more sentence."
            #expect(ArticleDigest.made(for: edited).key != made)
        }
    }

    /// A digest must be the same in every process: sets and dictionaries, whose order changes
    /// from one process to the next, are written in order.
    @Test func digestsDependOnValuesNotOnTheOrderOfSetsAndDictionaries() {
        var forwards = Set<String>(), backwards = Set<String>()
        let words = (0..<200).map { "word\($0)" }
        for word in words { forwards.insert(word) }
        for word in words.reversed() { backwards.insert(word) }
        #expect(CacheWriter.digest(of: forwards) == CacheWriter.digest(of: backwards))
        #expect(CacheWriter.digest(of: forwards) != CacheWriter.digest(of: forwards.subtracting(["word7"])))
        let dictionary = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
        let rebuilt = Dictionary(uniqueKeysWithValues: words.enumerated().reversed().map { ($1, $0) })
        #expect(CacheWriter.digest(of: dictionary) == CacheWriter.digest(of: rebuilt))
        // The same characters split differently are different values.
        #expect(CacheWriter.digest(of: ["ab", "c"]) != CacheWriter.digest(of: ["a", "bc"]))
        #expect(CacheWriter.digest(of: Optional<String>.none) != CacheWriter.digest(of: Optional("")))
    }

    /// A file cut short or changed is reported as corrupt, never read past its end.
    @Test func damagedBytesAreReportedNotReadPastTheirEnd() throws {
        let samples = try Samples()
        var writer = CacheWriter()
        samples.article.encode(to: &writer)
        let bytes = writer.bytes
        for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            let cut = Array(bytes.prefix(length))
            #expect(throws: CacheReader.Corrupt.self) {
                try cut.withUnsafeBytes { buffer in
                    var reader = CacheReader(buffer)
                    _ = try reader.read(Article.self)
                }
            }
        }
        // A count of more elements than the bytes left could hold.
        var huge = CacheWriter()
        huge.writeInt(1 << 60)
        #expect(throws: CacheReader.Corrupt.self) {
            try huge.bytes.withUnsafeBytes { buffer in
                var reader = CacheReader(buffer)
                _ = try reader.read([String].self)
            }
        }
    }
}
