/// An Atom feed (RFC 4287), written by hand so that the bytes never vary: every value comes
/// from content, every date is a content date, and every piece of text is escaped for XML.
struct AtomFeed: Sendable {
    struct Entry: Sendable {
        var id: String
        var title: String
        /// The entry's page, relative to the feed file or absolute.
        var link: String
        /// The original publication, when known.
        var related: String?
        var updated: Day
        var published: Day?
        var author: String?
        var summary: String
        var categories: [(term: String, label: String)] = []
    }

    var id: String
    var title: String
    var subtitle: String?
    /// The feed itself and the page it belongs to, relative to the feed file or absolute.
    var selfLink: String
    var alternateLink: String
    var updated: Day
    var author: String
    var language: String
    var entries: [Entry]

    func xml() -> String {
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XML.escape(language))">"#,
            "  <id>\(XML.escape(id))</id>",
            "  <title>\(XML.escape(title))</title>",
        ]
        if let subtitle, !subtitle.isEmpty { lines.append("  <subtitle>\(XML.escape(subtitle))</subtitle>") }
        lines += [
            #"  <link rel="self" type="application/atom+xml" href="\#(XML.escape(selfLink))"/>"#,
            #"  <link rel="alternate" type="text/html" href="\#(XML.escape(alternateLink))"/>"#,
            "  <updated>\(Self.timestamp(updated))</updated>",
            "  <author><name>\(XML.escape(author))</name></author>",
            #"  <generator>dossier</generator>"#,
        ]
        for entry in entries {
            lines.append("  <entry>")
            lines.append("    <id>\(XML.escape(entry.id))</id>")
            lines.append("    <title>\(XML.escape(entry.title))</title>")
            lines.append(#"    <link rel="alternate" type="text/html" href="\#(XML.escape(entry.link))"/>"#)
            if let related = entry.related { lines.append(#"    <link rel="related" type="text/html" href="\#(XML.escape(related))"/>"#) }
            if let published = entry.published { lines.append("    <published>\(Self.timestamp(published))</published>") }
            lines.append("    <updated>\(Self.timestamp(entry.updated))</updated>")
            if let author = entry.author { lines.append("    <author><name>\(XML.escape(author))</name></author>") }
            for category in entry.categories {
                lines.append(#"    <category term="\#(XML.escape(category.term))" label="\#(XML.escape(category.label))"/>"#)
            }
            lines.append(#"    <summary type="text">\#(XML.escape(entry.summary))</summary>"#)
            lines.append("  </entry>")
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Content has days, Atom wants instants: midnight UTC of the day.
    static func timestamp(_ day: Day) -> String { "\(day.iso)T00:00:00Z" }
}

enum XML {
    /// Escapes text and attribute values, and drops the control characters XML 1.0 forbids
    /// (a pasted article can carry them), so a feed always parses.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// `sitemap.xml`, written only when the site's address is known: a sitemap needs absolute URLs.
struct Sitemap: Sendable {
    var baseURL: String
    var pages: [String]

    func xml() -> String {
        var lines = [#"<?xml version="1.0" encoding="utf-8"?>"#, #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#]
        for page in pages {
            let address = baseURL + (page == "index.html" ? "" : page)
            lines.append("  <url><loc>\(XML.escape(address))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SiteContent {
    /// Feed readers poll for what is new: like Hugo's `rssLimit`, a feed carries only the
    /// newest articles, so it stays small however large the dossier grows.
    static let feedEntries = 50

    /// `feed.xml` (the newest source articles) and `briefings/<slug>.xml` (a briefing's newest sources).
    func addFeeds(to jobs: inout PageJobs) {
        let site = input.config
        jobs.add { SiteFile("feed.xml", feed(path: "feed.xml", id: "feed", title: "\(site.title): new source articles", subtitle: site.description,
                                  page: "index.html", articles: newestFirst).xml()) }
        for topic in input.topics {
            let path = "briefings/\(topic.slug).xml"
            jobs.add { SiteFile(path, feed(path: path, id: "briefings/\(topic.slug)", title: "\(topic.title): new sources",
                                subtitle: "New source articles for the briefing '\(topic.title)' in \(site.title).",
                                page: "briefings/\(topic.slug).html", articles: articles(for: topic)).xml()) }
        }
    }

    private func feed(path: String, id: String, title: String, subtitle: String, page: String, articles: [Article]) -> AtomFeed {
        let root = PageBuilder.root(for: path)
        let fallbackDay = input.updated ?? Day(daysSinceEpoch: 0)
        /// Absolute under base_url; otherwise relative to the feed file, which feed readers
        /// resolve against the feed's own address.
        func address(_ sitePath: String) -> String { input.config.baseURL.map { $0 + sitePath } ?? root + sitePath }
        let entries = articles.prefix(Self.feedEntries).map { article in
            AtomFeed.Entry(id: identifier("articles/\(article.slug)", day: article.published ?? fallbackDay), title: article.title,
                           link: address("articles/\(article.slug).html"), related: article.url, updated: article.published ?? fallbackDay,
                           published: article.published, author: article.author ?? article.source, summary: Self.summary(of: article),
                           categories: input.assignment.topics(for: article.slug).compactMap { topicsBySlug[$0] }.map { ($0.slug, $0.title) })
        }
        return AtomFeed(id: identifier(id, day: input.articles.compactMap(\.published).min() ?? fallbackDay), title: title, subtitle: subtitle,
                        selfLink: address(path), alternateLink: address(page), updated: entries.map(\.updated).max() ?? fallbackDay,
                        author: input.config.title, language: input.config.language, entries: entries)
    }

    /// Feed and entry ids must never change. Under a base URL they are addresses; without one
    /// they are tag URIs (RFC 4151) in the reserved `dossier.invalid` namespace, dated by the
    /// content, so that nobody else's ids can clash with them.
    private func identifier(_ path: String, day: Day) -> String {
        if let baseURL = input.config.baseURL { return baseURL + path }
        return "tag:dossier.invalid,\(day.iso):\(Slug.make(from: input.config.title))/\(path)"
    }

    /// The opening paragraphs, up to about 300 characters.
    static func summary(of article: Article) -> String {
        var text = ""
        for block in article.blocks where block.kind == .paragraph {
            text += (text.isEmpty ? "" : " ") + block.text
            if text.count > 300 { break }
        }
        return TextExcerpt.excerpt(text, limit: 300)
    }
}
