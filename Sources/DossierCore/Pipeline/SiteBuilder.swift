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
    /// The wall clock's date, used only to warn about support contacts not checked for six
    /// months; never written into the site. nil skips that warning.
    public var today: Day? = Day.today()

    public init(contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
    }

    /// Paths as the user would write them, relative to the working folder where possible.
    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}

public struct BuildReport: Sendable {
    public var pages: [String: Int]
    public var files: Int
    public var warnings: [Diagnostic]
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
        var (content, warnings) = try ContentLoader(contentDirectory: settings.contentDirectory,
                                                    displayRoot: settings.display(settings.contentDirectory), today: settings.today).load()
        if let baseURL = settings.baseURL {
            if let problem = URLPolicy.problem(with: baseURL, allowMailto: false) {
                throw BuildFailure([.error("--base-url", problem)])
            }
            // Feeds, the sitemap and canonical links append page paths to it.
            content.config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        if content.support.isEmpty {
            warnings.append(.warning("\(settings.display(settings.contentDirectory))/support.yml", "no contacts: the 'If you are worried about a child' box on every page will have no numbers",
                                     hint: "list the contacts readers should use in support.yml (see the README)"))
        }
        let templates = try TemplateLibrary(directory: settings.templatesDirectory, displayRoot: settings.display(settings.templatesDirectory))

        let ingested = ArticleIngester().ingest(content.articles, includeDrafts: settings.includeDrafts)
        warnings += ingested.diagnostics
        try warnings.throwIfErrors()

        let (assignment, classifyDiagnostics) = TopicAssigner().assign(ingested.articles, to: content.topics)
        warnings += classifyDiagnostics
        try warnings.throwIfErrors()

        let (registry, registryDiagnostics) = EntityRegistry.build(people: content.people, organisations: content.organisations)
        warnings += registryDiagnostics
        try warnings.throwIfErrors()
        guard let registry else { throw BuildFailure(warnings) }

        let renderer = ContentRenderer(markdown: MarkdownRenderer(allowRawHTML: content.config.allowRawHTML), linker: EntityLinker(registry: registry),
                                       abbreviations: AbbreviationMarker(glossary: content.glossary))
        let rendered = renderer.render(articles: ingested.articles, topics: content.topics, people: content.people, organisations: content.organisations)

        let plan = SiteAssembler(templates: templates, renderer: renderer).assemble(.init(
            config: content.config, articles: ingested.articles, topics: content.topics, people: content.people,
            organisations: content.organisations, assignment: assignment, rendered: rendered, registry: registry,
            updated: updatedDay(ingested.articles), support: content.support, glossary: content.glossary))
        return (plan, warnings.sorted())
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let writer = SiteWriter(output: settings.outputDirectory, displayPath: settings.display(settings.outputDirectory),
                                protectedFolders: [settings.contentDirectory, settings.templatesDirectory])
        try writer.checkOutputIsOurs()
        let (plan, warnings) = try plan()
        try writer.write(plan)
        var pages: [String: Int] = [:]
        for path in plan.files.keys where path.hasSuffix(".html") {
            let kind = path.contains("/") ? String(path.split(separator: "/")[0]) : "home"
            pages[kind, default: 0] += 1
        }
        return BuildReport(pages: pages, files: plan.files.count, warnings: warnings)
    }

    /// The site's date is a content date, never the wall clock, so two builds of the same
    /// content are byte-identical.
    func updatedDay(_ articles: [Article]) -> Day? {
        if let epoch = settings.sourceDateEpoch { return Day(daysSinceEpoch: epoch / 86_400) }
        return articles.compactMap(\.published).max()
    }
}
