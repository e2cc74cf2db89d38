import Foundation
import Testing
@testable import DossierCore

/// A build by the command line keeps each step's outputs in `.dossier-cache/<site>.steps`, and
/// the next build takes those whose input and context are unchanged. Whatever it takes, its site
/// must be the one a clean build makes.
@Suite struct StepCacheTests {
    typealias Workspace = IncrementalBuildTests.Workspace

    func cacheFile(_ workspace: Workspace) -> URL {
        StepCache.location(for: workspace.file("site"))
    }

    @Test func aRebuildTakesTheStepsOfEveryUnchangedArticleFromTheCache() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        let first = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        #expect(first.stepsReused.isEmpty)
        #expect(FileManager.default.fileExists(atPath: cacheFile(workspace).path))
        let dossier = try SiteBuilder(settings: workspace.settings(output: "site")).process()
        let articles = dossier.articles.count
        let analysed = Set(dossier.assignment.paragraphs.map(\.article)).count
        let topics = dossier.content.topics.count
        // An edit to the Stoke article composes its topics again, from their articles' analyses.
        let stoke = try #require(dossier.articles.first { $0.path.hasSuffix(IncrementalBuildTests.stokeArticle) })
        let composedAgain = Set(dossier.assignment.paragraphs.filter { $0.article == stoke.slug }.map(\.topic))
        let theirArticles = Set(dossier.assignment.paragraphs.filter { composedAgain.contains($0.topic) }.map(\.article))

        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        var report = try workspace.rebuildMatchesACleanBuild()
        for step in ["loaded", "ingested", "classified", "attributed", "rendered", "search-entries"] {
            #expect(report.stepsReused[step] == articles - 1, "\(step)")
        }
        // Its record in the open data (title, date, quotes' speakers) is unchanged.
        #expect(report.stepsReused["open-data-articles"] == articles)
        // Every other article's paragraph digests tell which topics still hold; only the
        // analyses of the topics composed again are read.
        #expect(report.stepsReused["analysed-paragraphs"] == analysed - 1)
        #expect(report.stepsReused["analysed"] == theirArticles.count - 1)
        #expect(report.stepsReused["briefed"] == topics - composedAgain.count)

