import Foundation

/// The template stage: builds each page's context from the processed content and renders it
/// through the user's templates into a `SitePlan`.
public struct SiteAssembler: Sendable {
    public let templates: TemplateLibrary
    public let renderer: ContentRenderer

    public init(templates: TemplateLibrary, renderer: ContentRenderer) {
        self.templates = templates
        self.renderer = renderer
    }

    public struct Input: Sendable {
        public var config: DossierConfig
        public var articles: [Article]
        public var topics: [Topic]
        public var people: [Person]
        public var organisations: [Organisation]
        public var assignment: TopicAssignment
        public var briefings: [Briefing]
        public var rendered: RenderedContent
        public var registry: EntityRegistry
        public var quotes: [AttributedQuote]
        public var updated: Day?
    }

    public func assemble(_ input: Input) -> SitePlan {
        var plan = SitePlan()
        let site = SiteInfo(title: input.config.title, description: input.config.description, language: input.config.language,
                            updated: input.updated?.long ?? "", updatedISO: input.updated?.iso ?? "")
        let organisationsBySlug = Dictionary(input.organisations.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let articlesBySlug = Dictionary(input.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let newestFirst = input.articles.sorted(by: Self.newestFirst)
        func quotes(by id: String) -> [QuoteItem] {
            input.quotes.filter { $0.speakerIDs.contains(id) }.sorted { ($0.published ?? Day(daysSinceEpoch: 0), $1.source) > ($1.published ?? Day(daysSinceEpoch: 0), $0.source) }.map { quote in
                QuoteItem(text: quote.text.replacingOccurrences(of: "\n\n", with: " "), role: input.registry.role(of: id, on: quote.published),
                          describedAs: quote.speaker,
                          date: quote.published?.long, dateISO: quote.published?.iso,
                          articleTitle: articlesBySlug[quote.source.article]?.title ?? quote.source.article,
                          href: "../articles/\(quote.source.article).html#\(Article.anchor(forBlock: quote.source.block))",
                          jointly: Optional(quote.speakerIDs.filter { $0 != id }.map { input.registry.name(of: $0) }.joined(separator: " and ")).flatMap { $0.isEmpty ? nil : $0 })
            }
        }
        let mentionIndex = MentionIndex(mentions: input.rendered.mentions, articles: articlesBySlug,
                                        topics: Dictionary(input.topics.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }), registry: input.registry)

        func page<Body: Sendable>(_ path: String, _ template: String, title: String, description: String? = nil,
                        section: String?, crumbs: [LinkItem] = [], _ body: Body) {
            let root = String(repeating: "../", count: path.split(separator: "/").count - 1)
            let nav = Self.sections.map { LinkItem(title: $0.title, href: root + $0.href, current: $0.href == section) }
            let breadcrumbs = path == "index.html" ? [] : [LinkItem(title: "Home", href: root + "index.html")] + crumbs.map {
                LinkItem(title: $0.title, href: $0.href.isEmpty ? "" : root + $0.href)
            }
            let context = PageContext(site: site, title: title, description: description ?? input.config.description, root: root, isHome: path == "index.html",
                                      nav: nav, breadcrumbs: breadcrumbs, page: body)
            plan.add(path, templates.render(context, with: template))
        }
        func summary(_ article: Article, root: String) -> ArticleSummary {
            ArticleSummary(title: article.title, href: root + "articles/\(article.slug).html", source: article.source,
                           author: article.author, date: article.published?.long, dateISO: article.published?.iso)
        }
        func link(organisation slug: String?, root: String) -> LinkItem? {
            guard let slug, let organisation = organisationsBySlug[slug] else { return nil }
            return LinkItem(title: organisation.name, href: root + "organisations/\(slug).html")
        }

        // Home
        let topicSummaries = input.topics.map {
            TopicSummary(title: $0.title, href: "briefings/\($0.slug).html", ledeHTML: input.rendered.ledes[$0.slug]?.onHome ?? "",
                         articleCount: input.assignment.articles(for: $0.slug).count)
        }
        page("index.html", "home", title: input.config.title, section: nil, HomePage(
            descriptionHTML: renderer.html(input.config.description, root: ""), topics: topicSummaries,
            latestArticles: newestFirst.prefix(10).map { summary($0, root: "") },
            people: input.people.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "people/\($0.slug).html") },
            organisations: input.organisations.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "organisations/\($0.slug).html") }))

        // Articles
        page("articles/index.html", "articles", title: "Source articles", section: "articles/index.html",
             crumbs: [LinkItem(title: "Source articles", href: "")], ArticleIndexPage(articles: newestFirst.map { summary($0, root: "../") }))
        for article in input.articles {
            let blocks = (input.rendered.articleBlocks[article.slug] ?? []).enumerated().map {
                ArticlePage.Block(anchor: Article.anchor(forBlock: $0.offset), html: $0.element)
            }
            let entities = mentionIndex.entities(in: article.slug, root: "../")
            let topics = input.assignment.topics(for: article.slug).compactMap { slug in
                input.topics.first { $0.slug == slug }.map { LinkItem(title: $0.title, href: "../briefings/\($0.slug).html") }
            }
            page("articles/\(article.slug).html", "article", title: article.title, section: "articles/index.html",
                 crumbs: [LinkItem(title: "Source articles", href: "articles/index.html"), LinkItem(title: article.title, href: "")],
                 ArticlePage(title: article.title, source: article.source, author: article.author, date: article.published?.long,
                             dateISO: article.published?.iso, url: article.url, blocks: blocks, topics: topics,
                             people: entities.people, organisations: entities.organisations,
                             removedLineCount: article.removals.filter { $0.rule != .blank }.reduce(0) { $0 + $1.lines.count },
                             redactions: article.redactions))
        }

        // Topics
        for briefing in input.briefings {
            let articles = briefing.sources.compactMap { articlesBySlug[$0] }
            page("briefings/\(briefing.topic).html", "topic", title: briefing.title, section: nil,
                 crumbs: [LinkItem(title: "Briefings", href: "index.html#briefings"), LinkItem(title: briefing.title, href: "")],
                 TopicPage(title: briefing.title, briefingHTML: input.rendered.briefings[briefing.topic] ?? "",
                           published: briefing.published?.long, publishedISO: briefing.published?.iso,
                           updated: briefing.updated?.long, updatedISO: briefing.updated?.iso,
                           markdownHref: "\(briefing.topic).md", keyPoints: briefing.keyPoints, singleSourcePoints: briefing.singleSourcePoints,
                           articles: articles.map { summary($0, root: "../") }))
            plan.add("briefings/\(briefing.topic).md", briefing.document)
        }

        // People
        for person in input.people {
            let roles = person.roles.map {
                PersonPage.RoleItem(title: $0.title, organisation: link(organisation: $0.organisation, root: "../"), period: Self.period($0.from, $0.until))
            }
            page("people/\(person.slug).html", "person", title: person.name, section: "people/index.html",
                 crumbs: [LinkItem(title: "People", href: "people/index.html"), LinkItem(title: person.name, href: "")],
                 PersonPage(name: person.name, aliases: person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", "), survivor: person.survivor,
                            roles: roles, descriptionHTML: input.rendered.descriptions[person.slug] ?? "",
                            quotes: quotes(by: person.slug),
                            mentions: mentionIndex.groups(for: person.slug, root: "../"), related: mentionIndex.related(to: person.slug, root: "../")))
        }
        page("people/index.html", "people", title: "People", section: "people/index.html", crumbs: [LinkItem(title: "People", href: "")],
             EntityIndexPage(groups: peopleGroups(input.people, organisationsBySlug)))

        // Organisations
        for organisation in input.organisations {
            let children = input.organisations.filter { $0.parent == organisation.slug }.sorted { $0.name < $1.name }
                .map { LinkItem(title: $0.name, href: "\($0.slug).html") }
            let people = input.people.filter { $0.roles.contains { $0.organisation == organisation.slug } }.sorted { $0.name < $1.name }
                .map { person in LinkItem(title: person.name, href: "../people/\(person.slug).html",
                                          detail: person.roles.first { $0.organisation == organisation.slug }?.title) }
            page("organisations/\(organisation.slug).html", "organisation", title: organisation.name, section: "organisations/index.html",
                 crumbs: [LinkItem(title: "Organisations", href: "organisations/index.html"), LinkItem(title: organisation.name, href: "")],
                 OrganisationPage(name: organisation.name, aliases: organisation.aliases.isEmpty ? nil : organisation.aliases.joined(separator: ", "),
                                  kind: organisation.kind, parent: link(organisation: organisation.parent, root: "../").map { LinkItem(title: $0.title, href: $0.href.replacingOccurrences(of: "../organisations/", with: "")) },
                                  children: children, people: people, descriptionHTML: input.rendered.descriptions[organisation.slug] ?? "",
                                  quotes: quotes(by: organisation.slug),
                                  mentions: mentionIndex.groups(for: organisation.slug, root: "../"), related: mentionIndex.related(to: organisation.slug, root: "../")))
        }
        let organisationGroups = Dictionary(grouping: input.organisations) { $0.kind ?? "other" }
            .sorted { $0.key < $1.key }
            .map { EntityGroup(title: Self.kindTitle($0.key), items: $0.value.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "\($0.slug).html") }) }
        page("organisations/index.html", "organisations", title: "Organisations", section: "organisations/index.html",
             crumbs: [LinkItem(title: "Organisations", href: "")], EntityIndexPage(groups: organisationGroups))

        for (path, data) in templates.assets { plan.files[path] = data }
        return plan
    }

    static let sections = [
        (title: "Briefings", href: "index.html#briefings"),
        (title: "Source articles", href: "articles/index.html"),
        (title: "People", href: "people/index.html"),
        (title: "Organisations", href: "organisations/index.html"),
    ]

    static func newestFirst(_ a: Article, _ b: Article) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x > y
        case (nil, _?): return false
        case (_?, nil): return true
        default: return a.slug < b.slug
        }
    }

    static func period(_ from: Day?, _ until: Day?) -> String? {
        switch (from, until) {
        case let (f?, u?): return "\(f.long) to \(u.long)"
        case let (f?, nil): return "from \(f.long)"
        case let (nil, u?): return "until \(u.long)"
        default: return nil
        }
    }

    static func kindTitle(_ kind: String) -> String {
        switch kind {
        case "government": return "Government"
        case "parliament": return "Parliament"
        case "council": return "Councils"
        case "police": return "Policing"
        case "inquiry": return "Inquiries"
        case "charity": return "Charities and survivor groups"
        case "public-body": return "Public bodies"
        case "political-party": return "Political parties"
        default: return kind.prefix(1).uppercased() + kind.dropFirst()
        }
    }

    /// People grouped by the organisation of their most recent role, so a councillor sees who
    /// belongs where.
    func peopleGroups(_ people: [Person], _ organisations: [String: Organisation]) -> [EntityGroup] {
        var groups: [String: [LinkItem]] = [:]
        for person in people.sorted(by: { $0.name < $1.name }) {
            let latest = person.roles.max { ($0.from ?? Day(daysSinceEpoch: 0)) < ($1.from ?? Day(daysSinceEpoch: 0)) }
            let group = latest?.organisation.flatMap { organisations[$0]?.name } ?? "Others"
            groups[group, default: []].append(LinkItem(title: person.name, href: "\(person.slug).html", detail: latest?.title))
        }
        return groups.keys.sorted { ($0 == "Others" ? 1 : 0, $0) < ($1 == "Others" ? 1 : 0, $1) }.map { EntityGroup(title: $0, items: groups[$0]!) }
    }
}
