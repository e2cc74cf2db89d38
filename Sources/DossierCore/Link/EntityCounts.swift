/// How often each registered entity is mentioned across the articles, for `dossier entities`.
public struct EntityCounts: Sendable {
    public struct Row: Equatable, Sendable {
        public var id: String
        public var name: String
        public var kind: String
        public var mentions: Int
        public var articles: Int
    }

    public let rows: [Row]

    public init(dossier: Dossier) {
        var mentions: [String: Int] = [:]
        var articles: [String: Set<String>] = [:]
        for article in dossier.articles {
            for mention in dossier.registry.finder.mentions(in: article.blocks.map(\.text)) {
                mentions[mention.entityID, default: 0] += 1
                articles[mention.entityID, default: []].insert(article.slug)
            }
        }
        let people = dossier.content.people.map { Row(id: $0.slug, name: $0.name, kind: "person", mentions: mentions[$0.slug] ?? 0, articles: articles[$0.slug]?.count ?? 0) }
        let organisations = dossier.content.organisations.map {
            Row(id: $0.slug, name: $0.name, kind: "organisation", mentions: mentions[$0.slug] ?? 0, articles: articles[$0.slug]?.count ?? 0)
        }
        rows = (people + organisations).sorted { ($1.mentions, $0.id) < ($0.mentions, $1.id) }
    }
}
