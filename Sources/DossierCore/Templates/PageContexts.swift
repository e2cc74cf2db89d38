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
    public var page: Body
}

public struct SiteInfo: Sendable {
    public var title: String
    public var description: String
    public var language: String
    public var updated: String
    public var updatedISO: String
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
    public var title: String
    public var href: String
    public var ledeHTML: String
    public var articleCount: Int
}

public struct HomePage: Sendable {
    public var descriptionHTML: String
    public var topics: [TopicSummary]
    public var latestArticles: [ArticleSummary]
    public var people: [LinkItem]
    public var organisations: [LinkItem]
}

public struct ArticlePage: Sendable {
    public struct Block: Sendable {
        public var anchor: String
        public var html: String
    }

    public var title: String
    public var source: String?
    public var author: String?
    public var date: String?
    public var dateISO: String?
    public var url: String?
    public var blocks: [Block]
    public var topics: [LinkItem]
    public var people: [LinkItem]
    public var organisations: [LinkItem]
    public var removedLineCount: Int
    /// Names replaced by "[name withheld]" under the dossier's safeguarding list.
    public var redactions: Int
}

public struct ArticleIndexPage: Sendable {
    public var articles: [ArticleSummary]
}

public struct TopicPage: Sendable {
    public var title: String
    public var briefingHTML: String
    public var published: String?
    public var publishedISO: String?
    public var updated: String?
    public var updatedISO: String?
    public var markdownHref: String
    public var keyPoints: Int
    public var singleSourcePoints: Int
    public var articles: [ArticleSummary]
}

public struct PersonPage: Sendable {
    public struct RoleItem: Sendable {
        public var title: String
        public var organisation: LinkItem?
        public var period: String?
    }

    public var name: String
    public var aliases: String?
    /// A survivor who chose to speak publicly.
    public var survivor: Bool
    public var roles: [RoleItem]
    public var descriptionHTML: String
    public var quotes: [QuoteItem]
    public var mentions: [MentionGroup]
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
    public var name: String
    public var aliases: String?
    public var kind: String?
    public var parent: LinkItem?
    public var children: [LinkItem]
    public var people: [LinkItem]
    public var descriptionHTML: String
    public var quotes: [QuoteItem]
    public var mentions: [MentionGroup]
    public var related: [LinkItem]
}

public struct EntityGroup: Sendable {
    public var title: String
    public var items: [LinkItem]
}

public struct EntityIndexPage: Sendable {
    public var groups: [EntityGroup]
}