        // Nothing changed: every output is taken, though the site is built (its record is gone).
        try FileManager.default.removeItem(at: BuildRecord.location(for: workspace.file("site")))
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.stepsReused["loaded"] == articles && report.stepsReused["analysed-paragraphs"] == analysed && report.stepsReused["briefed"] == topics)
        #expect(report.stepsReused["analysed"] == nil)

        // The analyses that build did not read are still kept, for the next edit that needs them.
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "new beginning", with: "fresh start") }
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.stepsReused["analysed"] == theirArticles.count - 1)

        // A new alias changes what every article mentions: no analysis, quote or render is taken.
        try workspace.edit("content/people/jane-ashworth.md") { $0.replacingOccurrences(of: "\"Ashworth\"]", with: "\"Ashworth\", \"Councillor Ashworth\"]") }
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.stepsReused["ingested"] == articles && report.stepsReused["classified"] == articles)
        for step in ["analysed", "analysed-paragraphs", "attributed", "rendered", "briefed"] {
            #expect(report.stepsReused[step] == nil, "\(step)")
        }

        // An article taken away and another added.
        try FileManager.default.removeItem(at: workspace.file(IncrementalBuildTests.auditArticle))
        let added = try String(contentsOf: workspace.file(IncrementalBuildTests.stokeArticle), encoding: .utf8)
            .replacingOccurrences(of: "published: 2025-06-26", with: "published: 2025-06-20")
        try Data(added.utf8).write(to: workspace.file("content/articles/2025-06-20-councillors-again-urge-victims.txt"))
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.stepsReused["loaded"] == articles - 1)
    }

    /// An output a build neither took nor made is carried into the next file unread: appended
    /// to, or written anew once most of the old file is outputs no index names.
    @Test func anOutputCarriedUnreadSurvivesAppendingAndRewriting() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        let context = PageKey(high: 1, low: 1), input = PageKey(high: 2, low: 2)
        let analysis = Array("the analysis of one article".utf8)
        func build(_ steps: (StepCache) -> Void) -> StepCache {
            let cache = StepCache(for: output)
            cache.use("analysed", context: context)
            steps(cache)
            cache.commit()
            return cache
        }
        // Two megabytes of other outputs, then a build that keeps only the analysis: most of
        // the file is dead, so the build after it writes a new file.
        _ = build { $0.record("analysed", "a.md", for: input, analysis); $0.record("analysed", "big.md", for: input, [UInt8](repeating: 7, count: 1 << 21)) }
        _ = build { $0.carry("analysed", "a.md", for: input) }
        let appendedSize = try FileManager.default.attributesOfItem(atPath: StepCache.location(for: output).path)[.size] as! Int
        _ = build { $0.carry("analysed", "a.md", for: input) }
        let rewrittenSize = try FileManager.default.attributesOfItem(atPath: StepCache.location(for: output).path)[.size] as! Int
        #expect(appendedSize > 1 << 21 && rewrittenSize < 1 << 12)
        let taken = build { cache in
            let kept: [UInt8]? = cache.output("analysed", "a.md", for: input)
            #expect(kept == analysis)
            let gone: [UInt8]? = cache.output("analysed", "big.md", for: input)
            #expect(gone == nil)
        }
        #expect(taken.reused["analysed"] == 1)
    }

    @Test func aOneOffBuildKeepsNoCache() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        var settings = workspace.settings(output: "site")
        settings.keepsStepCache = false
        _ = try SiteBuilder(settings: settings).build()
        #expect(!FileManager.default.fileExists(atPath: cacheFile(workspace).path))
        #expect(!FileManager.default.fileExists(atPath: LinkCheckMemory.location(for: workspace.file("site")).path))
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        #expect(try SiteBuilder(settings: settings).build().stepsReused.isEmpty)
    }

    /// The cache is only ever a way to save time: changed on disk, cut short or written by
    /// another build of dossier, it is not trusted, and the site is the one a clean build makes.
    @Test func aDamagedCacheIsNotTrusted() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        _ = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        let url = cacheFile(workspace)
        let good = try Data(contentsOf: url)

        // Words changed in the outputs, as a disk or a hand might: those outputs are made again.
        let stoke = Array("Stoke".utf8), stake = Array("Stake".utf8)
        var changed = [UInt8](good), changes = 0
        for start in 0..<(changed.count - stoke.count) where Array(changed[start..<(start + stoke.count)]) == stoke {
            changed.replaceSubrange(start..<(start + stake.count), with: stake)
            changes += 1
        }
        #expect(changes > 10)
        try Data(changed).write(to: url)
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        var report = try workspace.rebuildMatchesACleanBuild()
        #expect(!report.stepsReused.isEmpty)

        // Cut short, with its index lost; then its header naming another binary.
        let current = try Data(contentsOf: url)
        for damaged in [current.prefix(current.count / 2), Data("dossier-step-cache-1 another-binary\n".utf8) + current.dropFirst(current.firstIndex(of: 10)! + 1)] {
            try Data(damaged).write(to: url)
            try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "new beginning", with: "turning point") }
            report = try workspace.rebuildMatchesACleanBuild()
            #expect(report.stepsReused.isEmpty)
            try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
            report = try workspace.rebuildMatchesACleanBuild()
            #expect(!report.stepsReused.isEmpty)
        }
    }

    /// Each page's link check is saved too: an unchanged page is neither read nor checked again,
    /// and keeps its findings, unless a page it links into by fragment has lost an id.
    @Test func savedLinkChecksHoldOnlyWhileThePagesTheyPointIntoKeepTheirIds() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        let audit = "2025-01-16-home-secretary-announces-rapid-audit-of-grooming-gangs"
        try workspace.edit("content/people/jane-ashworth.md") {
            $0.replacingOccurrences(of: "in June 2025.", with: "in June 2025. See [the audit](../articles/\(audit).html#p15) and [the home page](/index.html).")
        }
        let first = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        let rootLink = { (report: BuildReport) in report.warnings.contains { $0.path.hasSuffix("people/jane-ashworth.html") && $0.message.contains("starts with '/'") } }
        #expect(rootLink(first))
        #expect(FileManager.default.fileExists(atPath: LinkCheckMemory.location(for: workspace.file("site")).path))

        // Another article edited: her page is unchanged, and its warning comes from the saved check.
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "Cabinet members said", with: "Cabinet members then said") }
        #expect(rootLink(try workspace.rebuildMatchesACleanBuild()))

        // The audit article cut to its first paragraphs: its page has no #p15, and her page's
        // link into it is broken, though her page is unchanged.
        try workspace.edit(IncrementalBuildTests.auditArticle) { $0.split(separator: "\n", omittingEmptySubsequences: false).prefix(16).joined(separator: "\n") }
        let failure = try #require(throws: BuildFailure.self) { try SiteBuilder(settings: workspace.settings(output: "site")).build() }
        #expect(failure.diagnostics.contains { $0.path.hasSuffix("people/jane-ashworth.html") && $0.message.contains("p15") })
    }

    /// `serve` keeps its steps' outputs in memory, but its first build takes what a build by
    /// the command line left on disk, and then starts as fast as a rebuild.
    @Test func servesFirstBuildTakesWhatTheLastBuildKept() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        _ = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        let articles = try SiteBuilder(settings: workspace.settings(output: "site")).process().articles.count
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }

        let memory = BuildMemory()
        memory.readCache(keptFor: workspace.file("site"))
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.rendered.reused == articles - 1 && memory.ingested.reused == articles - 1)
        memory.stopReadingCache()

        // Then from memory alone.
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "new beginning", with: "fresh start") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.rendered.reused == 2 * (articles - 1))
    }

    /// A build that fails leaves the cache of the last good build as it was, for the next.
    @Test func aFailedBuildLeavesTheCacheAsItWas() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        _ = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        // Once written a second time, the file is appended to rather than written anew.
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        _ = try workspace.rebuildMatchesACleanBuild()
        let before = try Data(contentsOf: cacheFile(workspace))

        let original = try String(contentsOf: workspace.file(IncrementalBuildTests.auditArticle), encoding: .utf8)
        try workspace.edit(IncrementalBuildTests.stokeArticle) { $0.replacingOccurrences(of: "new beginning", with: "fresh start") }
        try workspace.edit(IncrementalBuildTests.auditArticle) { "---\ntitle: \"unclosed\n---\n" + $0 }
        #expect(throws: BuildFailure.self) { try SiteBuilder(settings: workspace.settings(output: "site")).build() }
        #expect(try Data(contentsOf: cacheFile(workspace)) == before)
        #expect(!FileManager.default.fileExists(atPath: cacheFile(workspace).path + ".new"))

        try Data(original.utf8).write(to: workspace.file(IncrementalBuildTests.auditArticle))
        let report = try workspace.rebuildMatchesACleanBuild()
        let articles = try SiteBuilder(settings: workspace.settings(output: "site")).process().articles.count
        #expect(report.stepsReused["rendered"] == articles - 1)
    }
}
