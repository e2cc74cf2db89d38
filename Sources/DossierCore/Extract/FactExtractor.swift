import Foundation

/// The extract stage: from the paragraphs assigned to a topic, the statements (clustered across
/// articles), figures, dated events and quotes that a briefing is composed from.
public struct FactExtractor: Sendable {
    public let registry: EntityRegistry
    public let articles: [String: Article]
    let dates = DateResolver()
    let figures = FigureExtractor()

    public init(registry: EntityRegistry, articles: [String: Article]) {
        self.registry = registry
        self.articles = articles
    }

    public func extract(topic: Topic, assignment: TopicAssignment) -> TopicFacts {
        let paragraphs = assignment.paragraphs(for: topic.slug)
        var statements: [Statement] = []
        var quotes: [AttributedQuote] = []
        var entities: [String: [SourceRef]] = [:]
        var positions: [String: Int] = [:]

        var articleMentions: [String: [Mention]] = [:]
        for paragraph in paragraphs {
            guard let article = articles[paragraph.article], article.blocks.indices.contains(paragraph.block) else { continue }
            let block = article.blocks[paragraph.block]
            let source = SourceRef(article: article.slug, block: paragraph.block)
            let inQuote = article.quotes.contains { $0.blockIndexes.dropFirst().contains(paragraph.block) }
            // The whole article is one section, so "Cooper" is found after "Yvette Cooper".
            let mentions = articleMentions[article.slug] ?? registry.finder.mentions(in: article.blocks.map(\.text))
            articleMentions[article.slug] = mentions
            let blockMentions = mentions.filter { $0.run == paragraph.block }
            var cursor = 0
            for sentence in SentenceSplitter.sentences(block.text) {
                let position = positions[article.slug, default: article.blocks[..<paragraph.block].reduce(0) { $0 + SentenceSplitter.sentences($1.text).count }]
                positions[article.slug] = position + 1
                let start = Self.byteOffset(of: sentence, in: block.text, from: cursor)
                let span = start..<(start + sentence.utf8.count)
                cursor = span.upperBound
                let named = Set(blockMentions.filter { span.contains($0.range.lowerBound) }.map(\.entityID))
                statements.append(Statement(text: sentence, source: source, published: article.published, position: position,
                                            isQuotation: inQuote || Self.isQuotation(sentence),
                                            entities: named.union(roleHolders(in: sentence, on: article.published))))
            }
            for mention in blockMentions where entities[mention.entityID]?.last != source {
                entities[mention.entityID, default: []].append(source)
            }
            quotes += QuoteAttributor(registry: registry).attribute(article).filter { $0.source == source }
        }

        let points = StatementClusterer().cluster(statements.filter { !$0.isQuotation })
        return TopicFacts(topic: topic.slug, statements: statements, points: points, figures: extractFigures(statements),
                          events: extractEvents(statements, topic: topic.slug), quotes: quotes, entities: entities)
    }

    static func byteOffset(of sentence: String, in text: String, from cursor: Int) -> Int {
        let bytes = Array(text.utf8), needle = Array(sentence.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return cursor }
        var index = min(cursor, bytes.count)
        while index + needle.count <= bytes.count {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return cursor
    }

    /// People a sentence names by a dated role title alone ("the Home Secretary"), resolved
    /// to whoever the registry says held it on that date. "shadow home secretary" is not it.
    func roleHolders(in sentence: String, on date: Day?) -> Set<String> {
        guard let date else { return [] }
        let lower = PhraseSearch.fold(sentence)
        var holders = Set<String>()
        for person in registry.people.values {
            for role in person.roles where role.from != nil || role.until != nil {
                guard (role.from.map { $0 <= date } ?? true), (role.until.map { date <= $0 } ?? true) else { continue }
                let title = PhraseSearch.fold(role.title)
                guard PhraseSearch(sentence).contains(role.title), !lower.contains("shadow " + title), !lower.contains("former " + title) else { continue }
                holders.insert(person.slug)
            }
        }
        return holders
    }

    /// A sentence that is someone's words rather than the reporter's.
    static func isQuotation(_ sentence: String) -> Bool {
        guard let first = sentence.first else { return false }
        return "“\"‘".contains(first)
    }

    func extractFigures(_ statements: [Statement]) -> [Figure] {
        var result: [Figure] = []
        // A sentence with no date of its own is dated by the paragraph's earlier sentence
        // ("In March a total of 169 children … 129 cases compared to 18 CSE").
        var paragraphDate: (source: SourceRef, date: FuzzyDate)?
        for statement in statements where !statement.isQuotation {
            let own = dates.find(in: statement.text, published: statement.published).first?.date
            if let own { paragraphDate = (statement.source, own) }
            let inherited = paragraphDate?.source == statement.source ? paragraphDate?.date : nil
            let asOf = own ?? inherited ?? statement.published.map { FuzzyDate(day: $0, precision: .day) }
            for found in figures.find(in: statement.text) {
                if let index = result.firstIndex(where: { $0.phrase.lowercased() == found.phrase.lowercased() }) {
                    if !result[index].sources.contains(where: { $0.article == statement.source.article }) { result[index].sources.append(statement.source) }
                } else {
                    result.append(Figure(value: found.value, counts: found.counts, phrase: found.phrase, sentence: statement.text,
                                         sources: [statement.source], asOf: asOf))
                }
            }
        }
        return result
    }

    func publishedWithin(_ sources: [SourceRef], days: Int) -> Bool {
        let dates = sources.compactMap { articles[$0.article]?.published?.daysSinceEpoch }
        guard let first = dates.min(), let last = dates.max() else { return true }
        return last - first <= days
    }

    /// Sentences that carry a date, plus each article's opening news (dated by publication).
    func extractEvents(_ statements: [Statement], topic: String) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for statement in statements where !statement.isQuotation || statement.text.contains(" said") {
            if let date = dates.find(in: statement.text, published: statement.published).first(where: { $0.date.precision != .year })?.date {
                events.append(TimelineEvent(date: date, text: statement.text, sources: [statement.source], topic: topic))
            } else if statement.position < 2, !statement.isQuotation, let published = statement.published,
                      let month = Day(year: published.year, month: published.month, day: 1) {
                events.append(TimelineEvent(date: FuzzyDate(day: month, precision: .month), text: statement.text, sources: [statement.source], topic: topic))
            }
        }
        // The same event told by several articles becomes one entry with several sources.
        var merged: [TimelineEvent] = []
        let clusterer = StatementClusterer(threshold: 0.3, maximumDaysApart: 10)
        for event in events {
            if let index = merged.firstIndex(where: { other in
                other.date.text == event.date.text && !other.sources.contains { $0.article == event.sources[0].article }
                    && publishedWithin(other.sources + event.sources, days: clusterer.maximumDaysApart)
                    && StatementClusterer.cosine(Dictionary(StatementClusterer.terms(other.text).map { ($0, 1.0) }, uniquingKeysWith: +),
                                                 Dictionary(StatementClusterer.terms(event.text).map { ($0, 1.0) }, uniquingKeysWith: +)) >= clusterer.threshold
            }) {
                merged[index].sources += event.sources
            } else {
                merged.append(event)
            }
        }
        return merged.sorted { ($0.date.day, $0.sources[0]) < ($1.date.day, $1.sources[0]) }
    }
}
