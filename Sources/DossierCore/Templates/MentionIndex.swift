/// Answers "where is this entity mentioned, and with whom?" for the entity pages. The mentions
/// are indexed once both ways (by entity, by page), so no question scans them all: the work
/// grows with the mentions, not with entities × articles.
struct MentionIndex: Sendable {
    let articles: [String: Article]
    let topics: [String: Topic]
    let registry: EntityRegistry
    private let mentions: [EntityMention]
    /// Pages and entities are numbered, so that the questions below hash integers rather than
    /// slugs: with strings they were 3.8 s of CPU in a one-edit rebuild at N = 30,000.
    private let sources: Numbering<EntityMention.Source>
    private let entities: Numbering<String>
    /// Each mention's page, by number, in step with `mentions`.
    private let sourceOfMention: [Int32]
    /// Each entity's mentions, as numbers in `mentions`: a copy of every mention grouped by
    /// entity was 28 MB at N = 10,000.
    private let byEntity: [[Int]]
    /// Each page's entities, in order of first mention.
    private let entitiesBySource: [[Int32]]

    init(mentions: [EntityMention], articles: [String: Article], topics: [String: Topic], registry: EntityRegistry) {
        self.articles = articles
        self.topics = topics
        self.registry = registry
        self.mentions = mentions
        var sources = Numbering<EntityMention.Source>(), entities = Numbering<String>()
        var sourceOfMention: [Int32] = [], byEntity: [[Int]] = [], entitiesBySource: [[Int32]] = []
        sourceOfMention.reserveCapacity(mentions.count)
        // A page's mentions are neighbours, so its number is looked up only where the page changes.
        var current: (source: EntityMention.Source, number: Int)?
        var seen = Set<Int>()
        for (index, mention) in mentions.enumerated() {
            let source = current.flatMap { $0.source == mention.source ? $0.number : nil } ?? sources.number(mention.source)
            current = (mention.source, source)
            let entity = entities.number(mention.entityID)
            if source == entitiesBySource.count { entitiesBySource.append([]) }
            if entity == byEntity.count { byEntity.append([]) }
            sourceOfMention.append(Int32(source))
            byEntity[entity].append(index)
            if seen.insert(source << 32 | entity).inserted { entitiesBySource[source].append(Int32(entity)) }
        }
        (self.sources, self.entities) = (sources, entities)
        (self.sourceOfMention, self.byEntity, self.entitiesBySource) = (sourceOfMention, byEntity, entitiesBySource)
    }

    private func mentionsOf(_ entityID: String) -> [Int] {
        entities.existing(entityID).map { byEntity[$0] } ?? []
    }

    /// How many articles an entity page shows the sentences of. At 10,000 articles a minister
    /// is named in nearly half of them: every sentence made a 6 MB page, unreadable on a phone
    /// and hundreds of sheets printed. Older articles are listed by title, each still linked.
    static let excerptedArticles = 20

