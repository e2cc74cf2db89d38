/// The ingest stage: cleans each pasted article and settles its metadata. Front matter always
/// wins over what is recovered from the text.
public struct ArticleIngester: Sendable {
    public let redactor: Redactor

    public init(redactor: Redactor = Redactor(policy: SafeguardingPolicy())) {
        self.redactor = redactor
    }

    /// `memory`: articles ingested by an earlier build of this process, taken as they are when
    /// their source and the policy are unchanged.
    public func ingest(_ sources: [ArticleSource], includeDrafts: Bool, memory: BuildMemory? = nil) -> (articles: [Article], diagnostics: [Diagnostic]) {
        // Articles are cleaned on both cores, then collected in input order.
        let kept = sources.filter { includeDrafts || !$0.draft }
        let results = kept.parallelMap { source in
            memory?.ingested.output(source.path, for: source) { ingest(source) } ?? ingest(source)
        }
        memory?.keep(onlyArticles: Set(kept.map(\.path)))
        return (results.compactMap(\.article), results.flatMap(\.diagnostics))
    }

    /// An article as cleaned, unless nothing was left of it, and what was wrong.
    struct IngestedArticle {
        var article: Article?
        var diagnostics: [Diagnostic]
    }

    func ingest(_ unredacted: ArticleSource) -> IngestedArticle {
        // Withheld names go first, before the cleaner or anything after it sees the text.
        let (source, redactions) = redactor.redact(unredacted)
        let cleaned = ArticleCleaner().clean(source.body, firstLine: source.bodyFirstLine)
        if cleaned.blocks.isEmpty {
            return IngestedArticle(article: nil, diagnostics: [.warning(source.path, line: source.bodyFirstLine, "nothing is left of the article after cleaning",
                                                                         hint: "run 'dossier explain \(source.slug)' to see what was removed")])
        }
        var diagnostics: [Diagnostic] = []
        let published = source.published ?? cleaned.byline?.date
        if published == nil {
            diagnostics.append(.warning(source.path, line: 1, "the article has no date: it will show as undated", hint: "add 'published: YYYY-MM-DD' to its front matter"))
        }
        var article = Article(
            slug: source.slug, path: source.path,
            title: source.title ?? cleaned.title ?? source.slug,
            source: source.source, author: source.author ?? cleaned.byline?.author,
            published: published, url: source.url, pinnedTopics: source.topics, draft: source.draft,
            blocks: cleaned.blocks, removals: cleaned.removals, quotes: cleaned.quotes, redactions: redactions)
        article.excludedTopics = source.excludedTopics
        article.digest = .made(for: article)
        return IngestedArticle(article: article, diagnostics: diagnostics)
    }
}
