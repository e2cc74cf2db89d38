/// The values templates see. Typed, so a template can only use what a page really has; every
/// string here is plain text that mustache escapes, except fields named `…HTML`, which hold
/// HTML that cmark produced and templates insert with triple braces.

public struct PageContext<Body: Sendable>: Sendable {
    public var site: SiteInfo
    public var title: String
    public var description: String
    /// "" on the home page, "../" one folder down: every link is relative, so the site works
    /// from any sub-path and from disk.
    public var root: String
    public var isHome: Bool
    public var nav: [LinkItem]
    public var breadcrumbs: [LinkItem]
    /// Atom feeds announced in the page's head: the dossier's, and a briefing's own.
    public var feeds: [LinkItem]
    /// The page's address under `base_url`, when one is set.
    public var canonicalURL: String?
    public var page: Body
}

public struct SiteInfo: Sendable {
    public var title: String
    public var description: String
    public var language: String
    public var updated: String?
    public var updatedISO: String?
    /// The "If you are worried about a child" contacts, from support.yml.
    public var support: [SupportItem]
    /// Where readers report errors (dossier.yml's `contact`), when the dossier names one.
    public var contact: LinkItem?
}

public struct SupportItem: Sendable {
    /// The name and purpose as inline HTML, with abbreviations (NSPCC…) marked on first use in the box.
    public var nameHTML: String
    public var purposeHTML: String
    public var number: String?
    public var telephoneURL: String?
    public var url: String?
    public var linkText: String?
}

public struct LinkItem: Sendable, Equatable {
    public var title: String
    public var href: String
    public var current: Bool = false
    public var detail: String? = nil
}

public struct ArticleSummary: Sendable {
    public var title: String
    public var href: String
    public var source: String?
    public var author: String?
    public var date: String?
    public var dateISO: String?
}

public struct TopicSummary: Sendable {
    public var titleHTML: String
    public var href: String
    public var ledeHTML: String
    /// "1 source article", "4 source articles".
    public var sourceCount: String
    public var updated: String?
    public var updatedISO: String?
}

public struct HomePage: Sendable {
    public var titleHTML: String
    public var descriptionHTML: String
    public var topics: [TopicSummary]
    /// The newest dated events across the briefings.
    public var latestEvents: [TimelineItem]
    /// The figures most sources agree on.
    public var headlineFigures: [FigureItem]
    public var latestArticles: [ArticleSummary]
    public var people: [LinkItem]
    public var organisations: [LinkItem]
}

/// One of an article's paragraphs, with the anchor a briefing cites.
public struct TextBlock: Sendable {
    public var anchor: String
    public var html: String
}

public struct ArticlePage: Sendable {
    public var titleHTML: String
    public var source: String?
    public var author: String?
    public var date: String?
    public var dateISO: String?
    public var url: String?
    public var blocks: [TextBlock]
    public var topics: [LinkItem]
    public var people: [LinkItem]
    public var organisations: [LinkItem]
    /// "12 lines", or nil when the cleaner removed nothing.
    public var removedLines: String?
    /// Names replaced by "[name withheld]" under the dossier's safeguarding list.
    public var redactions: Int
}

public struct ArticleIndexPage: Sendable {
    public var articles: [ArticleSummary]
    public var pagination: Pagination?
}

/// Where one page of a site-wide list stands among the list's pages (nil when the list fits
/// on one page).
public struct Pagination: Sendable {
    public struct Page: Sendable {
        /// Its number, or nil for a gap ("…") among the pages shown.
        public var number: String?
        public var href: String
        public var current: Bool
    }

    /// "Page 2 of 5".
    public var label: String
    public var previous: String?
    public var next: String?
    /// The first and last pages and those near this one, in order.
    public var pages: [Page]
}

/// What a briefing shows, on its own page and at the head of its printable pack.
public struct BriefingBody: Sendable {
    public var titleHTML: String
    public var ledeHTML: String
    /// The composed briefing: key points, events, figures, who said what, all cited.
    public var briefingHTML: String
    /// The date of the oldest and newest source the briefing draws on.
    public var published: String?
    public var publishedISO: String?
    public var updated: String?
    public var updatedISO: String?
    public var markdownHref: String
    public var keyPoints: Int
    public var singleSourcePoints: Int
}

public struct TopicPage: Sendable {
    public var briefing: BriefingBody
    public var articles: [ArticleSummary]
    public var packHref: String
    public var feedHref: String
}

