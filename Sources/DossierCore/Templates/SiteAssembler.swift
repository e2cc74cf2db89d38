import Foundation

/// The template stage: builds each page's context from the processed content and lists the work
/// of rendering it through the user's templates, with the feeds, the search index and (when a
/// base URL is set) the sitemap beside the pages, as a `SiteRendering`.
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
        public var support: [SupportContact] = []
        public var glossary: [GlossaryEntry] = []
        /// The entity pages' mention sentences as HTML from the last build of this process (`serve`).
        var mentionMemo: StepMemo<BuildMemory.RenderInputs, BuildMemory.MentionSentences, [String]>?
        /// Each article's search index entry, encoded, from the last build of this process.
        var searchMemo: StepMemo<Never?, Article, [UInt8]>?
    }

    func assemble(_ input: Input) -> SiteRendering {
        let site = SiteContent(input, templates: templates, renderer: renderer)
        var jobs = PageJobs()
        site.addHomePage(to: &jobs)
        site.addArticlePages(to: &jobs)
        site.addBriefingPages(to: &jobs)
        site.addPeoplePages(to: &jobs)
        site.addOrganisationPages(to: &jobs)
        site.addServicePages(to: &jobs)
        site.addDossierPages(to: &jobs)
        site.addFeeds(to: &jobs)
        jobs.addLarge(SearchIndex.path) { SearchIndex.write(site, to: $0) }
        return SiteRendering(jobs: jobs, assets: templates.assets, baseURL: input.config.baseURL, content: site)
    }
}

/// Everything the page groups share: the input, lookups by slug, and the page renderer.
struct SiteContent: Sendable {
    let input: SiteAssembler.Input
    let renderer: ContentRenderer
    let pages: PageBuilder
    let articlesBySlug: [String: Article]
    let topicsBySlug: [String: Topic]
    let organisationsBySlug: [String: Organisation]
    let newestFirst: [Article]
    /// Each topic's articles, newest first: sorting them again for each page, feed and pack
    /// that lists them moved whole articles at every step of the sort.
    let articlesByTopic: [String: [Article]]
    let mentionIndex: MentionIndex
    let briefingsByTopic: [String: Briefing]
    /// Each speaker's quotes, in the dossier's order: filtering every quote for each entity
    /// grew as entities × quotes.
    let quotesBySpeaker: [String: [AttributedQuote]]

