import Foundation

/// `site/data/`: the dossier as open data for analysts. Built from the same values as the
/// pages; removed text is never included (it can hold reader comments), only where it was
/// and which rule removed it.
///
/// What the files say of an article depends on that article alone, so each article's part is
/// encoded on its own, and `serve` keeps it while the article's records are unchanged: at
/// N = 10,000 the three files are 79 MB, and writing them was a fifth of a rebuild.
struct OpenDataFiles {
    let dossier: Dossier
    let mentions: [EntityMention]
    /// Each article's encoded parts from an earlier build of this process (`serve`).
    var memory: Memory?

    final class Memory: Sendable {
        let articles = StepMemo<Never?, ArticleRecord, [UInt8]>("open-data-articles")
        let classification = StepMemo<Never?, [ParagraphAssignment], [UInt8]>("open-data-classification")
        let mentions = StepMemo<Never?, MentionRun, [EncodedMentions]>("open-data-mentions")
    }

    func add(to jobs: inout PageJobs) {
        // What a kept part may be for: the articles that are gone are forgotten.
        let slugs = memory == nil ? [] : Set(dossier.articles.map(\.slug))
        jobs.addLarge("data/articles.json") { sink in
            Self.write(to: sink) { json in
                for record in articles() {
                    json.elements(encoded: Self.output(memory?.articles, record.slug, record) {
                        JSONWriter.encodedElements(depth: 1) { record.write(to: &$0) }
                    })
                }
            }
            memory?.articles.keep(only: slugs)
        }
        jobs.addLarge("data/entities.json") { sink in
            Self.write(to: sink) { json in
                for entity in entities() { entity.write(to: &json) }
            }
            memory?.mentions.keep(only: slugs)
        }
        jobs.addLarge("data/classification.json") { sink in
            Self.write(to: sink) { json in
                for run in dossier.assignment.paragraphs.runs(by: \.article) {
                    json.elements(encoded: Self.output(memory?.classification, run[run.startIndex].article, Array(run)) {
                        JSONWriter.encodedElements(depth: 1) { json in
                            for paragraph in run { ClassificationRecord(paragraph).write(to: &json) }
                        }
                    })
                }
            }
            memory?.classification.keep(only: slugs)
        }
    }

    private static func output<Input: Equatable & CacheEncodable>(_ memo: StepMemo<Never?, Input, [UInt8]>?, _ slug: String, _ input: Input,
                                                 _ make: () -> [UInt8]) -> [UInt8] {
        memo?.output(slug, for: input, make) ?? make()
    }

    struct ArticleRecord: Codable, Equatable {
        struct RemovedBlock: Codable, Equatable {
            var lines: String
            var rule: String
        }

        var slug: String
        var file: String
        var title: String
        var source: String?
        var author: String?
        var published: String?
        var url: String?
        var topics: [String]
        var paragraphs: Int
        var quotes: [QuoteRecord]
        var removed: [RemovedBlock]
    }

    struct QuoteRecord: Codable, Equatable {
        var speaker: String?
        var paragraphs: [Int]
    }

    func articles() -> [ArticleRecord] {
        dossier.articles.map { article in
            ArticleRecord(slug: article.slug, file: article.path, title: article.title, source: article.source, author: article.author,
                          published: article.published?.iso, url: article.url, topics: dossier.assignment.topics(for: article.slug),
                          paragraphs: article.blocks.count,
                          quotes: article.quotes.map { QuoteRecord(speaker: $0.speaker, paragraphs: $0.blockIndexes.map { $0 + 1 }) },
                          removed: article.removals.filter { $0.rule != .blank }.map {
                              ArticleRecord.RemovedBlock(lines: $0.lines.count == 1 ? "\($0.lines.lowerBound)" : "\($0.lines.lowerBound)-\($0.lines.upperBound)",
                                           rule: $0.rule.rawValue)
                          })
        }
    }

    struct EntityRecord: Codable {
        struct RoleRecord: Codable {
            var title: String
            var organisation: String?
            var from: String?
            var until: String?
        }

        struct MentionRecord: Codable {
            var article: String?
            var briefing: String?
            var paragraph: Int
            /// Character offsets (Unicode extended grapheme clusters) within the paragraph's text.
            var start: Int
            var end: Int
            var surface: String
        }

        var id: String
        var kind: String
        var name: String
        var aliases: [String]
        var roles: [RoleRecord]?
        var organisationKind: String?
        var parent: String?
        var mentions: [MentionRecord]
    }

    /// One article's mentions of one entity, as elements of the entity's "mentions" array.
    struct EncodedMentions: Sendable {
        var entityID: String
        var encoded: [UInt8]
    }