/// A briefing followed by the full text of each of its sources, for printing as a meeting pack.
public struct BriefingPackPage: Sendable {
    public struct Source: Sendable {
        public var number: Int
        public var anchor: String
        public var titleHTML: String
        public var href: String
        public var source: String?
        public var author: String?
        public var date: String?
        public var dateISO: String?
        public var url: String?
        public var blocks: [TextBlock]
    }

    public var briefing: BriefingBody
    public var topicHref: String
    public var sources: [Source]
}

public struct PersonPage: Sendable {
    public struct RoleItem: Sendable {
        public var title: String
        public var organisation: LinkItem?
        public var period: String?
    }

    public var nameHTML: String
    public var aliases: String?
    /// A survivor who chose to speak publicly.
    public var survivor: Bool
    public var roles: [RoleItem]
    public var descriptionHTML: String
    public var quotes: [QuoteItem]
    /// "3 earlier quotes": those older than `quotes`, left to their articles' pages.
    public var earlierQuotes: String?
    public var mentions: [MentionGroup]
    /// Articles older than those in `mentions`, listed without their sentences.
    public var earlierMentions: [MentionGroup]
    public var related: [LinkItem]
}

/// Something an entity said, with the role they held on that date.
public struct QuoteItem: Sendable {
    public var text: String
    public var role: String?
    /// How the article named the speaker, shown when the registry cannot say their role then.
    public var describedAs: String?
    public var date: String?
    public var dateISO: String?
    public var articleTitle: String
    public var href: String
    /// Others who made the statement jointly.
    public var jointly: String?
}

/// Where an entity is mentioned: one page, with the sentences that mention it.
public struct MentionGroup: Sendable {
    public struct Excerpt: Sendable {
        public var sentence: String
        /// The sentence with abbreviations not yet explained on the page marked up.
        public var sentenceHTML: String
        public var href: String
    }

    public var title: String
    public var href: String
    public var kind: String
    public var date: String?
    public var dateISO: String?
    public var excerpts: [Excerpt]
}

public struct OrganisationPage: Sendable {
    public var nameHTML: String
    public var aliases: String?
    public var kind: String?
    public var parent: LinkItem?
    public var children: [LinkItem]
    public var people: [LinkItem]
    public var descriptionHTML: String
    public var quotes: [QuoteItem]
    /// "3 earlier quotes": those older than `quotes`, left to their articles' pages.
    public var earlierQuotes: String?
    public var mentions: [MentionGroup]
    /// Articles older than those in `mentions`, listed without their sentences.
    public var earlierMentions: [MentionGroup]
    public var related: [LinkItem]
}

public struct EntityGroup: Sendable {
    public var title: String
    public var items: [LinkItem]
}

public struct EntityIndexPage: Sendable {
    public var groups: [EntityGroup]
}

public struct GlossaryPage: Sendable {
    public struct Term: Sendable {
        public var term: String
        public var expansion: String
        public var definition: String
        public var anchor: String
    }

    public var terms: [Term]
}

/// The about page: how the dossier is made, from what, and what that cannot do.
public struct AboutPage: Sendable {
    /// "4 briefings", "5 source articles", "20 people", "23 organisations".
    public var briefings: String
    public var articles: String
    public var people: String
    public var organisations: String
    /// "Community Care, Nub News and PoliticsHome", or nil when no article names its publication.
    public var publications: String?
    public var oldest: String?
    public var newest: String?
}

/// Pages with no content of their own to show (search, 404, accessibility statement).
public struct StaticPage: Sendable {
    public init() {}
}

/// A dated event on the dossier-wide timeline, with the articles that report it.
public struct TimelineItem: Sendable {
    public var date: String
    public var dateISO: String
    public var text: String
    public var topic: LinkItem
    public var sources: [LinkItem]
}

/// A figure on the figures page: as written, in its sentence, with its date and sources.
public struct FigureItem: Sendable {
    public var figure: String
    public var context: String
    public var asOf: String?
    public var topic: LinkItem
    public var sources: [LinkItem]
}

/// An article on the sources page: where it is from, what it feeds and what was cleaned out.
public struct SourceItem: Sendable {
    public var title: String
    public var href: String
    public var source: String?
    public var author: String?
    public var date: String?
    public var dateISO: String?
    public var topics: [LinkItem]
    public var paragraphs: Int
    public var removed: String?
}

public struct TimelinePage: Sendable {
    public var events: [TimelineItem]
    public var pagination: Pagination?
}

public struct FiguresPage: Sendable {
    public var figures: [FigureItem]
    public var pagination: Pagination?
}

public struct SourcesPage: Sendable {
    public var articles: [SourceItem]
    public var pagination: Pagination?
}
