import Foundation

/// `site/data/`: the dossier as open data for analysts. Built from the same values as the
/// pages; removed text is never included (it can hold reader comments), only where it was
/// and which rule removed it.
struct OpenDataFiles {
    let dossier: Dossier
    let mentions: [EntityMention]

    func add(to jobs: inout PageJobs) {
        jobs.addLarge("data/articles.json") { Self.write(articles(), to: $0) }
        jobs.addLarge("data/entities.json") { Self.write(entities(), to: $0) }
        jobs.addLarge("data/classification.json") { Self.write(classification(), to: $0) }
    }

    struct ArticleRecord: Codable {
        struct RemovedBlock: Codable {
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

    struct QuoteRecord: Codable {
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

    /// Made one at a time as the file is written, from each entity's mention numbers: holding
    /// every record, and a copy of every mention grouped by entity, was 60 MB at N = 10,000.
    func entities() -> some Sequence<EntityRecord> {
        let byEntity = Dictionary(grouping: mentions.indices, by: { mentions[$0].entityID })
        let articles = Dictionary(dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        // Character offsets of every mention's bounds, in one walk over each paragraph: counting
        // from the paragraph's start for each mention was quadratic in a long paragraph (a
        // 400 KB one-line article spent 4 of its 7 seconds here).
        var bounds: [String: [Int: Set<Int>]] = [:]
        for mention in mentions {
            guard case .article(let slug) = mention.source else { continue }
            bounds[slug, default: [:]][mention.mention.block, default: []].formUnion([mention.mention.range.lowerBound, mention.mention.range.upperBound])
        }
        var characterOffsets: [String: [Int: [Int: Int]]] = [:]
        for (slug, blocks) in bounds {
            for (block, offsets) in blocks {
                guard let text = articles[slug]?.blocks[safe: block]?.text else { continue }
                characterOffsets[slug, default: [:]][block] = Self.characterOffsets(of: offsets, in: text)
            }
        }
        func record(_ mention: EntityMention) -> EntityRecord.MentionRecord? {
            switch mention.source {
            case .article(let slug):
                guard articles[slug]?.blocks[safe: mention.mention.block] != nil else { return nil }
                let offsets = characterOffsets[slug]?[mention.mention.block] ?? [:]
                let range = mention.mention.range
                // A range outside the paragraph has no offsets: (0, 0), as before.
                let (start, end) = offsets[range.lowerBound].flatMap { start in offsets[range.upperBound].map { (start, $0) } } ?? (0, 0)
                return .init(article: slug, briefing: nil, paragraph: mention.mention.block + 1, start: start, end: end, surface: mention.mention.surface)
            case .briefing:
                return nil  // Briefings quote the articles; the article mention is the primary record.
            }
        }
        func mentionRecords(of id: String) -> [EntityRecord.MentionRecord] {
            (byEntity[id] ?? []).compactMap { record(mentions[$0]) }
        }
        let entities = (dossier.content.people.map { (id: $0.slug, person: Optional($0), organisation: Organisation?.none) }
            + dossier.content.organisations.map { (id: $0.slug, person: nil, organisation: Optional($0)) }).sorted { $0.id < $1.id }
        return entities.lazy.map { entity in
            if let person = entity.person {
                return EntityRecord(id: person.slug, kind: "person", name: person.name, aliases: person.aliases,
                                    roles: person.roles.map { .init(title: $0.title, organisation: $0.organisation, from: $0.from?.iso, until: $0.until?.iso) },
                                    organisationKind: nil, parent: nil, mentions: mentionRecords(of: person.slug))
            }
            let organisation = entity.organisation!
            return EntityRecord(id: organisation.slug, kind: "organisation", name: organisation.name, aliases: organisation.aliases, roles: nil,
                                organisationKind: organisation.kind, parent: organisation.parent, mentions: mentionRecords(of: organisation.slug))
        }
    }

    struct ClassificationRecord: Codable {
        var article: String
        var paragraph: Int
        var topic: String
        var score: Int
        var matched: [String]
        var reason: String
    }

    func classification() -> [ClassificationRecord] {
        dossier.assignment.paragraphs.map {
            ClassificationRecord(article: $0.article, paragraph: $0.block + 1, topic: $0.topic, score: $0.score, matched: $0.matched, reason: $0.reason.rawValue)
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

    /// The records as one pretty-printed array, as `JSONEncoder` would lay it out with sorted
    /// keys (a test holds the two side by side).
    static func write<Record: JSONRecord>(_ records: some Sequence<Record>, to sink: @escaping ByteSink) {
        var writer = JSONWriter(sink)
        writer.array(records) { $1.write(to: &$0) }
        writer.finish()
    }

    static func json<Record: JSONRecord>(_ records: some Sequence<Record>) -> Data {
        Data(collecting: { write(records, to: $0) })
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
        json.object { json in
            json.key("aliases"); json.strings(aliases)
            json.member("id", id)
            json.member("kind", kind)
            json.key("mentions")
            json.array(mentions) { json, mention in
                json.object { json in
                    json.member("article", mention.article)
                    json.member("briefing", mention.briefing)
                    json.key("end"); json.int(mention.end)
                    json.key("paragraph"); json.int(mention.paragraph)
                    json.key("start"); json.int(mention.start)
                    json.member("surface", mention.surface)
                }
            }
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