    /// What an article's mention records are made from: its mentions, and its paragraphs for
    /// their character offsets (the whole article, whose digest is made already).
    struct MentionRun: Equatable {
        var article: Article?
        var mentions: [EntityMention]
    }

    /// An entity's record with its mentions already encoded, article by article.
    struct EntityEntry {
        var record: EntityRecord
        var mentions: [[UInt8]]

        func write(to json: inout JSONWriter) {
            record.write(to: &json) { json in
                for part in mentions { json.elements(encoded: part) }
            }
        }
    }

    /// Made one at a time as the file is written: holding every record, and a copy of every
    /// mention grouped by entity, was 60 MB at N = 10,000.
    func entities() -> some Sequence<EntityEntry> {
        let articles = Dictionary(dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var byEntity: [String: [[UInt8]]] = [:]
        // Briefings quote the articles; the article mention is the primary record.
        for run in mentions.runs(by: \.source) {
            guard case .article(let slug) = run[run.startIndex].source else { continue }
            let input = MentionRun(article: articles[slug], mentions: Array(run))
            let parts = memory?.mentions.output(slug, for: input) { Self.encodedMentions(input) } ?? Self.encodedMentions(input)
            for part in parts { byEntity[part.entityID, default: []].append(part.encoded) }
        }
        let entities = (dossier.content.people.map { (id: $0.slug, person: Optional($0), organisation: Organisation?.none) }
            + dossier.content.organisations.map { (id: $0.slug, person: nil, organisation: Optional($0)) }).sorted { $0.id < $1.id }
        return entities.lazy.map { entity in
            let mentions = byEntity[entity.id] ?? []
            if let person = entity.person {
                return EntityEntry(record: EntityRecord(id: person.slug, kind: "person", name: person.name, aliases: person.aliases,
                                                        roles: person.roles.map { .init(title: $0.title, organisation: $0.organisation, from: $0.from?.iso, until: $0.until?.iso) },
                                                        organisationKind: nil, parent: nil, mentions: []),
                                   mentions: mentions)
            }
            let organisation = entity.organisation!
            return EntityEntry(record: EntityRecord(id: organisation.slug, kind: "organisation", name: organisation.name, aliases: organisation.aliases,
                                                    roles: nil, organisationKind: organisation.kind, parent: organisation.parent, mentions: []),
                               mentions: mentions)
        }
    }

    /// One article's mention records, each entity's in the article's order, encoded at their
    /// depth in the file (in the array, in an entity, in its mentions).
    static func encodedMentions(_ run: MentionRun) -> [EncodedMentions] {
        guard let blocks = run.article?.blocks else { return [] }
        // Character offsets of every mention's bounds, in one walk over each paragraph: counting
        // from the paragraph's start for each mention was quadratic in a long paragraph (a
        // 400 KB one-line article spent 4 of its 7 seconds here).
        var bounds: [Int: Set<Int>] = [:]
        for mention in run.mentions {
            bounds[mention.mention.block, default: []].formUnion([mention.mention.range.lowerBound, mention.mention.range.upperBound])
        }
        var characterOffsets: [Int: [Int: Int]] = [:]
        for (block, offsets) in bounds {
            guard let text = blocks[safe: block]?.text else { continue }
            characterOffsets[block] = Self.characterOffsets(of: offsets, in: text)
        }
        var records: [(entityID: String, records: [EntityRecord.MentionRecord])] = []
        var position: [String: Int] = [:]
        for mention in run.mentions {
            guard case .article(let slug) = mention.source, blocks[safe: mention.mention.block] != nil else { continue }
            let offsets = characterOffsets[mention.mention.block] ?? [:]
            let range = mention.mention.range
            // A range outside the paragraph has no offsets: (0, 0), as before.
            let (start, end) = offsets[range.lowerBound].flatMap { start in offsets[range.upperBound].map { (start, $0) } } ?? (0, 0)
            let record = EntityRecord.MentionRecord(article: slug, briefing: nil, paragraph: mention.mention.block + 1, start: start, end: end,
                                                    surface: mention.mention.surface)
            if let index = position[mention.entityID] {
                records[index].records.append(record)
            } else {
                position[mention.entityID] = records.count
                records.append((mention.entityID, [record]))
            }
        }
        return records.map { entity in
            EncodedMentions(entityID: entity.entityID, encoded: JSONWriter.encodedElements(depth: 3) { json in
                for record in entity.records { record.write(to: &json) }
            })
        }
    }

    struct ClassificationRecord: Codable {
        var article: String
        var paragraph: Int
        var topic: String
        var score: Int
        var matched: [String]
        var reason: String

        init(article: String, paragraph: Int, topic: String, score: Int, matched: [String], reason: String) {
            (self.article, self.paragraph, self.topic, self.score, self.matched, self.reason) = (article, paragraph, topic, score, matched, reason)
        }

        init(_ paragraph: ParagraphAssignment) {
            self.init(article: paragraph.article, paragraph: paragraph.block + 1, topic: paragraph.topic, score: paragraph.score,
                      matched: paragraph.matched, reason: paragraph.reason.rawValue)
        }
    }

    /// Character offsets (grapheme clusters from the start) for UTF-8 byte offsets of the text,
    /// found in one pass. A byte offset past the end has none.
    static func characterOffsets(of byteOffsets: Set<Int>, in text: String) -> [Int: Int] {
        let utf8 = text.utf8
        var offsets: [Int: Int] = [:]
        var previous = text.startIndex
        var characters = 0
        for byteOffset in byteOffsets.sorted() where byteOffset >= 0 {
            guard let index = utf8.index(utf8.startIndex, offsetBy: byteOffset, limitedBy: utf8.endIndex) else { break }
            characters += text.distance(from: previous, to: index)
            previous = index
            offsets[byteOffset] = characters
        }
        return offsets
    }

    /// One pretty-printed array, as `JSONEncoder` would lay it out with sorted keys (a test
    /// holds the two side by side).
    static func write(to sink: @escaping ByteSink, _ elements: (inout JSONWriter) -> Void) {
        var writer = JSONWriter(sink)
        writer.array(elements)
        writer.finish()
    }

    static func json<Record: JSONRecord>(_ records: some Sequence<Record>) -> Data {
        Data(collecting: { sink in write(to: sink) { json in records.forEach { $0.write(to: &json) } } })
    }
}

/// A record of the open data files, written member by member in sorted key order. Each is also
/// `Codable`, which the tests use to check the layout against `JSONEncoder`.
protocol JSONRecord: Codable {
    func write(to json: inout JSONWriter)
}

extension OpenDataFiles.ArticleRecord: JSONRecord {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("author", author)
            json.member("file", file)
            json.key("paragraphs"); json.int(paragraphs)
            json.member("published", published)
            json.key("quotes")
            json.array(quotes) { json, quote in
                json.object { json in
                    json.key("paragraphs"); json.array(quote.paragraphs) { $0.int($1) }
                    json.member("speaker", quote.speaker)
                }
            }
            json.key("removed")
            json.array(removed) { json, block in
                json.object { json in
                    json.member("lines", block.lines)
                    json.member("rule", block.rule)
                }
            }
            json.member("slug", slug)
            json.member("source", source)
            json.member("title", title)
            json.key("topics"); json.strings(topics)
            json.member("url", url)
        }
    }
}