    init(_ input: SiteAssembler.Input, templates: TemplateLibrary, renderer: ContentRenderer) {
        self.input = input
        self.renderer = renderer
        // The box is the same on every page, after the content: it marks abbreviations on their
        // first use in the box itself, whatever the page above it already marked.
        var marked = Set<String>()
        let support = input.support.map {
            SupportItem(nameHTML: renderer.inlineHTML($0.name, marked: &marked), purposeHTML: renderer.inlineHTML($0.purpose, marked: &marked),
                        number: $0.number, telephoneURL: $0.telephoneURL, url: $0.url, linkText: $0.linkText)
        }
        let site = SiteInfo(title: input.config.title, description: input.config.description, language: input.config.language,
                            updated: input.updated?.long, updatedISO: input.updated?.iso, support: support,
                            contact: input.config.contact.map { LinkItem(title: $0.text, href: $0.href) })
        pages = PageBuilder(templates: templates, site: site, baseURL: input.config.baseURL)
        articlesBySlug = Dictionary(input.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        topicsBySlug = Dictionary(input.topics.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        organisationsBySlug = Dictionary(input.organisations.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        // Positions are sorted, not articles: moving whole articles at each step of the sort was
        // a tenth of a second at N = 10,000, on one core.
        newestFirst = input.articles.indices.sorted { Self.newestFirst(input.articles[$0], input.articles[$1]) }.map { input.articles[$0] }
        var articlesByTopic: [String: [Article]] = [:]
        for article in newestFirst {
            for topic in input.assignment.topics(for: article.slug) { articlesByTopic[topic, default: []].append(article) }
        }
        self.articlesByTopic = articlesByTopic
        mentionIndex = MentionIndex(mentions: input.rendered.mentions, articles: articlesBySlug, topics: topicsBySlug, registry: input.registry)
        briefingsByTopic = Dictionary(input.briefings.map { ($0.topic, $0) }, uniquingKeysWith: { a, _ in a })
        var quotesBySpeaker: [String: [AttributedQuote]] = [:]
        for quote in input.quotes {
            for id in Set(quote.speakerIDs) { quotesBySpeaker[id, default: []].append(quote) }
        }
        self.quotesBySpeaker = quotesBySpeaker
    }

    // MARK: Shared helpers

    func summary(_ article: Article, root: String) -> ArticleSummary {
        ArticleSummary(title: article.title, href: root + "articles/\(article.slug).html", source: article.source,
                       author: article.author, date: article.published?.long, dateISO: article.published?.iso)
    }

    func link(organisation slug: String?, root: String) -> LinkItem? {
        guard let slug, let organisation = organisationsBySlug[slug] else { return nil }
        return LinkItem(title: organisation.name, href: root + "organisations/\(slug).html")
    }

    /// A topic's source articles, newest first.
    func articles(for topic: Topic) -> [Article] {
        articlesByTopic[topic.slug] ?? []
    }

    static func newestFirst(_ a: Article, _ b: Article) -> Bool { Article.newestFirst(a, b) }

    static func period(_ from: Day?, _ until: Day?) -> String? {
        switch (from, until) {
        case let (f?, u?): return "\(f.long) to \(u.long)"
        case let (f?, nil): return "from \(f.long)"
        case let (nil, u?): return "until \(u.long)"
        default: return nil
        }
    }
}

/// Renders one page through the layout, working out its path to the site's root, its
/// navigation, breadcrumbs, feeds and canonical address.
struct PageBuilder: Sendable {
    let templates: TemplateLibrary
    let site: SiteInfo
    let baseURL: String?

    static let sections = [
        (title: "Briefings", href: "index.html#briefings"),
        (title: "Timeline", href: "timeline.html"),
        (title: "Figures", href: "figures.html"),
        (title: "Source articles", href: "articles/index.html"),
        (title: "People", href: "people/index.html"),
        (title: "Organisations", href: "organisations/index.html"),
        (title: "Glossary", href: "glossary.html"),
    ]

    /// "" for a page at the top, "../" one folder down.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// - Parameters:
    ///   - section: the `sections` entry the page belongs to, marked as current in the navigation.
    ///   - crumbs: breadcrumbs after "Home", with hrefs from the site's root ("" for the page itself, which is left out).
    ///   - feeds: Atom feeds of this page besides the dossier's, hrefs from the site's root.
    func render<Body: Sendable & ContentHashable>(_ path: String, _ template: String, title: String, description: String, section: String?,
                                                  crumbs: [LinkItem] = [], feeds: [LinkItem] = [], _ body: Body) -> SiteFile {
        let root = Self.root(for: path)
        let nav = Self.sections.map { LinkItem(title: $0.title, href: root + $0.href, current: $0.href == section) }
        // GOV.UK's pattern: breadcrumbs lead to the page's parents and leave out the page itself.
        let breadcrumbs = path == "index.html" ? [] : [LinkItem(title: "Home", href: root + "index.html")]
            + crumbs.filter { !$0.href.isEmpty }.map { LinkItem(title: $0.title, href: root + $0.href) }
        let allFeeds = ([LinkItem(title: "\(site.title): new source articles", href: "feed.xml")] + feeds).map {
            LinkItem(title: $0.title, href: root + $0.href)
        }
        let canonical = baseURL.map { $0 + (path == "index.html" ? "" : path) }
        let context = PageContext(site: site, title: title, description: description, root: root, isHome: path == "index.html",
                                  nav: nav, breadcrumbs: breadcrumbs, feeds: allFeeds, canonicalURL: canonical, page: body)
        var hasher = ContentHasher()
        hasher.combine(templates.key)
        template.contentHash(into: &hasher)
        path.contentHash(into: &hasher)
        context.contentHash(into: &hasher)
        return SiteFile(path: path, key: hasher.key) { [templates] in Data(templates.render(context, with: template).utf8) }
    }
}
