import Foundation

/// The extract stage: from the paragraphs assigned to a topic, the statements (clustered across
/// articles), figures, dated events and quotes that a briefing is composed from.
public struct FactExtractor: Sendable {
    public let registry: EntityRegistry
    public let articles: [String: Article]
    /// Each article's analysis by an earlier build (in this process, or kept on disk).
    var analysisMemo: StepMemo<BuildMemory.RegistryInputs, BuildMemory.AnalysisInput, ArticleAnalysis>?
    /// Each analysis's paragraph digests, kept apart from it: all that tells whether a topic's
    /// briefing still holds, so an article no topic composed again is not decoded from disk.
    var paragraphDigestsMemo: StepMemo<BuildMemory.RegistryInputs, BuildMemory.AnalysisInput, [PageKey]>?

    public init(registry: EntityRegistry, articles: [String: Article]) {
        self.registry = registry
        self.articles = articles
    }

    /// Every topic's facts. Each article is analysed once, in parallel, whatever the number of
    /// topics it feeds; then the topics are worked out in parallel, collected in topic order.
    public func extract(topics: [Topic], assignment: TopicAssignment) -> [TopicFacts] {
        extract(topics: topics, assignment: assignment) { $1 }
    }

    /// What `use` makes of each topic's facts, in topic order. A topic's facts hold every
    /// sentence of its articles: used as each is worked out, they are never all held at once.
    public func extract<Result: Sendable>(topics: [Topic], assignment: TopicAssignment,
                                          _ use: @Sendable (Topic, TopicFacts) -> Result) -> [Result] {
        extract(topics: topics, assignment: assignment, memo: (any ReusableSteps<TopicInput, Result>)?.none, use)
    }

    /// Everything a topic's facts and briefing are made from besides the registry: its own
    /// paragraphs and what it reads of their articles. `serve` takes a topic's briefing again
    /// while these are unchanged, so an edit to a paragraph that feeds one topic composes that
    /// topic alone, though its article feeds others.
    struct TopicInput: Equatable {
        var topic: Topic
        var paragraphs: [ParagraphAssignment]
        /// Each article the paragraphs come from, in order of first use.
        var articles: [TopicSource]
    }

    /// What a topic reads of one of its articles: what its briefing shows of the article, and
    /// the analysis of each paragraph it draws on (its digest), in the topic's order. The
    /// analysis is of the whole article (a sentence's place, a surname named in full earlier),
    /// so any edit that changes what these paragraphs say, or where, changes it.
    struct TopicSource: Equatable {
        var slug: String
        var title: String
        var source: String?
        var author: String?
        var published: Day?
        var paragraphs: [PageKey]

        /// `digests`: the article's analysis's `blockDigests`.
        init(_ article: Article, digests: [PageKey], blocks: [Int]) {
            (slug, title, source, author, published) = (article.slug, article.title, article.source, article.author, article.published)
            paragraphs = blocks.filter(digests.indices.contains).map { digests[$0] }
        }
    }

