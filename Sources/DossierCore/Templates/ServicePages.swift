import Foundation

/// The pages every dossier has besides its content: search, glossary, about, accessibility
/// statement and the page a server shows for a missing address.
extension SiteContent {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String? {
        guard let last = items.last else { return nil }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    func addServicePages(to jobs: inout PageJobs) {
        jobs.add { pages.render("search.html", "search", title: "Search",
            description: "Search the briefings, source articles, people and organisations of this dossier.", section: nil,
            crumbs: [LinkItem(title: "Search", href: "")], StaticPage()) }

        let terms = input.glossary.map { GlossaryPage.Term(term: $0.term, expansion: $0.expansion, definition: $0.definition, anchor: $0.anchor) }
        jobs.add { pages.render("glossary.html", "glossary", title: "Glossary",
            description: "The abbreviations used in this dossier and what they mean.", section: "glossary.html",
            crumbs: [LinkItem(title: "Glossary", href: "")], GlossaryPage(terms: terms)) }

        let days = input.articles.compactMap(\.published)
        let about = AboutPage(briefings: String(counting: input.topics.count, "briefing"), articles: String(counting: input.articles.count, "source article"),
                              people: input.people.count == 1 ? "1 person" : "\(input.people.count) people",
                              organisations: String(counting: input.organisations.count, "organisation"),
                              publications: Self.list(Array(Set(input.articles.compactMap(\.source))).sorted()), oldest: days.min()?.long, newest: days.max()?.long)
        jobs.add { pages.render("about.html", "about", title: "About this dossier",
            description: "How this dossier's briefings are made, what that method cannot do, and how to report an error.", section: nil,
            crumbs: [LinkItem(title: "About this dossier", href: "")], about) }

        jobs.add { pages.render("accessibility.html", "accessibility", title: "Accessibility statement",
            description: "How accessible this website is, what to do if you cannot use part of it, and how to report a problem.", section: nil,
            crumbs: [LinkItem(title: "Accessibility statement", href: "")], StaticPage()) }

        // Servers show 404.html for any missing address, at that address: its links are relative
        // to the site's top folder, so they work for a missing page there (see the README).
        jobs.add { pages.render("404.html", "404", title: "Page not found",
            description: "There is no page at this address.", section: nil, StaticPage()) }
    }
}
