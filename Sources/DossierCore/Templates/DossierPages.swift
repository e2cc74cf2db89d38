import Foundation

/// The dossier-wide pages drawn from every briefing: one timeline, one table of figures, and
/// every source with what the cleaner removed from it.
extension SiteContent {
    func addDossierPages(to jobs: inout PageJobs) {
        let size = input.config.listPageSize
        jobs.addFiles { pages(of: PagedList(path: "timeline.html", items: timeline(root: ""), size: size), "timeline", title: "Timeline",
            description: "What has happened, in date order, across every briefing, each event cited to the articles that report it.",
            section: "timeline.html", TimelinePage.init) }
        jobs.addFiles { pages(of: PagedList(path: "figures.html", items: figures(root: ""), size: size), "figures", title: "Key figures",
            description: "The figures the source articles give, with what they count, when, and where each comes from.",
            section: "figures.html", FiguresPage.init) }
        jobs.addFiles { pages(of: PagedList(path: "sources.html", items: sources(), size: size), "sources", title: "Sources",
            description: "Every article this dossier draws on: publication, author, date, the briefings it feeds and what was removed from the pasted text.",
            section: "articles/index.html", SourcesPage.init) }
    }

    /// Every briefing's events, oldest first; the same event in two briefings is listed once.
    func timeline(root: String) -> [TimelineItem] {
        timelineEvents().map { timelineItem($0, root: root) }
    }

    /// The timeline's events before they are shown: the home page shows five, and citing every
    /// event's sources to pick them was a quarter of a second at N = 10,000.
    func timelineEvents() -> [TimelineEvent] {
        var seen = Set<String>()
        return input.briefings.flatMap(\.events)
            .sorted { ($0.date.day, $0.sources[0], $0.topic) < ($1.date.day, $1.sources[0], $1.topic) }
            .filter { seen.insert("\($0.date.text)|\($0.text)").inserted }
    }

    func timelineItem(_ event: TimelineEvent, root: String) -> TimelineItem {
        TimelineItem(date: event.date.text, dateISO: event.date.day.iso, text: event.text,
                     topic: LinkItem(title: topicsBySlug[event.topic]?.title ?? event.topic, href: root + "briefings/\(event.topic).html"),
                     sources: citations(event.sources, root: root))
    }

    /// Figures reported by most sources first, then in corpus order.
    func figures(root: String) -> [FigureItem] {
        rankedFigures().map { figureItem($0, root: root) }
    }

    /// The figures before they are shown, with their briefing's topic (the home page shows four).
    func rankedFigures() -> [(topic: String, figure: Figure)] {
        var seen = Set<String>()
        return input.briefings.flatMap { briefing in briefing.figures.map { (topic: briefing.topic, figure: $0) } }
            .sorted { ($1.figure.sources.count, $0.figure.sources[0]) < ($0.figure.sources.count, $1.figure.sources[0]) }
            .filter { seen.insert($0.figure.phrase.lowercased() + "|" + $0.figure.sentence).inserted }
    }

    func figureItem(_ ranked: (topic: String, figure: Figure), root: String) -> FigureItem {
        let (topic, figure) = ranked
        return FigureItem(figure: figure.phrase, context: figure.sentence, asOf: figure.asOf?.text,
                          topic: LinkItem(title: topicsBySlug[topic]?.title ?? topic, href: root + "briefings/\(topic).html"),
                          sources: citations(figure.sources, root: root))
    }

    func sources() -> [SourceItem] {
        newestFirst.map { article in
            let removed = Dictionary(grouping: article.removals.filter { $0.rule != .blank }, by: \.rule.rawValue)
                .sorted { $0.key < $1.key }
                .map { "\($0.key.replacingOccurrences(of: "-", with: " ")) (\(String(counting: $0.value.reduce(0) { $0 + $1.lines.count }, "line")))" }
            return SourceItem(title: article.title, href: "articles/\(article.slug).html", source: article.source, author: article.author,
                              date: article.published?.long, dateISO: article.published?.iso,
                              topics: input.assignment.topics(for: article.slug).compactMap { topicsBySlug[$0] }
                                  .map { LinkItem(title: $0.title, href: "briefings/\($0.slug).html") },
                              paragraphs: article.blocks.count, removed: removed.isEmpty ? nil : removed.joined(separator: "; "))
        }
    }

    /// "Article title, paragraph 4", linking to that paragraph.
    func citations(_ sources: [SourceRef], root: String) -> [LinkItem] {
        sources.map { source in
            LinkItem(title: "\(articlesBySlug[source.article]?.title ?? source.article), paragraph \(source.block + 1)",
                     href: root + "articles/\(source.article).html#\(Article.anchor(forBlock: source.block))")
        }
    }
}