    /// `extract(topics:assignment:_:)`, taking again what `memo` kept for each topic whose input is unchanged.
    func extract<Result: Sendable>(topics: [Topic], assignment: TopicAssignment, memo: (any ReusableSteps<TopicInput, Result>)?,
                                   _ use: @Sendable (Topic, TopicFacts) -> Result) -> [Result] {
        let usedBlocks = Dictionary(grouping: assignment.paragraphs, by: \.article).mapValues { Set($0.map(\.block)) }
        let byTopic = Dictionary(grouping: assignment.paragraphs, by: \.topic)
        let paragraphsByTopic = topics.map { byTopic[$0.slug] ?? [] }
        // Each topic's articles, in order of first use.
        let slugsByTopic = paragraphsByTopic.map { paragraphs in
            var seen = Set<String>()
            return paragraphs.map(\.article).filter { seen.insert($0).inserted && articles[$0] != nil }
        }
        let roles = DatedRoles(registry: registry)
        let registry = self.registry
        let analysisMemo = self.analysisMemo, paragraphDigestsMemo = self.paragraphDigestsMemo
        // Every topic's articles are looked at (in `serve` and after a build that kept its
        // steps, taken from memory but for an edited one): a topic's input is what they say,
        // by their paragraphs' digests. Without a memo every topic is worked out, and its input
        // is never needed.
        let drawnOn = Set(slugsByTopic.joined()).sorted().compactMap { articles[$0] }
        @Sendable func analyse(_ article: Article) -> ArticleAnalysis {
            ArticleAnalysis(article, registry: registry, roles: roles, usedBlocks: usedBlocks[article.slug] ?? [])
        }
        // Each article's key in the memos (nil without them), its paragraphs' digests, and its
        // analysis if it had to be made.
        var looked = drawnOn.parallelMap { article -> (key: StepKey<BuildMemory.AnalysisInput>?, digests: [PageKey], analysis: ArticleAnalysis?) in
            guard let analysisMemo, let paragraphDigestsMemo else {
                let analysis = analyse(article)
                return (nil, analysis.blockDigests, analysis)
            }
            let key = analysisMemo.key(for: .init(article: article, usedBlocks: usedBlocks[article.slug] ?? []))
            var made: ArticleAnalysis?
            let digests = paragraphDigestsMemo.output(article.path, for: key) {
                made = analysisMemo.output(article.path, for: key) { analyse(article) }
                return made!.blockDigests
            }
            return (key, digests, made)
        }
        let lookups = looked.map { (key: $0.key, digests: $0.digests) }
        // Held here alone, so that numbering their words below does not copy them.
        var made = looked.map(\.analysis)
        looked = []
        var needed = Set(drawnOn.map(\.slug))
        var keys: [StepKey<TopicInput>?] = Array(repeating: nil, count: topics.count)
        if let memo {
            let digests = Dictionary(uniqueKeysWithValues: zip(drawnOn.map(\.slug), lookups.map(\.digests)))
            let checked = Array(topics.indices).parallelMap { index in
                let blocks = Dictionary(grouping: paragraphsByTopic[index], by: \.article).mapValues { $0.map(\.block) }
                let sources = slugsByTopic[index].map { TopicSource(articles[$0]!, digests: digests[$0]!, blocks: blocks[$0]!) }
                let key = memo.key(for: TopicInput(topic: topics[index], paragraphs: paragraphsByTopic[index], articles: sources))
                return (key: key, held: memo.holds(topics[index].slug, for: key))
            }
            keys = checked.map(\.key)
            needed = Set(topics.indices.filter { !checked[$0].held }.flatMap { slugsByTopic[$0] })
        }
        // The analyses the topics to work out need: made above, or taken from the memo. The
        // others are kept for a later edit that needs them.
        let neededIndexes = drawnOn.indices.filter { needed.contains(drawnOn[$0].slug) }
        for index in drawnOn.indices where made[index] == nil && !needed.contains(drawnOn[index].slug) {
            if let key = lookups[index].key { analysisMemo?.carry(drawnOn[index].path, for: key) }
        }
        let toTake = neededIndexes.filter { made[$0] == nil }
        let taken = toTake.parallelMap { index in
            let article = drawnOn[index]
            guard let analysisMemo, let key = lookups[index].key else { return analyse(article) }
            return analysisMemo.output(article.path, for: key) { analyse(article) }
        }
        for (index, analysis) in zip(toTake, taken) { made[index] = analysis }
        let analysed = neededIndexes.map { drawnOn[$0].slug }
        var analyses = neededIndexes.map { made[$0]! }
        made = []
        // Words are numbered as ints once, for every topic: each topic numbers them again in its own order.
        var vocabulary = TermVocabulary()
        for article in analyses.indices {
            for block in analyses[article].sentencesByBlock.indices {
                for sentence in analyses[article].sentencesByBlock[block].indices {
                    analyses[article].sentencesByBlock[block][sentence].termIDs = vocabulary.ids(analyses[article].sentencesByBlock[block][sentence].terms)
                    // Numbered, the words themselves are not needed again (65 MB at N=10,000).
                    analyses[article].sentencesByBlock[block][sentence].terms = []
                }
            }
        }
        let analysesBySlug = Dictionary(uniqueKeysWithValues: zip(analysed, analyses))
        let vocabularySize = vocabulary.count, topicKeys = keys
        return Array(topics.indices).parallelMap { index in
            let topic = topics[index]
            func make() -> Result { use(topic, facts(for: topic, paragraphs: paragraphsByTopic[index], analyses: analysesBySlug, vocabularySize: vocabularySize)) }
            guard let key = topicKeys[index] else { return make() }
            return memo?.output(topic.slug, for: key, make) ?? make()
        }
    }

