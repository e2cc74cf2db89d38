import Foundation

/// What one build keeps for the next: the result of each per-article step (reading and parsing
/// the file, cleaning, classifying, analysing, attributing quotes, rendering, encoding its
/// search entry and its parts of the open data files), each topic's briefing, each entity
/// page's mention sentences as HTML and each page's link check, taken again for an article,
/// topic or page whose input is unchanged while what the step reads besides it is unchanged
/// too. An edit changes one article; at N=10,000 these steps are most of a build.
///
/// `serve`, which builds again and again, keeps them in memory; a build by the command line
/// keeps them on disk, in a `StepCache`, for the next process.
public final class BuildMemory: Sendable {
    /// Reading reads nothing besides the file: its memo has no context.
    let loaded = StepMemo<Never?, FileStamp, ContentLoader.LoadedArticle>("loaded")
    let ingested = StepMemo<SafeguardingPolicy, ArticleSource, ArticleIngester.IngestedArticle>("ingested")
    let classified = StepMemo<[Topic], Article, [ParagraphAssignment]>("classified")
    let analysed = StepMemo<RegistryInputs, AnalysisInput, ArticleAnalysis>("analysed")
    /// Each analysis's `blockDigests` alone (see `FactExtractor.paragraphDigestsMemo`).
    let analysedParagraphs = StepMemo<RegistryInputs, AnalysisInput, [PageKey]>("analysed-paragraphs")
    let attributed = StepMemo<RegistryInputs, Article, [AttributedQuote]>("attributed")
    let rendered = StepMemo<RenderInputs, Article, RenderedArticle>("rendered")
    /// Each topic's briefing, by topic slug.
    let briefed = StepMemo<BriefingInputs, FactExtractor.TopicInput, Briefing>("briefed")
    /// Each article's search index entry, encoded: it reads nothing besides the article.
    let searchEntries = StepMemo<Never?, Article, [UInt8]>("search-entries")
    /// Each article's parts of the open data files, encoded: they read nothing besides the
    /// article's records.
    let openData = OpenDataFiles.Memory()
    /// Each entity page's mention sentences as HTML, by entity slug.
    let mentionSentences = StepMemo<RenderInputs, MentionSentences, [String]>("mention-sentences")
    /// Each page's link check.
    let linkChecks: LinkCheckMemory

    /// A memory kept in this process, for the next build it makes.
    public init() {
        linkChecks = LinkCheckMemory()
    }

    /// Takes results from the cache the last build by the command line kept for `output` too,
    /// where memory has none: for `serve`'s first build, which then starts as fast as a rebuild.
    public func readCache(keptFor output: URL) {
        read(from: StepCache(for: output, readOnly: true))
    }

    /// After the first build: memory has everything the cache had that is still of use.
    public func stopReadingCache() {
        read(from: nil)
    }

    func read(from cache: StepCache?) {
        for memo in memos { memo.read(from: cache) }
    }

    private var memos: [any CacheStoring] {
        [loaded, ingested, classified, analysed, analysedParagraphs, attributed, rendered, briefed, searchEntries, mentionSentences,
         openData.articles, openData.classification, openData.mentions]
    }

    /// A memory kept on disk, for the next build by another process: the steps' outputs in
    /// `cache`, which keeps nothing in memory, and the link checks the last build saved.
    init(cache: StepCache, linkChecks: LinkCheckMemory) {
        self.linkChecks = linkChecks
        for memo in memos { memo.store(in: cache) }
    }

    /// The registry, and so every mention and role found, is made from these.
    struct RegistryInputs: Equatable {
        var people: [Person]
        var organisations: [Organisation]
    }

    struct AnalysisInput: Equatable, Sendable {
        var article: Article
        var usedBlocks: Set<Int>
    }

    struct BriefingInputs: Equatable {
        var registry: RegistryInputs
        var allowRawHTML: Bool
    }

    /// An entity page's sentences, in page order, and the abbreviations marked above them.
    struct MentionSentences: Equatable {
        var marked: Set<String>
        var sentences: [String]
    }

    struct RenderInputs: Equatable {
        var registry: RegistryInputs
        var allowRawHTML: Bool
        var linkEveryMention: Bool
        var glossary: [GlossaryEntry]
    }

    /// At the start of a build, before any step: what each step reads besides the articles.
    func begin(_ content: Content) {
        let registry = RegistryInputs(people: content.people, organisations: content.organisations)
        ingested.use(content.safeguarding)
        classified.use(content.topics)
        analysed.use(registry)
        analysedParagraphs.use(registry)
        attributed.use(registry)
        briefed.use(BriefingInputs(registry: registry, allowRawHTML: content.config.allowRawHTML))
        briefed.keep(only: Set(content.topics.map(\.slug)))
        let rendering = RenderInputs(registry: registry, allowRawHTML: content.config.allowRawHTML,
                                     linkEveryMention: content.config.linkEveryMention, glossary: content.glossary)
        rendered.use(rendering)
        mentionSentences.use(rendering)
        mentionSentences.keep(only: Set(content.people.map(\.slug) + content.organisations.map(\.slug)))
    }