    /// Each page that mentions the entity, newest first: the briefings and the newest
    /// `excerptedArticles` articles with the sentences, each linked to its paragraph, then the
    /// earlier articles without. `sentencesHTML` renders every sentence shown at once, given in
    /// the order they appear on the page (so that it can mark only the first use of an abbreviation).
    func groups(for entityID: String, root: String, sentencesHTML: ([String]) -> [String]) -> (excerpted: [MentionGroup], earlier: [MentionGroup]) {
        // Each page's mentions, as numbers in `mentions`, pages in order of first mention. A
        // page's mentions are neighbours there, so the page is looked up only where it changes.
        var pages: [(source: EntityMention.Source, mentions: [Int])] = []
        var position: [Int32: Int] = [:]
        var last: (source: Int32, page: Int) = (-1, -1)
        for index in mentionsOf(entityID) {
            let source = sourceOfMention[index]
            let page: Int
            if source == last.source {
                page = last.page
            } else if let known = position[source] {
                page = known
            } else {
                page = pages.count
                position[source] = page
                pages.append((sources.keys[Int(source)], []))
            }
            pages[page].mentions.append(index)
            last = (source, page)
        }
        let dated: [(date: Day?, slug: String, page: Int)] = pages.indices.compactMap { page in
            switch pages[page].source {
            case .article(let slug): articles[slug].map { ($0.published, slug, page) }
            case .briefing(let slug): topics[slug] == nil ? nil : (nil, slug, page)
            }
        }
        // Briefings first, then articles newest first; ties by slug so the order never varies.
        let sorted = dated.sorted { a, b in
            switch (a.date, b.date) {
            case (nil, nil): return a.slug < b.slug
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x != y ? x > y : a.slug < b.slug
            }
        }
        let briefings = sorted.prefix { if case .briefing = pages[$0.page].source { true } else { false } }.count
        // Only the pages shown with their sentences need them: a minister's earlier articles
        // are thousands at N = 10,000, each listed by title alone.
        func group(_ page: Int, excerpted: Bool) -> MentionGroup {
            var seen = Set<String>()
            let found = excerpted ? pages[page].mentions.lazy.map { self.mentions[$0].mention }.filter { seen.insert($0.sentence).inserted } : []
            switch pages[page].source {
            case .article(let slug):
                let article = articles[slug]!
                let href = "\(root)articles/\(slug).html"
                return MentionGroup(title: article.title, href: href, kind: "Article", date: article.published?.long, dateISO: article.published?.iso,
                                    excerpts: found.map { MentionGroup.Excerpt(sentence: $0.sentence, sentenceHTML: "", href: "\(href)#\(Article.anchor(forBlock: $0.block))") })
            case .briefing(let slug):
                let href = "\(root)briefings/\(slug).html"
                return MentionGroup(title: topics[slug]!.title, href: href, kind: "Briefing", date: nil, dateISO: nil,
                                    excerpts: found.map { MentionGroup.Excerpt(sentence: $0.sentence, sentenceHTML: "", href: href) })
            }
        }
        let shown = briefings + Self.excerptedArticles
        var excerpted = sorted.prefix(shown).map { group($0.page, excerpted: true) }
        let earlier = sorted.dropFirst(shown).map { group($0.page, excerpted: false) }
        var html = sentencesHTML(excerpted.flatMap { $0.excerpts.map(\.sentence) }).makeIterator()
        for group in excerpted.indices {
            for excerpt in excerpted[group].excerpts.indices { excerpted[group].excerpts[excerpt].sentenceHTML = html.next() ?? "" }
        }
        return (excerpted, earlier)
    }

    /// Entities mentioned in the same articles, most shared articles first.
    func related(to entityID: String, root: String, limit: Int = 8) -> [LinkItem] {
        guard let entity = entities.existing(entityID) else { return [] }
        let own = Set(byEntity[entity].map { sourceOfMention[$0] })
        var shared: [Int32: Int] = [:]
        for source in own {
            for other in entitiesBySource[Int(source)] where other != entity { shared[other, default: 0] += 1 }
        }
        return shared.map { (entities.keys[Int($0.key)], $0.value) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .prefix(limit)
            .map { LinkItem(title: registry.name(of: $0.0), href: root + registry.page(of: $0.0), detail: "\($0.1) shared source\($0.1 == 1 ? "" : "s")") }
    }

    /// The entities an article mentions, in order of first mention.
    func entityIDs(in articleSlug: String) -> [String] {
        sources.existing(.article(articleSlug)).map { entitiesBySource[$0].map { entities.keys[Int($0)] } } ?? []
    }

    /// Links to entities' pages, split by kind.
    func links(to ids: [String], root: String) -> (people: [LinkItem], organisations: [LinkItem]) {
        let links = ids.map { (id: $0, link: LinkItem(title: registry.name(of: $0), href: root + registry.page(of: $0))) }
        return (links.filter { registry.people[$0.id] != nil }.map(\.link), links.filter { registry.organisations[$0.id] != nil }.map(\.link))
    }
}

/// Keys numbered 0, 1, 2… in the order first seen.
private struct Numbering<Key: Hashable & Sendable>: Sendable {
    private(set) var keys: [Key] = []
    private var numbers: [Key: Int] = [:]

    /// The key's number, given the next one if it is new.
    mutating func number(_ key: Key) -> Int {
        if let number = numbers[key] { return number }
        numbers[key] = keys.count
        keys.append(key)
        return keys.count - 1
    }

    func existing(_ key: Key) -> Int? { numbers[key] }
}
