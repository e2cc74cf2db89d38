import Foundation

/// `serve`'s first answer to a saved article: the article's own page, made from the last good
/// build with only that article read, cleaned, classified and rendered again. Published at once,
/// in milliseconds, while the whole site is built again; everything else an edit can change (the
/// briefings the article feeds, entity pages, indexes, search, feeds, the site's date) waits for
/// that build, which replaces this page with its own. So what is served in the end is still
/// byte-identical to a clean build, and only the first seconds after a save show less.
///
/// It answers only for edits to articles the last build published: an added or deleted file, a
/// person, a topic or a template can change pages it cannot make. The page passes the same
/// safeguarding as any other (withheld names redacted before cleaning, then the output guard);
/// any problem at all and it answers nothing, and the full build reports it.
public struct ArticlePreview: Sendable {
    let settings: BuildSettings
    let content: Content
    /// The paths of the last build's articles, as `content/articles/x.md` is displayed.
    let published: Set<String>
    let site: SiteContent

    /// The pages of the edited articles by site path, or nil unless every file in `changed` is
    /// an article the last build published, still readable and still published, with no error.
    public func pages(forChanged changed: [URL]) -> [String: Data]? {
        guard !changed.isEmpty else { return nil }
        let folder = settings.contentDirectory.appendingPathComponent("articles", isDirectory: true).standardizedFileURL.path
        let loader = ContentLoader(contentDirectory: settings.contentDirectory, displayRoot: settings.display(settings.contentDirectory))
        var pages: [String: Data] = [:]
        for url in changed {
            let file = url.standardizedFileURL
            guard file.deletingLastPathComponent().path == folder else { return nil }
            let name = file.lastPathComponent
            guard published.contains("\(loader.displayRoot)/articles/\(name)"),
                  let source = loader.readArticleAgain(named: name), settings.includeDrafts || !source.draft,
                  let page = page(for: source) else { return nil }
            pages[page.path] = page.data
        }
        let guardFindings = OutputGuard(policy: content.safeguarding).check(SitePlan(files: pages)) { [] }
        return guardFindings.isEmpty ? pages : nil
    }

    private func page(for source: ArticleSource) -> (path: String, data: Data)? {
        let ingested = ArticleIngester(redactor: Redactor(policy: content.safeguarding)).ingest(source)
        guard let article = ingested.article, ingested.diagnostics.errors.isEmpty else { return nil }
        let (assignment, diagnostics) = TopicClassifier(topics: content.topics).classify([article])
        guard diagnostics.errors.isEmpty else { return nil }
        let rendered = site.renderer.render(article)
        var entityIDs: [String] = []
        var seen = Set<String>()
        for mention in rendered.mentions where seen.insert(mention.entityID).inserted { entityIDs.append(mention.entityID) }
        let file = site.articlePage(article, titleHTML: rendered.title, blocksHTML: rendered.blocks,
                                    topics: assignment.topics(for: article.slug), entityIDs: entityIDs)
        guard case .whole(let make) = file.contents else { return nil }
        return (file.path, make())
    }
}