extension OpenDataFiles.EntityRecord: JSONRecord {
    func write(to json: inout JSONWriter) {
        write(to: &json) { json in
            for mention in mentions { mention.write(to: &json) }
        }
    }

    /// `writeMentions` writes the elements of its "mentions" array.
    func write(to json: inout JSONWriter, mentions writeMentions: (inout JSONWriter) -> Void) {
        json.object { json in
            json.key("aliases"); json.strings(aliases)
            json.member("id", id)
            json.member("kind", kind)
            json.key("mentions")
            json.array(writeMentions)
            json.member("name", name)
            json.member("organisationKind", organisationKind)
            json.member("parent", parent)
            if let roles {
                json.key("roles")
                json.array(roles) { json, role in
                    json.object { json in
                        json.member("from", role.from)
                        json.member("organisation", role.organisation)
                        json.member("title", role.title)
                        json.member("until", role.until)
                    }
                }
            }
        }
    }
}

extension OpenDataFiles.EntityRecord.MentionRecord {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("article", article)
            json.member("briefing", briefing)
            json.key("end"); json.int(end)
            json.key("paragraph"); json.int(paragraph)
            json.key("start"); json.int(start)
            json.member("surface", surface)
        }
    }
}

extension OpenDataFiles.ClassificationRecord: JSONRecord {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("article", article)
            json.key("matched"); json.strings(matched)
            json.key("paragraph"); json.int(paragraph)
            json.member("reason", reason)
            json.key("score"); json.int(score)
            json.member("topic", topic)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

extension Collection {
    /// The elements as runs of neighbours with the same key, in order.
    func runs<Key: Equatable>(by key: (Element) -> Key) -> [SubSequence] {
        var runs: [SubSequence] = []
        var start = startIndex
        while start != endIndex {
            let first = key(self[start])
            let end = self[start...].firstIndex { key($0) != first } ?? endIndex
            runs.append(self[start..<end])
            start = end
        }
        return runs
    }
}
