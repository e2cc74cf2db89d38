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

    /// Every topic's facts. Each article is analysed once, in parallel, whatever the number of
    /// topics it feeds.
    public func extract(topics: [Topic], assignment: TopicAssignment) -> [TopicFacts] {
        let used = Set(assignment.paragraphs.map(\.article))
        let roles = DatedRoles(registry: registry)
        let registry = self.registry
        let analysed = articles.values.filter { used.contains($0.slug) }.sorted { $0.slug < $1.slug }
        let analyses = Dictionary(uniqueKeysWithValues: zip(analysed.map(\.slug),
                                                            analysed.parallelMap { ArticleAnalysis($0, registry: registry, roles: roles) }))
        let byTopic = Dictionary(grouping: assignment.paragraphs, by: \.topic)
        return topics.map { facts(for: $0, paragraphs: byTopic[$0.slug] ?? [], analyses: analyses) }
    }

    func facts(for topic: Topic, paragraphs: [ParagraphAssignment], analyses: [String: ArticleAnalysis]) -> TopicFacts {
        var statements: [Statement] = []
        var quotes: [AttributedQuote] = []
        var entities: [String: [SourceRef]] = [:]
        for paragraph in paragraphs {
            guard let article = articles[paragraph.article], let analysis = analyses[article.slug],
                  analysis.sentencesByBlock.indices.contains(paragraph.block) else { continue }
            let source = SourceRef(article: article.slug, block: paragraph.block)
            for sentence in analysis.sentencesByBlock[paragraph.block] {
                statements.append(Statement(text: sentence.text, source: source, published: article.published, position: sentence.position,
                                            isQuotation: sentence.isQuotation, entities: sentence.entities))
            }
            for mention in analysis.mentionsByBlock[paragraph.block] where entities[mention.entityID]?.last != source {
                entities[mention.entityID, default: []].append(source)
            }
            quotes += analysis.quotes.filter { $0.source == source }
        }
        let points = StatementClusterer().cluster(statements.filter { !$0.isQuotation })
        return TopicFacts(topic: topic.slug, statements: statements, points: points, figures: extractFigures(statements),
                          events: extractEvents(statements, topic: topic.slug), quotes: quotes, entities: entities)
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
        for statement in statements where !statement.isQuotation || TextScan.contains(statement.text, " said") {
            if let date = dates.find(in: statement.text, published: statement.published).first(where: { $0.date.precision != .year })?.date {
                events.append(TimelineEvent(date: date, text: statement.text, sources: [statement.source], topic: topic))
            } else if statement.position < 2, !statement.isQuotation, let published = statement.published,
                      let month = Day(year: published.year, month: published.month, day: 1) {
                events.append(TimelineEvent(date: FuzzyDate(day: month, precision: .month), text: statement.text, sources: [statement.source], topic: topic))
            }
        }
        // The same event told by several articles becomes one entry with several sources. Only
        // events on the same date can be the same event; each text's words are counted once.
        var merged: [TimelineEvent] = []
        var vectors: [[String: Double]] = []
        var byDate: [String: [Int]] = [:]
        let clusterer = StatementClusterer(threshold: 0.3, maximumDaysApart: 10)
        for event in events {
            let vector = Dictionary(StatementClusterer.terms(event.text).map { ($0, 1.0) }, uniquingKeysWith: +)
            let sameDay = byDate[event.date.text] ?? []
            if let index = sameDay.first(where: { index in
                !merged[index].sources.contains { $0.article == event.sources[0].article }
                    && publishedWithin(merged[index].sources + event.sources, days: clusterer.maximumDaysApart)
                    && StatementClusterer.cosine(vectors[index], vector) >= clusterer.threshold
            }) {
                merged[index].sources += event.sources
            } else {
                byDate[event.date.text, default: []].append(merged.count)
                merged.append(event)
                vectors.append(vector)
            }
        }
        return merged.sorted { ($0.date.day, $0.sources[0]) < ($1.date.day, $1.sources[0]) }
    }
}
