import Foundation

// What the build cache writes of each value a step makes, reads or depends on: every stored
// property, in declaration order (a test checks the count against each type's properties).
// Inputs and contexts are only ever digested, so they are encodable only.

// MARK: - Step outputs

extension ContentLoader.LoadedArticle: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, diagnostics) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), diagnostics: try reader.read())
    }
}

extension ArticleIngester.IngestedArticle: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, diagnostics) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), diagnostics: try reader.read())
    }
}

extension ArticleSource: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.fields(slug, path, keyLines, title, source, author, published, url, topics, excludedTopics, draft, body, bodyFirstLine)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(slug: try reader.read(), path: try reader.read(), keyLines: try reader.read(), title: try reader.read(), source: try reader.read(),
                  author: try reader.read(), published: try reader.read(), url: try reader.read(), topics: try reader.read(),
                  excludedTopics: try reader.read(), draft: try reader.read(), body: try reader.read(), bodyFirstLine: try reader.read())
    }
}

extension Article: CacheCodable {
    /// Into a digest, an article with its digest made goes as that digest alone.
    func encode(to writer: inout CacheWriter) {
        if writer.isDigesting, let made = digest.key { return writer.write(made) }
        writer.fields(slug, path, title, source, author, published, url, pinnedTopics, excludedTopics, draft, blocks, removals, quotes, redactions,
                      digest.key)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(slug: try reader.read(), path: try reader.read(), title: try reader.read(), source: try reader.read(), author: try reader.read(),
                  published: try reader.read(), url: try reader.read(), pinnedTopics: try reader.read(), excludedTopics: try reader.read(),
                  draft: try reader.read(), blocks: try reader.read(), removals: try reader.read(), quotes: try reader.read(), redactions: try reader.read())
        digest = ArticleDigest(key: try reader.read())
    }
}

/// An article's digest, made once when it is ingested (and kept with it in the cache): every
/// step after ingest takes the article as its input or part of it, and each hashed its whole
/// text again to key its result, about 7 % of a rebuild after one edit at N = 10,000.
///
/// It is made from the article's other fields, so it never tells two articles apart: equal
/// whatever it holds. Nothing changes an article after ingest; one made in code (a test's)
/// has none, and is hashed field by field.
struct ArticleDigest: Equatable, Sendable {
    var key: PageKey?

    static func == (_: ArticleDigest, _: ArticleDigest) -> Bool { true }

    static func made(for article: Article) -> ArticleDigest {
        var article = article
        article.digest = ArticleDigest()
        return ArticleDigest(key: CacheWriter.digest(of: article))
    }
}

extension ArticleBlock.Kind: CacheCodable {}

extension ArticleBlock: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(kind, text, line) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(kind: try reader.read(), text: try reader.read(), line: try reader.read())
    }
}

extension CleaningRule: CacheCodable {}

extension Removal: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(lines, rule, text) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(lines: try reader.read(), rule: try reader.read(), text: try reader.read())
    }
}

extension Quote: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(text, speaker, speakerName, speakers, blockIndexes) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(text: try reader.read(), speaker: try reader.read(), speakerName: try reader.read(), speakers: try reader.read(),
                  blockIndexes: try reader.read())
    }
}

extension Day: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(year, month, day) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let day = Day(year: try reader.read(), month: try reader.read(), day: try reader.read()) else { throw CacheReader.Corrupt() }
        self = day
    }
}

extension Diagnostic.Severity: CacheCodable {}

extension Diagnostic: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(severity, path, line, column, message, hint, sourceLine) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(try reader.read(), try reader.read(), line: try reader.read(), column: try reader.read(), try reader.read(),
                  hint: try reader.read(), sourceLine: try reader.read())
    }
}

extension ParagraphAssignment.Reason: CacheCodable {}

extension ParagraphAssignment: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, block, topic, score, matched, reason) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), block: try reader.read(), topic: try reader.read(), score: try reader.read(),
                  matched: try reader.read(), reason: try reader.read())
    }
}

extension ArticleAnalysis: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(sentencesByBlock, mentionsByBlock, quotes, blockDigests) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        sentencesByBlock = try reader.read()
        mentionsByBlock = try reader.read()
        quotes = try reader.read()
        blockDigests = try reader.read()
    }
}

extension ArticleAnalysis.Sentence: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(text, position, entities, isQuotation, dates, figures, terms, termIDs) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(text: try reader.read(), position: try reader.read(), entities: try reader.read(), isQuotation: try reader.read(),
                  dates: try reader.read(), figures: try reader.read(), terms: try reader.read(), termIDs: try reader.read())
    }
}

extension DateResolver.Found: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(expression, date) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(expression: try reader.read(), date: try reader.read())
    }
}

extension FuzzyDate.Precision: CacheCodable {}

extension FuzzyDate: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(day, precision, qualifier) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(day: try reader.read(), precision: try reader.read(), qualifier: try reader.read())
    }
}

