import Foundation

/// Where a build reads and writes, and how.
public struct BuildSettings: Sendable {
    public var contentDirectory: URL
    public var templatesDirectory: URL
    public var outputDirectory: URL
    public var includeDrafts = false
    /// Overrides `base_url` in dossier.yml.
    public var baseURL: String?
    /// `SOURCE_DATE_EPOCH`: when set, the site's "last updated" date; otherwise the newest content date.
    public var sourceDateEpoch: Int?
    /// Told when each stage starts, for a progress display; called on the building thread.
    public var progress: (@Sendable (BuildStage) -> Void)?

    public init(contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
    }

    /// Paths as the user would write them, relative to the working folder where possible.
    public func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

/// The build as a pipeline of named stages over plain values:
/// load → ingest → classify → link and render → templates → write.
/// Only the first stage reads the content folder and only the last writes the site.
public struct SiteBuilder: Sendable {
    public let settings: BuildSettings

    public init(settings: BuildSettings) {
        self.settings = settings
    }

    /// Everything except writing, for `build` and for `check`.
    public func plan() throws(BuildFailure) -> (SitePlan, [Diagnostic]) {
        settings.progress?(.loading)
        var (content, warnings) = try ContentLoader(contentDirectory: settings.contentDirectory,
                                                    displayRoot: settings.display(settings.contentDirectory)).load()
        if let baseURL = settings.baseURL { content.config.baseURL = baseURL }
        let templates = try TemplateLibrary(directory: settings.templatesDirectory, displayRoot: settings.display(settings.templatesDirectory))

        settings.progress?(.cleaning)
        let ingested = ArticleIngester().ingest(content.articles, includeDrafts: settings.includeDrafts)
        warnings += ingested.diagnostics
        try warnings.throwIfErrors()

        let (assignment, classifyDiagnostics) = TopicAssigner().assign(ingested.articles, to: content.topics)
        warnings += classifyDiagnostics
        try warnings.throwIfErrors()

        settings.progress?(.linking)
        let (registry, registryDiagnostics) = EntityRegistry.build(people: content.people, organisations: content.organisations)
        warnings += registryDiagnostics
        try warnings.throwIfErrors()
        guard let registry else { throw BuildFailure(warnings) }

        settings.progress?(.rendering)
        let renderer = ContentRenderer(markdown: MarkdownRenderer(allowRawHTML: content.config.allowRawHTML), linker: EntityLinker(registry: registry))
        let rendered = renderer.render(articles: ingested.articles, topics: content.topics, people: content.people, organisations: content.organisations)

        let plan = SiteAssembler(templates: templates, renderer: renderer).assemble(.init(
            config: content.config, articles: ingested.articles, topics: content.topics, people: content.people,
            organisations: content.organisations, assignment: assignment, rendered: rendered, registry: registry,
            updated: updatedDay(ingested.articles)))

        // A broken link in the planned pages is a bug in a template or in Markdown someone wrote:
        // caught here, before anything is written, for `build`, `check` and `serve` alike.
        settings.progress?(.checking)
        warnings += LinkChecker(displayRoot: settings.display(settings.outputDirectory)).check(plan)
        try warnings.throwIfErrors()
        return (plan, warnings.sorted())
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let writer = SiteWriter(output: settings.outputDirectory, displayPath: settings.display(settings.outputDirectory),
                                protectedFolders: [settings.contentDirectory, settings.templatesDirectory])
        try writer.checkOutputIsOurs()
        let (plan, warnings) = try plan()
        settings.progress?(.writing)
        try writer.write(plan)
        return BuildReport(plan: plan, warnings: warnings)
    }

    /// The site's date is a content date, never the wall clock, so two builds of the same
    /// content are byte-identical.
    func updatedDay(_ articles: [Article]) -> Day? {
        if let epoch = settings.sourceDateEpoch { return Day(daysSinceEpoch: epoch / 86_400) }
        return articles.compactMap(\.published).max()
    }
}
