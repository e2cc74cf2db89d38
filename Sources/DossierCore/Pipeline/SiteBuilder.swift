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
    /// Report where the sources use terms the dossier's own words avoid (`--verbose`).
    public var reportSourceWording = false
    /// Keep each step's outputs on disk for the next build (`StepCache`); off for a one-off
    /// build, which would spend time writing what nothing reads.
    public var keepsStepCache = true
    /// Leave the build's values for the system to reclaim when the process exits, as a
    /// compiler does (clang's -disable-free): freeing them one by one took a one-edit rebuild
    /// about 0.3 s on one core at N = 10,000. For a process that builds once and exits.
    public var keepsValuesUntilExit = false
    /// Told when each stage starts, for a progress display; called on the building thread.
    public var progress: (@Sendable (BuildStage) -> Void)?
    /// The wall clock's date, used only to warn about support contacts not checked for six
    /// months; never written into the site. nil skips that warning.
    public var today: Day? = Day.today()

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
/// load → ingest → classify → extract → compose → link and render → templates → check → write.
/// Only the first stage reads the content folder. Rendered files go to a staging folder as they
/// are made, and only the last stage puts it in place of the site.
public struct SiteBuilder: Sendable {
    public let settings: BuildSettings
    /// Kept by a process that builds again and again (`serve`): see `BuildMemory`.
    public let memory: BuildMemory?

    public init(settings: BuildSettings, memory: BuildMemory? = nil) {
        self.settings = settings
        self.memory = memory
    }