    func facts(for topic: Topic, paragraphs: [ParagraphAssignment], analyses: [String: ArticleAnalysis], vocabularySize: Int) -> TopicFacts {
        var statements: [Statement] = []
        // The analysis of each statement's sentence, in step with `statements`.
        var sentences: [ArticleAnalysis.Sentence] = []
        // Two topics' statements are held at once, and an array grown by doubling holds up to
        // twice its elements (and both buffers while it grows): counted first, they fit.
        let count = paragraphs.reduce(0) { $0 + (analyses[$1.article]?.sentencesByBlock[safe: $1.block]?.count ?? 0) }
        statements.reserveCapacity(count)
        sentences.reserveCapacity(count)
        var quotes: [AttributedQuote] = []
        var entities: [String: [SourceRef]] = [:]
        for paragraph in paragraphs {
            guard let article = articles[paragraph.article], let analysis = analyses[article.slug],
                  analysis.sentencesByBlock.indices.contains(paragraph.block) else { continue }
            let source = SourceRef(article: article.slug, block: paragraph.block)
            for sentence in analysis.sentencesByBlock[paragraph.block] {
                statements.append(Statement(text: sentence.text, source: source, published: article.published, position: sentence.position,
                                            isQuotation: sentence.isQuotation, entities: sentence.entities))
                sentences.append(sentence)
            }
            for mention in analysis.mentionsByBlock[paragraph.block] where entities[mention.entityID]?.last != source {
                entities[mention.entityID, default: []].append(source)
            }
            quotes += analysis.quotes.filter { $0.source == source }
        }
        // Numbered again in the order the topic first uses each word: similarities are summed in
        // that order, so a topic's facts are the same whatever the rest of the corpus says.
        var numbering = TermRenumbering(vocabularySize: vocabularySize)
        for sentence in sentences { numbering.number(sentence.termIDs) }
        let reporting = statements.indices.filter { !statements[$0].isQuotation }
        let points = StatementClusterer().cluster(reporting.map { statements[$0] }, terms: reporting.map { sentences[$0].termIDs }, numbering: numbering)
        return TopicFacts(topic: topic.slug, statements: statements, points: points, figures: extractFigures(statements, sentences),
                          events: extractEvents(statements, sentences, numbering: numbering, topic: topic.slug), quotes: quotes, entities: entities)
    }

    /// A sentence that is someone's words rather than the reporter's.
    static func isQuotation(_ sentence: String) -> Bool {
        guard let first = sentence.first else { return false }
        return "“\"‘".contains(first)
    }

