/// Answers "where is this entity mentioned, and with whom?" for the entity pages. The mentions
/// are indexed once both ways (by entity, by page), so no question scans them all: the work
/// grows with the mentions, not with entities × articles.
struct MentionIndex: Sendable {
    let articles: [String: Article]
    let topics: [String: Topic]
    let registry: EntityRegistry
    private let mentions: [EntityMention]
    /// Each entity's mentions, as numbers in `mentions`: a copy of every mention grouped by
    /// entity was 28 MB at N = 10,000.
    private let byEntity: [String: [Int]]
    /// Each page's entities, in order of first mention.
    private let entitiesBySource: [EntityMention.Source: [String]]

    init(mentions: [EntityMention], articles: [String: Article], topics: [String: Topic], registry: EntityRegistry) {
        self.articles = articles
        self.topics = topics
        self.registry = registry
        self.mentions = mentions
        byEntity = Dictionary(grouping: mentions.indices, by: { mentions[$0].entityID })
        var entitiesBySource: [EntityMention.Source: [String]] = [:]
        // A pair, not a string of the two: interpolating the source printed it by reflection,
        // a second of one core at N = 10,000.
        struct SourceAndEntity: Hashable {
            var source: EntityMention.Source
            var entityID: String
        }
        var seen = Set<SourceAndEntity>()
        for mention in mentions where seen.insert(SourceAndEntity(source: mention.source, entityID: mention.entityID)).inserted {
            entitiesBySource[mention.source, default: []].append(mention.entityID)
        }
        self.entitiesBySource = entitiesBySource
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
        var position: [EntityMention.Source: Int] = [:]
        for index in byEntity[entityID] ?? [] {
            let source = mentions[index].source
            if let last = pages.indices.last, pages[last].source == source {
                pages[last].mentions.append(index)
            } else if let page = position[source] {
                pages[page].mentions.append(index)
            } else {
                position[source] = pages.count
                pages.append((source, [index]))
            }
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
        let own = Set((byEntity[entityID] ?? []).map { mentions[$0].source })
        var shared: [String: Int] = [:]
        for source in own {
            for other in entitiesBySource[source] ?? [] where other != entityID { shared[other, default: 0] += 1 }
        }
        return shared.map { ($0.key, $0.value) }
            .sorted { ($1.1, $0.0) < ($0.1, $1.0) }
            .prefix(limit)
            .map { LinkItem(title: registry.name(of: $0.0), href: root + registry.page(of: $0.0), detail: "\($0.1) shared source\($0.1 == 1 ? "" : "s")") }
    }

    /// The entities an article mentions, in order of first mention.
    func entityIDs(in articleSlug: String) -> [String] {
        entitiesBySource[.article(articleSlug)] ?? []
    }

    /// Links to entities' pages, split by kind.
    func links(to ids: [String], root: String) -> (people: [LinkItem], organisations: [LinkItem]) {
        let links = ids.map { (id: $0, link: LinkItem(title: registry.name(of: $0), href: root + registry.page(of: $0))) }
        return (links.filter { registry.people[$0.id] != nil }.map(\.link), links.filter { registry.organisations[$0.id] != nil }.map(\.link))
    }
}
