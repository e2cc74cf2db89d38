import Foundation

/// The pages made from content: home, source articles, briefings with their printable packs,
/// people and organisations.
extension SiteContent {
    func addHomePage(to jobs: inout PageJobs) {
        jobs.add { homePage() }
    }

    private func homePage() -> SiteFile {
        var marked = Set<String>()
        let titleHTML = renderer.inlineHTML(input.config.title, marked: &marked)
        let descriptionHTML = renderer.html(input.config.description, root: "", marked: &marked)
        let topics = input.topics.map { topic in
            let dates = briefingDates(topic)
            return TopicSummary(titleHTML: renderer.inlineHTML(topic.title, marked: &marked), href: "briefings/\(topic.slug).html",
                                ledeHTML: renderer.html(topic.lede, root: "", marked: &marked),
                                sourceCount: String(counting: input.assignment.articles(for: topic.slug).count, "source article"), updated: dates.updated?.long, updatedISO: dates.updated?.iso)
        }
        return pages.render("index.html", "home", title: input.config.title, description: input.config.description, section: nil, HomePage(
            titleHTML: titleHTML, descriptionHTML: descriptionHTML, topics: topics,
            latestEvents: timelineEvents().filter { $0.date.day.iso <= (input.updated?.iso ?? "9999") }.suffix(5).reversed().map { timelineItem($0, root: "") },
            headlineFigures: rankedFigures().prefix(4).map { figureItem($0, root: "") },
            latestArticles: newestFirst.prefix(10).map { summary($0, root: "") },
            people: input.people.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "people/\($0.slug).html") },
            organisations: input.organisations.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "organisations/\($0.slug).html") }))
    }

    func addArticlePages(to jobs: inout PageJobs) {
        jobs.addFiles { pages(of: PagedList(path: "articles/index.html", items: newestFirst.map { summary($0, root: "../") }, size: input.config.listPageSize),
            "articles", title: "Source articles", description: "Every news article this dossier draws on, newest first, as published.",
            section: "articles/index.html", ArticleIndexPage.init) }
        for article in input.articles { jobs.add { articlePage(article) } }
    }

    private func articlePage(_ article: Article) -> SiteFile {
        articlePage(article, titleHTML: input.rendered.articleTitles[article.slug] ?? "", blocksHTML: input.rendered.articleBlocks[article.slug] ?? [],
                    topics: input.assignment.topics(for: article.slug), entityIDs: mentionIndex.entityIDs(in: article.slug))
    }

    /// An article's page from its own parts: `entityIDs` in order of first mention. `ArticlePreview`
    /// makes an edited article's page from parts of its own, beside the rest of the last build.
    func articlePage(_ article: Article, titleHTML: String, blocksHTML: [String], topics topicSlugs: [String], entityIDs: [String]) -> SiteFile {
        let entities = mentionIndex.links(to: entityIDs, root: "../")
        let topics = topicSlugs.compactMap { topicsBySlug[$0] }.map { LinkItem(title: $0.title, href: "../briefings/\($0.slug).html") }
        let path = "articles/\(article.slug).html"
        return pages.render(path, "article", title: article.title, description: Self.description(of: article), section: "articles/index.html",
            crumbs: [LinkItem(title: "Source articles", href: "articles/index.html"), LinkItem(title: article.title, href: "")],
            ArticlePage(titleHTML: titleHTML, source: article.source, author: article.author,
                        date: article.published?.long, dateISO: article.published?.iso, url: article.url, blocks: Self.blocks(blocksHTML),
                        topics: topics, people: entities.people, organisations: entities.organisations,
                        removedLines: Self.removedLines(article), redactions: article.redactions))
    }

    func addBriefingPages(to jobs: inout PageJobs) {
        for topic in input.topics { jobs.addFiles { briefingFiles(topic) } }
    }

    /// A topic's Markdown briefing, its page and its printable pack.
    private func briefingFiles(_ topic: Topic) -> [SiteFile] {
        var files: [SiteFile] = []
        let articles = articles(for: topic)
        let briefing = briefingBody(topic)
        let path = "briefings/\(topic.slug).html"
        let description = TextExcerpt.excerpt(renderer.plainText(topic.lede))
        if let composed = briefingsByTopic[topic.slug] { files.append(SiteFile("briefings/\(topic.slug).md", composed.document)) }
        files.append(pages.render(path, "topic", title: topic.title, description: description, section: nil,
            crumbs: [LinkItem(title: "Briefings", href: "index.html#briefings"), LinkItem(title: topic.title, href: "")],
            feeds: [LinkItem(title: "\(topic.title): new sources", href: "briefings/\(topic.slug).xml")],
            TopicPage(briefing: briefing, articles: articles.map { summary($0, root: "../") },
                      packHref: "\(topic.slug)-pack.html", feedHref: "\(topic.slug).xml")))

        // The printable pack: the briefing as its page shows it, then each article it cites in
        // full (all of the topic's articles would be thousands of pages at national scale).
        let packPath = "briefings/\(topic.slug)-pack.html"
        let cited = (briefingsByTopic[topic.slug]?.cited ?? []).compactMap { articlesBySlug[$0] }
        let sources = cited.enumerated().map { number, article in
            BriefingPackPage.Source(number: number + 1, anchor: "source-\(number + 1)", titleHTML: input.rendered.articleTitles[article.slug] ?? "",
                                    href: "../articles/\(article.slug).html", source: article.source, author: article.author,
                                    date: article.published?.long, dateISO: article.published?.iso, url: article.url,
                                    blocks: blocks(of: article, anchorPrefix: "source-\(number + 1)-"))
        }
        files.append(pages.render(packPath, "pack", title: "\(topic.title): briefing and sources",
            description: "A printable pack: the briefing '\(topic.title)' followed by the full text of the \(String(counting: cited.count, "source article")) it cites.",
            section: nil, crumbs: [LinkItem(title: "Briefings", href: "index.html#briefings"), LinkItem(title: topic.title, href: path),
                                   LinkItem(title: "Printable pack", href: "")],
            BriefingPackPage(briefing: briefing, topicHref: "\(topic.slug).html", sources: sources)))
        return files
    }

    func addPeoplePages(to jobs: inout PageJobs) {
        for person in input.people { jobs.add { personPage(person) } }
        jobs.add { pages.render("people/index.html", "people", title: "People",
            description: "The people named in this dossier, grouped by the organisation of their most recent role.", section: "people/index.html",
            crumbs: [LinkItem(title: "People", href: "")], EntityIndexPage(groups: peopleGroups())) }
    }

    private func personPage(_ person: Person) -> SiteFile {
        let roles = person.roles.map {
            PersonPage.RoleItem(title: $0.title, organisation: link(organisation: $0.organisation, root: "../"), period: Self.period($0.from, $0.until))
        }
        let mentions = mentionGroups(of: person.slug)
        let quotes = self.quotes(by: person.slug)
        let path = "people/\(person.slug).html"
        return pages.render(path, "person", title: person.name,
            description: TextExcerpt.excerpt("\(person.name): \(renderer.plainText(person.description))"), section: "people/index.html",
            crumbs: [LinkItem(title: "People", href: "people/index.html"), LinkItem(title: person.name, href: "")],
            PersonPage(nameHTML: input.rendered.entityNames[person.slug] ?? "", aliases: person.aliases.isEmpty ? nil : person.aliases.joined(separator: ", "),
                       survivor: person.survivor, roles: roles, descriptionHTML: input.rendered.descriptions[person.slug] ?? "",
                       quotes: quotes.shown, earlierQuotes: quotes.earlier, mentions: mentions.excerpted, earlierMentions: mentions.earlier, related: mentionIndex.related(to: person.slug, root: "../")))
    }

    func addOrganisationPages(to jobs: inout PageJobs) {
        for organisation in input.organisations { jobs.add { organisationPage(organisation) } }
        jobs.add { organisationIndexPage() }
    }

    private func organisationPage(_ organisation: Organisation) -> SiteFile {
        let children = input.organisations.filter { $0.parent == organisation.slug }.sorted { $0.name < $1.name }
            .map { LinkItem(title: $0.name, href: "\($0.slug).html") }
        let people = input.people.filter { $0.roles.contains { $0.organisation == organisation.slug } }.sorted { $0.name < $1.name }
            .map { person in LinkItem(title: person.name, href: "../people/\(person.slug).html",
                                      detail: person.roles.first { $0.organisation == organisation.slug }?.title) }
        let mentions = mentionGroups(of: organisation.slug)
        let quotes = self.quotes(by: organisation.slug)
        let path = "organisations/\(organisation.slug).html"
        return pages.render(path, "organisation", title: organisation.name,
            description: TextExcerpt.excerpt("\(organisation.name): \(renderer.plainText(organisation.description))"), section: "organisations/index.html",
            crumbs: [LinkItem(title: "Organisations", href: "organisations/index.html"), LinkItem(title: organisation.name, href: "")],
            OrganisationPage(nameHTML: input.rendered.entityNames[organisation.slug] ?? "",
                             aliases: organisation.aliases.isEmpty ? nil : organisation.aliases.joined(separator: ", "),
                             kind: organisation.kind,
                             parent: organisation.parent.flatMap { slug in organisationsBySlug[slug].map { LinkItem(title: $0.name, href: "\(slug).html") } },
                             children: children, people: people, descriptionHTML: input.rendered.descriptions[organisation.slug] ?? "",
                             quotes: quotes.shown, earlierQuotes: quotes.earlier, mentions: mentions.excerpted, earlierMentions: mentions.earlier,
                             related: mentionIndex.related(to: organisation.slug, root: "../")))
    }

    private func organisationIndexPage() -> SiteFile {
        let groups = Dictionary(grouping: input.organisations) { $0.kind ?? "other" }
            .sorted { $0.key < $1.key }
            .map { EntityGroup(title: Self.kindTitle($0.key), items: $0.value.sorted { $0.name < $1.name }.map { LinkItem(title: $0.name, href: "\($0.slug).html") }) }
        return pages.render("organisations/index.html", "organisations", title: "Organisations",
            description: "The organisations named in this dossier, by kind.", section: "organisations/index.html",
            crumbs: [LinkItem(title: "Organisations", href: "")], EntityIndexPage(groups: groups))
    }

    // MARK: Helpers

    /// Where an entity is mentioned, its sentences marking abbreviations the page's heading and
    /// description have not. `serve` keeps each page's sentences as HTML while they are the same.
    func mentionGroups(of slug: String) -> (excerpted: [MentionGroup], earlier: [MentionGroup]) {
        let marked = input.rendered.entityPageAbbreviations[slug] ?? []
        return mentionIndex.groups(for: slug, root: "../") { sentences in
            func render() -> [String] {
                var marked = marked
                return sentences.map { renderer.inlineHTML($0, marked: &marked) }
            }
            return input.mentionMemo?.output(slug, for: .init(marked: marked, sentences: sentences), render) ?? render()
        }
    }

    /// How many quotes an entity page shows. A minister is quoted in thousands of articles at
    /// national scale: every quote made a 3.5 MB page, too long to read or print.
    static let quotesShown = 20

    /// What an entity said, newest first, each with the role they held that day: the newest
    /// `quotesShown`, and how many earlier ones are left to their articles' pages.
    func quotes(by id: String) -> (shown: [QuoteItem], earlier: String?) {
        let all = quotesBySpeaker[id] ?? []
        let shown = all
            .sorted { ($0.published ?? Day(daysSinceEpoch: 0), $1.source) > ($1.published ?? Day(daysSinceEpoch: 0), $0.source) }
            .prefix(Self.quotesShown)
            .map { quote in
                let others = quote.speakerIDs.filter { $0 != id }.map { input.registry.name(of: $0) }.joined(separator: " and ")
                return QuoteItem(text: quote.text.replacingOccurrences(of: "\n\n", with: " "), role: input.registry.role(of: id, on: quote.published),
                                 describedAs: quote.speaker, date: quote.published?.long, dateISO: quote.published?.iso,
                                 articleTitle: articlesBySlug[quote.source.article]?.title ?? quote.source.article,
                                 href: "../articles/\(quote.source.article).html#\(Article.anchor(forBlock: quote.source.block))",
                                 jointly: others.isEmpty ? nil : others)
            }
        let earlier = all.count - shown.count
        return (shown, earlier == 0 ? nil : String(counting: earlier, "earlier quote"))
    }

    func blocks(of article: Article, anchorPrefix: String = "") -> [TextBlock] {
        Self.blocks(input.rendered.articleBlocks[article.slug] ?? [], anchorPrefix: anchorPrefix)
    }

    static func blocks(_ html: [String], anchorPrefix: String = "") -> [TextBlock] {
        html.enumerated().map { TextBlock(anchor: anchorPrefix + Article.anchor(forBlock: $0.offset), html: $0.element) }
    }

    /// A briefing is first published with its oldest source and last updated with its newest:
    /// it is made from them, and no clock may change the site.
    func briefingDates(_ topic: Topic) -> (published: Day?, updated: Day?) {
        let days = (briefingsByTopic[topic.slug]?.sources ?? input.assignment.articles(for: topic.slug)).compactMap { articlesBySlug[$0]?.published }
        return (days.min() ?? input.updated, days.max() ?? input.updated)
    }

    func briefingBody(_ topic: Topic) -> BriefingBody {
        let dates = briefingDates(topic)
        let composed = briefingsByTopic[topic.slug]
        return BriefingBody(titleHTML: input.rendered.topicTitles[topic.slug] ?? "", ledeHTML: input.rendered.ledes[topic.slug]?.onTopicPage ?? "",
                            briefingHTML: input.rendered.briefings[topic.slug] ?? "",
                            published: dates.published?.long, publishedISO: dates.published?.iso,
                            updated: dates.updated?.long, updatedISO: dates.updated?.iso,
                            markdownHref: "\(topic.slug).md", keyPoints: composed?.keyPoints ?? 0, singleSourcePoints: composed?.singleSourcePoints ?? 0)
    }

    static func removedLines(_ article: Article) -> String? {
        let count = article.removals.filter { $0.rule != .blank }.reduce(0) { $0 + $1.lines.count }
        return count == 0 ? nil : String(counting: count, "line")
    }

    static func description(of article: Article) -> String {
        let origin = [article.source, article.published?.long].compactMap { $0 }.joined(separator: ", ")
        let opening = article.blocks.first { $0.kind == .paragraph }?.text ?? ""
        return TextExcerpt.excerpt(origin.isEmpty ? opening : "\(origin). \(opening)")
    }

    /// One organisation's kind, as a label: "Council", "Public body".
    static func kindName(_ kind: String) -> String {
        switch kind {
        case "charity": return "Charity or survivor group"
        case "public-body": return "Public body"
        case "political-party": return "Political party"
        default: return kind.prefix(1).uppercased() + kind.dropFirst()
        }
    }

    /// A group of organisations of one kind: "Councils", "Public bodies".
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
    func peopleGroups() -> [EntityGroup] {
        var groups: [String: [LinkItem]] = [:]
        for person in input.people.sorted(by: { $0.name < $1.name }) {
            let latest = person.roles.max { ($0.from ?? Day(daysSinceEpoch: 0)) < ($1.from ?? Day(daysSinceEpoch: 0)) }
            let group = latest?.organisation.flatMap { organisationsBySlug[$0]?.name } ?? "Others"
            groups[group, default: []].append(LinkItem(title: person.name, href: "\(person.slug).html", detail: latest?.title))
        }
        return groups.keys.sorted { ($0 == "Others" ? 1 : 0, $0) < ($1 == "Others" ? 1 : 0, $1) }.map { EntityGroup(title: $0, items: groups[$0]!) }
    }
}