    func extractFigures(_ statements: [Statement], _ sentences: [ArticleAnalysis.Sentence]) -> [Figure] {
        var result: [Figure] = []
        // Figures are the same figure when their phrases are, whatever the case.
        var indexByPhrase: [String: Int] = [:]
        // Each figure's articles: a phrase thousands of articles share would otherwise be
        // checked against all its sources so far at each one, which grows as their square.
        var articlesByFigure: [Set<String>] = []
        // A sentence with no date of its own is dated by the paragraph's earlier sentence
        // ("In March a total of 169 children … 129 cases compared to 18 CSE").
        var paragraphDate: (source: SourceRef, date: FuzzyDate)?
        for (statement, sentence) in zip(statements, sentences) where !statement.isQuotation {
            let own = sentence.dates.first?.date
            if let own { paragraphDate = (statement.source, own) }
            let inherited = paragraphDate?.source == statement.source ? paragraphDate?.date : nil
            let asOf = own ?? inherited ?? statement.published.map { FuzzyDate(day: $0, precision: .day) }
            for found in sentence.figures {
                let phrase = found.phrase.lowercased()
                if let index = indexByPhrase[phrase] {
                    if articlesByFigure[index].insert(statement.source.article).inserted { result[index].sources.append(statement.source) }
                } else {
                    indexByPhrase[phrase] = result.count
                    articlesByFigure.append([statement.source.article])
                    result.append(Figure(value: found.value, counts: found.counts, phrase: found.phrase, sentence: statement.text,
                                         sources: [statement.source], asOf: asOf))
                }
            }
        }
        return result
    }

    /// Whether sources published over `range`, plus one published on `day`, are all within
    /// `days` of each other (undated sources count as anywhere).
    static func publishedWithin(_ range: ClosedRange<Int>?, _ day: Int?, days: Int) -> Bool {
        guard let range else { return true }
        guard let day else { return range.upperBound - range.lowerBound <= days }
        return max(range.upperBound, day) - min(range.lowerBound, day) <= days
    }

    /// Sentences that carry a date, plus each article's opening news (dated by publication).
    func extractEvents(_ statements: [Statement], _ sentences: [ArticleAnalysis.Sentence], numbering: TermRenumbering, topic: String) -> [TimelineEvent] {
        var events: [(event: TimelineEvent, terms: [TermID])] = []
        for (statement, sentence) in zip(statements, sentences) where !statement.isQuotation || TextScan.contains(statement.text, " said") {
            if let date = sentence.dates.first(where: { $0.date.precision != .year })?.date {
                events.append((TimelineEvent(date: date, text: statement.text, sources: [statement.source], topic: topic), sentence.termIDs))
            } else if statement.position < 2, !statement.isQuotation, let published = statement.published,
                      let month = Day(year: published.year, month: published.month, day: 1) {
                events.append((TimelineEvent(date: FuzzyDate(day: month, precision: .month), text: statement.text, sources: [statement.source], topic: topic),
                               sentence.termIDs))
            }
        }
        // The same event told by several articles becomes one entry with several sources. Only
        // events on the same date can be the same event; each text's words are counted once.
        var merged: [TimelineEvent] = []
        var vectors: [TermVector] = []
        /// Per merged event: the first and last publication days of its sources.
        var published: [ClosedRange<Int>?] = []
        /// Per merged event: its sources' articles (see `articlesByFigure` in `extractFigures`).
        var articlesIn: [Set<String>] = []
        var byDate: [String: [Int]] = [:]
        let clusterer = StatementClusterer(threshold: 0.3, maximumDaysApart: 10)
        for (event, terms) in events {
            let vector = TermVector(counting: numbering.renumbered(terms))
            let day = articles[event.sources[0].article]?.published?.daysSinceEpoch
            let key = event.date.text
            if let index = byDate[key]?.first(where: { index in
                Self.publishedWithin(published[index], day, days: clusterer.maximumDaysApart)
                    && !articlesIn[index].contains(event.sources[0].article)
                    && vectors[index].cosine(vector) >= clusterer.threshold
            }) {
                merged[index].sources += event.sources
                articlesIn[index].insert(event.sources[0].article)
                if let day { published[index] = published[index].map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day }
            } else {
                byDate[key, default: []].append(merged.count)
                merged.append(event)
                articlesIn.append([event.sources[0].article])
                vectors.append(vector)
                published.append(day.map { $0...$0 })
            }
        }
        return merged.sorted { ($0.date.day, $0.sources[0]) < ($1.date.day, $1.sources[0]) }
    }
}
