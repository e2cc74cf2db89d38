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
        let own = (byEntity[entityID] ?? []).lazy.map { mentions[$0] }
        var order: [EntityMention.Source] = []
        var bySource: [EntityMention.Source: [EntityMention]] = [:]
        for mention in own {
            if bySource[mention.source] == nil { order.append(mention.source) }
            bySource[mention.source, default: []].append(mention)
        }
        let groups: [(Day?, String, MentionGroup)] = order.compactMap { source in
            let found = bySource[source]!
            var seen = Set<String>()
            switch source {
            case .article(let slug):
                guard let article = articles[slug] else { return nil }
                let page = "\(root)articles/\(slug).html"
                let excerpts = found.filter { seen.insert($0.mention.sentence).inserted }.map {
                    MentionGroup.Excerpt(sentence: $0.mention.sentence, sentenceHTML: "", href: "\(page)#\(Article.anchor(forBlock: $0.mention.block))")
                }
                return (article.published, slug, MentionGroup(title: article.title, href: page, kind: "Article", date: article.published?.long,
                                                             dateISO: article.published?.iso, excerpts: excerpts))
            case .briefing(let slug):
                guard let topic = topics[slug] else { return nil }
                let page = "\(root)briefings/\(slug).html"
                let excerpts = found.filter { seen.insert($0.mention.sentence).inserted }.map { MentionGroup.Excerpt(sentence: $0.mention.sentence, sentenceHTML: "", href: page) }
                return (nil, slug, MentionGroup(title: topic.title, href: page, kind: "Briefing", date: nil, dateISO: nil, excerpts: excerpts))
            }
        }
        // Briefings first, then articles newest first; ties by slug so the order never varies.
        var sorted = groups.sorted { a, b in
            switch (a.0, b.0) {
            case (nil, nil): return a.1 < b.1
            case (nil, _): return true
            case (_, nil): return false
            case let (x?, y?): return x != y ? x > y : a.1 < b.1
            }
        }.map(\.2)
        let briefings = sorted.prefix { $0.kind == "Briefing" }.count
        var earlier = Array(sorted.dropFirst(briefings + Self.excerptedArticles))
        sorted.removeLast(earlier.count)
        for group in earlier.indices { earlier[group].excerpts = [] }
        var html = sentencesHTML(sorted.flatMap { $0.excerpts.map(\.sentence) }).makeIterator()
        for group in sorted.indices {
            for excerpt in sorted[group].excerpts.indices { sorted[group].excerpts[excerpt].sentenceHTML = html.next() ?? "" }
        }
        return (sorted, earlier)
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