extension FigureExtractor.Found: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(value, counts, phrase) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(value: try reader.read(), counts: try reader.read(), phrase: try reader.read())
    }
}

extension MentionForm: CacheCodable {}

extension Mention: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(entityID, run, range, surface, form, isPossessive) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(entityID: try reader.read(), run: try reader.read(), range: try reader.read(), surface: try reader.read(),
                  form: try reader.read(), isPossessive: try reader.read())
    }
}

extension SourceRef: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, block) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(article: try reader.read(), block: try reader.read())
    }
}

extension AttributedQuote: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(text, speaker, speakerIDs, source, published) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(text: try reader.read(), speaker: try reader.read(), speakerIDs: try reader.read(), source: try reader.read(),
                  published: try reader.read())
    }
}

extension RenderedArticle: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(title, blocks, mentions) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(title: try reader.read(), blocks: try reader.read(), mentions: try reader.read())
    }
}

extension EntityMention: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(entityID, source, mention) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(entityID: try reader.read(), source: try reader.read(), mention: try reader.read())
    }
}

extension EntityMention.Source: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        switch self {
        case .article(let slug): writer.fields(UInt8(0), slug)
        case .briefing(let slug): writer.fields(UInt8(1), slug)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        switch try reader.readByte() {
        case 0: self = .article(try reader.read())
        case 1: self = .briefing(try reader.read())
        default: throw CacheReader.Corrupt()
        }
    }
}

extension FoundMention: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(entityID, block, surface, range, sentence) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(entityID: try reader.read(), block: try reader.read(), surface: try reader.read(), range: try reader.read(),
                  sentence: try reader.read())
    }
}

extension Briefing: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.fields(topic, title, body, document, published, updated, sources, cited, keyPoints, singleSourcePoints, events, figures)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(topic: try reader.read(), title: try reader.read(), body: try reader.read(), document: try reader.read(),
                  published: try reader.read(), updated: try reader.read(), sources: try reader.read(), cited: try reader.read(),
                  keyPoints: try reader.read(), singleSourcePoints: try reader.read(), events: try reader.read(), figures: try reader.read())
    }
}

extension TimelineEvent: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(date, text, sources, topic) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(date: try reader.read(), text: try reader.read(), sources: try reader.read(), topic: try reader.read())
    }
}

extension Figure: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(value, counts, phrase, sentence, sources, asOf) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(value: try reader.read(), counts: try reader.read(), phrase: try reader.read(), sentence: try reader.read(),
                  sources: try reader.read(), asOf: try reader.read())
    }
}

extension OpenDataFiles.EncodedMentions: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(entityID, encoded) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(entityID: try reader.read(), encoded: try reader.read())
    }
}

// MARK: - Step inputs

extension FileStamp: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(size, modified, changed, UInt64(inode)) }
}

extension timespec: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(Int(tv_sec), Int(tv_nsec)) }
}

extension BuildMemory.AnalysisInput: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, usedBlocks) }
}

extension BuildMemory.MentionSentences: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(marked, sentences) }
}

extension FactExtractor.TopicInput: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(topic, paragraphs, articles) }
}

extension FactExtractor.TopicSource: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(slug, title, source, author, published, paragraphs) }
}

extension OpenDataFiles.ArticleRecord: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(slug, file, title, source, author, published, url, topics, paragraphs, quotes, removed) }
}

extension OpenDataFiles.ArticleRecord.RemovedBlock: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(lines, rule) }
}

extension OpenDataFiles.QuoteRecord: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(speaker, paragraphs) }
}

extension OpenDataFiles.MentionRun: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(article, mentions) }
}

// MARK: - Step contexts

extension Topic: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(slug, path, bodyFirstLine, keyLines, title, order, lede, rules) }
}

extension TopicRules: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(phrases, together, exclude, requires, threshold) }
}

extension TopicRules.WeightedPhrase: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(phrase, weight, needle) }
}

extension Person: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(slug, path, bodyFirstLine, keyLines, name, aliases, roles, description, survivor) }
}

extension Role: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(title, organisation, from, until) }
}

extension Organisation: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(slug, path, bodyFirstLine, keyLines, name, aliases, kind, parent, description) }
}

extension SafeguardingPolicy: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(withheld, language, path) }
}

extension SafeguardingPolicy.Withheld: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(phrase, mode, line) }
}

extension SafeguardingPolicy.Withheld.Mode: CacheEncodable {}

extension SafeguardingPolicy.Term: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(avoid, prefer, note, review) }
}

extension GlossaryEntry: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(term, expansion, definition) }
}

extension BuildMemory.RegistryInputs: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(people, organisations) }
}

extension BuildMemory.BriefingInputs: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(registry, allowRawHTML) }
}

extension BuildMemory.RenderInputs: CacheEncodable {
    func encode(to writer: inout CacheWriter) { writer.fields(registry, allowRawHTML, linkEveryMention, glossary) }
}