    /// The stages up to composition: what `explain`, `entities` and the tests look at.
    public func process() throws(BuildFailure) -> Dossier {
        settings.progress?(.loading)
        var loader = ContentLoader(contentDirectory: settings.contentDirectory, displayRoot: settings.display(settings.contentDirectory), today: settings.today)
        loader.memo = memory?.loaded
        var (content, warnings) = try loader.load()
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

        settings.progress?(.cleaning)
        memory?.begin(content)
        // The pasted text is needed only to ingest: the dossier holds the articles cleaned, and
        // the output guard reads the files again if it must name a line (48 MB at N=10,000).
        let sources = content.articles
        content.articles = []
        let ingested = ArticleIngester(redactor: Redactor(policy: content.safeguarding)).ingest(sources, includeDrafts: settings.includeDrafts, memory: memory)
        warnings += ingested.diagnostics
        warnings += PeopleGuard().check(content.people)
        let language = LanguageChecker(policy: content.safeguarding)
        warnings += language.checkEditorText(editorText(content))
        if settings.reportSourceWording { warnings += language.checkSources(ingested.articles) }
        try warnings.throwIfErrors()

        let (assignment, classifyDiagnostics) = TopicClassifier(topics: content.topics).classify(ingested.articles, memo: memory?.classified)
        warnings += classifyDiagnostics
        try warnings.throwIfErrors()

        settings.progress?(.linking)
        let (registry, registryDiagnostics) = EntityRegistry.build(people: content.people, organisations: content.organisations)
        warnings += registryDiagnostics
        try warnings.throwIfErrors()
        guard let registry else { throw BuildFailure(warnings) }

        let articlesBySlug = Dictionary(ingested.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var extractor = FactExtractor(registry: registry, articles: articlesBySlug)
        extractor.analysisMemo = memory?.analysed
        extractor.paragraphDigestsMemo = memory?.analysedParagraphs
        let composer = BriefingComposer(registry: registry, articles: articlesBySlug, rawHTMLAllowed: content.config.allowRawHTML)
        // Topics, and articles' quotes, on both cores, collected in input order.
        let briefings = extractor.extract(topics: content.topics, assignment: assignment, memo: memory?.briefed, composer.compose)

        let attributor = QuoteAttributor(registry: registry)
        let quotes = ingested.articles.parallelMap { article in
            memory?.attributed.output(article.path, for: article) { attributor.attribute(article) } ?? attributor.attribute(article)
        }.flatMap { $0 }
        return Dossier(content: content, articles: ingested.articles, assignment: assignment, registry: registry,
                       briefings: briefings, quotes: quotes, diagnostics: warnings.sorted())
    }

    /// Everything except writing, with the whole site in memory: for `check` and `serve`.
    /// `previous`: the plan this process made last (`serve` keeps it), whose pages are taken
    /// as they are wherever their key is unchanged, rather than rendered again.
    public func plan(reusing previous: SitePlan? = nil) throws(BuildFailure) -> (SitePlan, [Diagnostic]) {
        let (plan, warnings, _) = try planWithPreview(reusing: previous)
        return (plan, warnings)
    }

    /// As `plan(reusing:)`, with what `serve` needs to show the next edit to an article at once.
    public func planWithPreview(reusing previous: SitePlan? = nil) throws(BuildFailure) -> (SitePlan, [Diagnostic], ArticlePreview) {
        let rendering = try render()
        let plan = try rendering.site.plan(displayRoot: settings.display(settings.outputDirectory), previous: previous)
        let warnings = try check(plan, rendering)
        let preview = ArticlePreview(settings: settings, content: rendering.dossier.content,
                                     published: Set(rendering.dossier.articles.map(\.path)), site: rendering.site.content)
        return (plan, warnings, preview)
    }

    public func build() throws(BuildFailure) -> BuildReport {
        let writer = SiteWriter(output: settings.outputDirectory, displayPath: settings.display(settings.outputDirectory),
                                protectedFolders: [settings.contentDirectory, settings.templatesDirectory])
        try writer.checkOutputIsOurs()
        // Nothing changed since the last build, and the site on disk is the one it wrote. The
        // inputs and the output are walked at once, one on each core.
        let record = BuildRecord.load(for: settings.outputDirectory)
        let (fingerprint, outputStamp) = Self.inParallel({ BuildFingerprint(settings: settings) },
                                                         { record == nil ? nil : BuildRecord.outputStamp(of: settings.outputDirectory) })
        // The site on disk is the one the last build wrote, with no file touched since: the
        // marker's hashes and the page keys describe it, so its files can be linked.
        let untouched = record.map { outputStamp == $0.outputStamp && BuildRecord.markerHash(in: settings.outputDirectory) == $0.markerHash } ?? false
        if let record, untouched, record.fingerprint == fingerprint {
            var report = BuildReport(pages: record.report.pages, files: record.report.files, warnings: record.report.warnings)
            report.unchanged = true
            return report
        }
        // A process that builds once keeps each step's outputs on disk for the next build;
        // `serve` keeps them in memory. The last build's records are read one on each core.
        let (previousKeys, kept) = Self.inParallel({
            untouched ? PageKeyRecord.load(for: settings.outputDirectory, markerHash: record!.markerHash) : [:]
        }, {
            memory == nil && settings.keepsStepCache
                ? (cache: StepCache(for: settings.outputDirectory), linkChecks: LinkCheckMemory(savedFor: settings.outputDirectory)) : nil
        })
        let cache = kept?.cache
        let builder = kept.map { SiteBuilder(settings: settings, memory: BuildMemory(cache: $0.cache, linkChecks: $0.linkChecks)) } ?? self
        let (staging, warnings, retired): (StagingFolder, [Diagnostic], URL?)
        do throws(BuildFailure) {
            (staging, warnings, retired) = try builder.publish(with: writer, reusingPrevious: untouched, previousKeys: previousKeys)
        } catch {
            cache?.discard()
            throw error
        }
        var report = BuildReport(paths: staging.paths, warnings: warnings)
        report.pagesReused = staging.reused
        report.stepsReused = cache?.reused ?? [:]
        let (pages, files, output) = (report.pages, report.files, settings.outputDirectory)
        let saveRecord: @Sendable () -> Void = {
            guard let markerHash = BuildRecord.markerHash(in: output) else { return }
            BuildRecord(fingerprint: fingerprint, markerHash: markerHash, outputStamp: BuildRecord.outputStamp(of: output),
                        report: .init(pages: pages, files: files, warnings: warnings)).save(for: output)
            PageKeyRecord.save(staging.pageKeys, for: output, markerHash: markerHash)
        }
        // What the next build reads is saved on both cores. The previous site kept as a spare is
        // only renamed, and that core saves the build record; removed, it takes a core to itself.
        let keepsSpare = settings.keepsStepCache
        _ = Self.inParallel({
            writer.retire(retired, keepingSpare: keepsSpare)
            if keepsSpare { saveRecord() }
        }, {
            if let cache {
                cache.commit()
                builder.memory?.linkChecks.save(for: output)
            }
            if !keepsSpare { saveRecord() }
        })
        if settings.keepsValuesUntilExit { ValuesKeptUntilExit.keep(builder) }
        return report
    }

    /// Renders the site into a staging folder as its pages are made, checks it there and swaps
    /// it in: the output folder changes only when the whole new site has passed.
    /// Returns the folder now holding the previous site, for the caller to remove.
    private func publish(with writer: SiteWriter, reusingPrevious: Bool, previousKeys: [String: PageKey]) throws(BuildFailure) -> (StagingFolder, [Diagnostic], URL?) {
        let rendering = try render()
        let staging = try writer.stage(reusingPrevious: reusingPrevious, previousKeys: previousKeys, recycling: settings.keepsStepCache)
        do throws(BuildFailure) {
            try rendering.site.run(into: staging)
            let warnings = try check(staging, rendering)
            settings.progress?(.writing)
            let retired = try writer.commit(staging)
            if settings.keepsValuesUntilExit { ValuesKeptUntilExit.keep(rendering) }
            return (staging, warnings, retired)
        } catch {
            writer.discard(staging)
            throw error
        }
    }

    /// The processed dossier and its site as rendering work still to do.
    struct Rendering {
        let dossier: Dossier
        let templates: TemplateLibrary
        let site: SiteRendering
    }

    func render() throws(BuildFailure) -> Rendering {
        let dossier = try process()
        settings.progress?(.rendering)
        let templates = try TemplateLibrary(directory: settings.templatesDirectory, displayRoot: settings.display(settings.templatesDirectory))
        let content = dossier.content
        let renderer = ContentRenderer(markdown: MarkdownRenderer(allowRawHTML: content.config.allowRawHTML), linker: EntityLinker(registry: dossier.registry, linkEveryMention: content.config.linkEveryMention),
                                       abbreviations: AbbreviationMarker(glossary: content.glossary))
        let rendered = renderer.render(articles: dossier.articles, topics: content.topics, briefings: dossier.briefings,
                                       people: content.people, organisations: content.organisations, memo: memory?.rendered)

        var site = SiteAssembler(templates: templates, renderer: renderer).assemble(.init(
            config: content.config, articles: dossier.articles, topics: content.topics, people: content.people,
            organisations: content.organisations, assignment: dossier.assignment, briefings: dossier.briefings, rendered: rendered,
            registry: dossier.registry, quotes: dossier.quotes, updated: updatedDay(dossier.articles),
            support: content.support, glossary: content.glossary, mentionMemo: memory?.mentionSentences,
            searchMemo: memory?.searchEntries))
        OpenDataFiles(dossier: dossier, mentions: rendered.mentions, memory: memory?.openData).add(to: &site.jobs)
        return Rendering(dossier: dossier, templates: templates, site: site)
    }

    /// The checks on the finished files, before they are published. A broken link is a bug in a
    /// template or in Markdown someone wrote; a withheld name must never get out.
    func check(_ files: some SiteFiles, _ rendering: Rendering) throws(BuildFailure) -> [Diagnostic] {
        settings.progress?(.checking)
        let content = rendering.dossier.content
        var links = LinkChecker(displayRoot: settings.display(settings.outputDirectory))
        links.memory = memory?.linkChecks
        var diagnostics = rendering.dossier.diagnostics + links.check(files)
        diagnostics += LanguageChecker(policy: content.safeguarding).checkEditorText(rendering.templates.sourceTexts)
        diagnostics += OutputGuard(policy: content.safeguarding).check(files) {
            editorText(content) + articleText(ContentLoader(contentDirectory: settings.contentDirectory,
                                                            displayRoot: settings.display(settings.contentDirectory)).loadArticles())
        }
        try diagnostics.throwIfErrors()
        return diagnostics.sorted()
    }

    static func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        nonisolated(unsafe) var a: A?
        nonisolated(unsafe) var b: B?
        // Each iteration writes only its own variable; concurrentPerform returns after both.
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { a = first() } else { b = second() }
        }
        return (a!, b!)
    }

    /// Everything the dossier's editors wrote themselves, with where it is.
    func editorText(_ content: Content) -> [ContentText] {
        var texts: [ContentText] = []
        if !content.config.description.isEmpty {
            texts.append(ContentText(path: "\(settings.display(settings.contentDirectory))/dossier.yml", firstLine: 1, text: "description: " + content.config.description))
        }
        texts += content.topics.map { ContentText(path: $0.path, firstLine: $0.bodyFirstLine, text: $0.lede) }
        texts += content.people.map { ContentText(path: $0.path, firstLine: $0.bodyFirstLine, text: $0.description) }
        texts += content.organisations.map { ContentText(path: $0.path, firstLine: $0.bodyFirstLine, text: $0.description) }
        texts += content.people.map { ContentText(path: $0.path, firstLine: $0.keyLines["name"] ?? 1, text: ([$0.name] + $0.aliases).joined(separator: " ")) }
        return texts
    }

    /// The articles as pasted, for pointing at the line a withheld phrase came from.
    func articleText(_ articles: [ArticleSource]) -> [ContentText] {
        articles.flatMap { article -> [ContentText] in
            var texts = [ContentText(path: article.path, firstLine: article.bodyFirstLine, text: article.body)]
            for (key, value) in [("title", article.title), ("author", article.author), ("source", article.source)] {
                if let value { texts.append(ContentText(path: article.path, firstLine: article.keyLines[key] ?? 1, text: value)) }
            }
            return texts
        }
    }

    /// The site's date is a content date, never the wall clock, so two builds of the same
    /// content are byte-identical.
    func updatedDay(_ articles: [Article]) -> Day? {
        if let epoch = settings.sourceDateEpoch { return Day(daysSinceEpoch: epoch / 86_400) }
        return articles.compactMap(\.published).max()
    }
}

/// Values a process that builds once leaves for the system to reclaim at exit (see
/// `BuildSettings.keepsValuesUntilExit`).
enum ValuesKeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { kept.append(value) }
    }
}