    /// Forgets the articles that are gone, so a long session does not keep every version.
    func keep(onlyArticles paths: Set<String>) {
        ingested.keep(only: paths)
        classified.keep(only: paths)
        analysed.keep(only: paths)
        analysedParagraphs.keep(only: paths)
        attributed.keep(only: paths)
        rendered.keep(only: paths)
        searchEntries.keep(only: paths)
    }
}

protocol CacheStoring {
    func store(in cache: StepCache)
    func read(from cache: StepCache?)
}

extension StepMemo: CacheStoring {}

/// What a step's results are taken again from: `StepMemo`, seen by a stage that does not care
/// which context it was made with.
protocol ReusableSteps<Input, Output>: Sendable {
    associatedtype Input
    associatedtype Output
    /// What tells an input from another: the input itself in memory, its digest on disk. A stage
    /// that checks several inputs before making any keeps these rather than the inputs.
    func key(for input: Input) -> StepKey<Input>
    func holds(_ path: String, for key: StepKey<Input>) -> Bool
    func output(_ path: String, for key: StepKey<Input>, _ make: () -> Output) -> Output
}

enum StepKey<Input> {
    case input(Input)
    case digest(PageKey)
}

extension StepKey: Sendable where Input: Sendable {}

/// One step's results, by article path (or topic slug), with the input each was made from. A result
/// is taken again only for the same input under the same context (everything else the step
/// reads); a new context forgets them all.
///
/// In memory (`serve`), or on disk (`StepCache`, for the command line, which builds once per
/// process): there, inputs and contexts are compared by digest, and nothing is kept in memory.
final class StepMemo<Context: Equatable & CacheEncodable, Input: Equatable & CacheEncodable, Output: CacheCodable>: ReusableSteps, @unchecked Sendable {
    // @unchecked: the stored properties are only touched under `lock`, but for `cache` and
    // `keepsInMemory`, set between builds.
    /// The step's name in the cache file.
    let step: String
    private var cache: StepCache?
    /// Whether results are kept in memory (`serve`) rather than only in `cache`.
    private var keepsInMemory = true
    private let lock = NSLock()
    private var context: Context?
    private var kept: [String: (input: Input, output: Output)] = [:]
    private var reusedCount = 0

    init(_ step: String) {
        self.step = step
    }

    /// Keeps the results in `cache` instead of in memory.
    func store(in cache: StepCache) {
        self.cache = cache
        keepsInMemory = false
    }

    /// Also takes results from `cache` (nil: no longer), where memory has none.
    func read(from cache: StepCache?) {
        self.cache = cache
    }

    /// Called once per build, before the step.
    func use(_ context: Context) {
        cache?.use(step, context: CacheWriter.digest(of: context))
        guard keepsInMemory else { return }
        lock.withLock {
            if self.context != context { kept = [:] }
            self.context = context
        }
    }

    func key(for input: Input) -> StepKey<Input> {
        keepsInMemory ? .input(input) : .digest(CacheWriter.digest(of: input))
    }

    /// Whether `output(path, for: input, _:)` would take the kept result.
    func holds(_ path: String, for key: StepKey<Input>) -> Bool {
        switch key {
        case .digest(let digest): return cache?.holds(step, path, for: digest) ?? false
        case .input(let input):
            if lock.withLock({ kept[path]?.input == input }) { return true }
            return cache?.holds(step, path, for: CacheWriter.digest(of: input)) ?? false
        }
    }

    func output(_ path: String, for input: Input, _ make: () -> Output) -> Output {
        output(path, for: key(for: input), make)
    }

    func output(_ path: String, for key: StepKey<Input>, _ make: () -> Output) -> Output {
        switch key {
        case .digest(let digest):
            guard let cache else { return make() }
            if let previous: Output = cache.output(step, path, for: digest) {
                lock.withLock { reusedCount += 1 }
                return previous
            }
            let output = make()
            cache.record(step, path, for: digest, output)
            return output
        case .input(let input):
            let previous: Output? = lock.withLock {
                guard let entry = kept[path], entry.input == input else { return nil }
                reusedCount += 1
                return entry.output
            }
            if let previous { return previous }
            if let cache, let stored: Output = cache.output(step, path, for: CacheWriter.digest(of: input)) {
                lock.withLock {
                    kept[path] = (input, stored)
                    reusedCount += 1
                }
                return stored
            }
            let output = make()
            lock.withLock { kept[path] = (input, output) }
            return output
        }
    }

    func keep(only paths: Set<String>) {
        lock.withLock { kept = kept.filter { paths.contains($0.key) } }
    }

    /// Keeps the result for the next build without taking it, where this build does not need
    /// it. In memory it stays anyway; on disk see `StepCache.carry`.
    func carry(_ path: String, for key: StepKey<Input>) {
        if case .digest(let digest) = key { cache?.carry(step, path, for: digest) }
    }

    var count: Int { lock.withLock { kept.count } }
    /// How many results were taken again, over every build.
    var reused: Int { lock.withLock { reusedCount } }
}
