import Foundation
import Testing
@testable import DossierCore

/// A rebuild renders only the pages whose keys changed and links the rest from the last site.
/// After every kind of change its site must be byte for byte the one a clean build makes.
@Suite struct IncrementalBuildTests {
    /// The repository's own dossier and templates, copied so they can be changed.
    struct Workspace {
        let folder: TemporaryFolder
        var cleanBuilds = 0

        init() throws {
            folder = try TemporaryFolder()
            for name in ["content", "templates"] {
                try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
            }
        }

        func settings(output: String) -> BuildSettings {
            var settings = BuildSettings(contentDirectory: folder.url.appendingPathComponent("content"),
                                         templatesDirectory: folder.url.appendingPathComponent("templates"),
                                         outputDirectory: folder.url.appendingPathComponent(output))
            settings.today = nil
            return settings
        }

        func file(_ path: String) -> URL { folder.url.appendingPathComponent(path) }

        /// Plans the site as `serve` does, keeping `memory`, and as a fresh build does: both must be the same.
        func planRememberingMatchesAFreshPlan(_ memory: BuildMemory, _ sourceLocation: SourceLocation = #_sourceLocation) throws {
            let (planned, _) = try SiteBuilder(settings: settings(output: "site"), memory: memory).plan()
            let (fresh, _) = try SiteBuilder(settings: settings(output: "site")).plan()
            #expect(planned == fresh, sourceLocation: sourceLocation)
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let text = try String(contentsOf: file(path), encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit to \(path) changed nothing")
            try Data(changed.utf8).write(to: file(path))
        }

        /// Rebuilds `site` and builds a new folder from nothing; both must hold the same files.
        mutating func rebuildMatchesACleanBuild(_ sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildReport {
            let report = try SiteBuilder(settings: settings(output: "site")).build()
            cleanBuilds += 1
            let clean = "clean-\(cleanBuilds)"
            let cleanReport = try SiteBuilder(settings: settings(output: clean)).build()
            // The link check's warnings name the output folder.
            let cleanWarnings = cleanReport.warnings.map {
                var warning = $0
                warning.path = warning.path.replacingOccurrences(of: "/\(clean)/", with: "/site/")
                return warning
            }
            #expect(report.warnings == cleanWarnings, sourceLocation: sourceLocation)
            let rebuilt = folder.contents(of: "site"), expected = folder.contents(of: clean)
            #expect(rebuilt.keys.sorted() == expected.keys.sorted(), sourceLocation: sourceLocation)
            for (path, data) in expected where rebuilt[path] != data {
                Issue.record("\(path) differs from a clean build's", sourceLocation: sourceLocation)
            }
            return report
        }
    }

    static let stokeArticle = "content/articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.txt"
    static let auditArticle = "content/articles/2025-01-16-home-secretary-announces-rapid-audit-of-grooming-gangs.txt"

    @Test func everyKindOfChangeGivesTheSiteACleanBuildGives() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        let first = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        #expect(first.pagesReused == 0)
        let pages = first.pages.values.reduce(0, +)

        // One article edited: a sentence naming a person is added. Its page, the pages of the
        // people and topics it feeds and the site-wide lists change; most pages do not.
        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report",
                                    with: "Jane Ashworth said the council would publish its own figures.\n\nCabinet members said that the Casey report")
        }
        var report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused > pages / 2 && report.pagesReused < pages)
        #expect(try String(contentsOf: workspace.file("site/people/jane-ashworth.html"), encoding: .utf8).contains("publish its own figures"))

        // An article added, then another taken away. (The added one is not the newest: a newest
        // article changes the site's "last updated" date, on every page.)
        let added = try String(contentsOf: workspace.file(Self.stokeArticle), encoding: .utf8)
            .replacingOccurrences(of: "published: 2025-06-26", with: "published: 2025-06-20")
            .replacingOccurrences(of: "Council leaders urge victims", with: "Councillors again urge victims")
        try Data(added.utf8).write(to: workspace.file("content/articles/2025-06-20-councillors-again-urge-victims.txt"))
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused > 0)
        #expect(FileManager.default.fileExists(atPath: workspace.file("site/articles/2025-06-20-councillors-again-urge-victims.html").path))
        try FileManager.default.removeItem(at: workspace.file(Self.auditArticle))
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused > 0)
        #expect(!FileManager.default.fileExists(atPath: workspace.file("site/articles/2025-01-16-home-secretary-announces-rapid-audit-of-grooming-gangs.html").path))

        // A person's description edited: it shows on their page and wherever they are linked.
        try workspace.edit("content/people/jane-ashworth.md") { $0.replacingOccurrences(of: "in June 2025.", with: "in June and July 2025.") }
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused > 0)

        // A newest article: the site's date changes on every page, so every page is rendered again.
        try Data(added.replacingOccurrences(of: "published: 2025-06-20", with: "published: 2025-07-02").utf8)
            .write(to: workspace.file("content/articles/2025-07-02-councillors-meet-again.txt"))
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused == 0)

        // A template edited: every page uses the layout, so every page is rendered again.
        try workspace.edit("templates/layout.mustache") { $0.replacingOccurrences(of: "</body>", with: "<!-- edited -->\n</body>") }
        report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused == 0)
    }

    /// `serve` keeps its last site in memory and hands it to the next build, which takes each
    /// page whose key is unchanged from it: the result is the site a fresh plan gives.
    @Test func aPlanReusingTheLastPlanIsTheFreshPlan() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let builder = SiteBuilder(settings: workspace.settings(output: "site"))
        let (original, _) = try builder.plan()
        // Marked, to tell a page taken from the last plan from one rendered again (a comment,
        // so the marked pages still pass the link check).
        var last = original
        let marker = Data("<!-- taken from the last plan -->".utf8)
        for path in last.keys.keys { last.files[path]!.append(marker) }

        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report",
                                    with: "Jane Ashworth said the council would publish its own figures.\n\nCabinet members said that the Casey report")
        }
        let (reusing, _) = try builder.plan(reusing: last)
        let (fresh, _) = try builder.plan()
        #expect(reusing.files.keys.sorted() == fresh.files.keys.sorted())
        let taken = Set(reusing.files.keys.filter { reusing.files[$0]!.suffix(marker.count) == marker })
        #expect(taken.count > fresh.keys.count / 2 && taken.count < fresh.keys.count)
        for (path, data) in reusing.files {
            #expect((taken.contains(path) ? data.dropLast(marker.count) : data) == fresh.files[path], "\(path) differs from a fresh plan's")
        }
        // What the edit changed was rendered again; every page taken is one it left as it was.
        #expect(!taken.contains("articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.html"))
        #expect(!taken.contains("people/jane-ashworth.html"))
        #expect(taken.allSatisfy { original.files[$0] == fresh.files[$0] })
    }

    /// `serve` remembers each article as ingested; a build takes it from there only while the
    /// article and the safeguarding policy are unchanged, and gives the site a fresh build gives.
    @Test func articlesIngestedBeforeAreReusedOnlyWhileUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let memory = BuildMemory()
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let articles = memory.ingested.count
        #expect(articles == 5 && memory.ingested.reused == 0)

        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.ingested.reused == articles - 1)

        // A phrase to redact: every article is read again, and the phrase is withheld.
        try workspace.edit("content/safeguarding.yml") {
            $0.replacingOccurrences(of: "never_publish: []", with: "never_publish:\n  - phrase: new beginning\n    mode: redact")
        }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.ingested.reused == articles - 1)
        let (redacted, _) = try SiteBuilder(settings: workspace.settings(output: "site"), memory: memory).plan()
        let page = try #require(redacted.files["articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("[name withheld]"))

        // An article removed is forgotten.
        try FileManager.default.removeItem(at: workspace.file(Self.auditArticle))
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.ingested.count == articles - 1)
    }

    /// Each per-article step is taken from memory only while the article and what the step
    /// reads besides it are unchanged: the file's stamp for reading it, the registry for
    /// analysing, attributing and rendering, the glossary for rendering, the topics for
    /// classifying, nothing else for its search entry.
    @Test func perArticleStepsAreReusedOnlyWhileTheirInputsAreUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let memory = BuildMemory()
        func reused() -> [String: Int] {
            ["loaded": memory.loaded.reused, "classified": memory.classified.reused, "analysed": memory.analysedParagraphs.reused,
             "attributed": memory.attributed.reused, "rendered": memory.rendered.reused, "searched": memory.searchEntries.reused]
        }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let articles = memory.ingested.count, analysed = memory.analysed.count
        #expect(reused().values.allSatisfy { $0 == 0 } && analysed > 0)

        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        var expected = ["loaded": articles - 1, "classified": articles - 1, "analysed": analysed - 1, "attributed": articles - 1, "rendered": articles - 1,
                        "searched": articles - 1]
        #expect(reused() == expected)

        // A new alias changes what every article mentions: nothing found with the old registry is kept.
        try workspace.edit("content/people/jane-ashworth.md") { $0.replacingOccurrences(of: "\"Ashworth\"]", with: "\"Ashworth\", \"Councillor Ashworth\"]") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        expected["loaded"]! += articles
        expected["classified"]! += articles
        expected["searched"]! += articles
        #expect(reused() == expected)

        // The glossary is read only when rendering: every analysis is taken from memory (and
        // with them every briefing).
        try workspace.edit("content/glossary.yml") { $0.replacingOccurrences(of: "expansion: Child Abuse Image Database", with: "expansion: Child Abuse Images Database") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        expected["loaded"]! += articles
        expected["classified"]! += articles
        expected["analysed"]! += analysed
        expected["attributed"]! += articles
        expected["searched"]! += articles
        #expect(reused() == expected)

        // A topic's rules change how every article is classified, and so which paragraphs are analysed.
        let topic = try #require(FileManager.default.contentsOfDirectory(atPath: workspace.file("content/topics").path).sorted().first)
        try workspace.edit("content/topics/\(topic)") { $0 + "\nEdited for the test.\n" }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.classified.reused == expected["classified"]!)
        #expect(memory.rendered.reused == expected["rendered"]! + articles)
        #expect(memory.searchEntries.reused == expected["searched"]! + articles)
    }

    /// A topic's briefing is taken from memory while what it reads of its articles is unchanged,
    /// whatever happens to the articles and paragraphs it does not draw on; a new registry
    /// composes every briefing again.
    @Test func aBriefingIsReusedWhileItsOwnArticlesAreUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let memory = BuildMemory()
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let dossier = try SiteBuilder(settings: workspace.settings(output: "site")).process()
        let topics = dossier.content.topics.count
        let stoke = try #require(dossier.articles.first { $0.path.hasSuffix(Self.stokeArticle) })
        let drawingOnStoke = Set(dossier.assignment.paragraphs.filter { $0.article == stoke.slug }.map(\.topic)).count
        #expect(memory.briefed.count == topics && drawingOnStoke > 0 && drawingOnStoke < topics && memory.briefed.reused == 0)

        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "watershed moment") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.briefed.reused == topics - drawingOnStoke)

        // A paragraph that feeds one of the article's topics: that topic alone is composed again.
        let topicsByBlock = Dictionary(grouping: dossier.assignment.paragraphs.filter { $0.article == stoke.slug }, by: \.block).mapValues { Set($0.map(\.topic)) }
        let block = try #require(topicsByBlock.filter { $0.value.count == 1 }.keys.min())
        let words = stoke.blocks[block].text.split(separator: " ").prefix(4).joined(separator: " ")
        #expect(drawingOnStoke > 1)
        var reused = memory.briefed.reused
        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: words, with: words + " indeed") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.briefed.reused == reused + topics - 1)

        // Its title is shown by every briefing that cites the article.
        reused = memory.briefed.reused
        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "title: \"Council leaders", with: "title: \"Stoke council leaders") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.briefed.reused == reused + topics - drawingOnStoke)
        reused = memory.briefed.reused

        try workspace.edit("content/people/jane-ashworth.md") { $0.replacingOccurrences(of: "\"Ashworth\"]", with: "\"Ashworth\", \"Councillor Ashworth\"]") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.briefed.reused == reused)

        // The glossary is read only when rendering.
        try workspace.edit("content/glossary.yml") { $0.replacingOccurrences(of: "expansion: Child Abuse Image Database", with: "expansion: Child Abuse Images Database") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.briefed.reused == reused + topics)
    }

    /// Each article's parts of the open data files are taken from memory while what they are
    /// made from is unchanged: its record, its paragraphs' classification, and its mentions
    /// with the paragraphs they are in (their character offsets).
    @Test func anArticlesOpenDataPartsAreReusedWhileTheirRecordsAreUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let memory = BuildMemory()
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let data = memory.openData
        let articles = data.articles.count, runs = data.mentions.count
        #expect(articles == 5 && runs == 5 && data.classification.count > 0)
        #expect(data.articles.reused == 0 && data.mentions.reused == 0 && data.classification.reused == 0)

        // New words in a paragraph: the article's record is the same, its mentions' paragraph is not.
        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "turning point", with: "new beginning") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(data.articles.reused == articles)
        #expect(data.mentions.reused == runs - 1)

        // A new paragraph naming someone: the record counts it, and the mentions and their
        // paragraph numbers change.
        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report",
                                    with: "Jane Ashworth said the council would publish its own figures.\n\nCabinet members said that the Casey report")
        }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(data.articles.reused == 2 * articles - 1)
        #expect(data.mentions.reused == 2 * runs - 2)

        // An article removed is forgotten.
        try FileManager.default.removeItem(at: workspace.file(Self.auditArticle))
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(data.articles.count == articles - 1 && data.mentions.count == runs - 1)
    }

    /// An entity page's mention sentences are taken as HTML from memory while they, and what
    /// renders them, are unchanged.
    @Test func anEntityPagesMentionSentencesAreReusedWhileUnchanged() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let memory = BuildMemory()
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let dossier = try SiteBuilder(settings: workspace.settings(output: "site")).process()
        let entities = dossier.content.people.count + dossier.content.organisations.count
        #expect(memory.mentionSentences.count == entities && memory.mentionSentences.reused == 0)

        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.mentionSentences.reused == entities)

        // A sentence naming Jane Ashworth: her page, and only pages whose sentences changed, render again.
        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report",
                                    with: "Jane Ashworth said the council would publish its own figures.\n\nCabinet members said that the Casey report")
        }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        let afterEdit = memory.mentionSentences.reused
        #expect(afterEdit > entities && afterEdit < 2 * entities)

        // The glossary changes how sentences are marked ("CSE" is in them): none is taken.
        try workspace.edit("content/glossary.yml") { $0.replacingOccurrences(of: "expansion: child sexual exploitation", with: "expansion: child sexual exploitation (CSE)") }
        try workspace.planRememberingMatchesAFreshPlan(memory)
        #expect(memory.mentionSentences.reused == afterEdit)
    }

    @Test func aPageChangedByHandInTheSiteIsRenderedAgain() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        _ = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        // Same size, different bytes: only the file's time tells it was touched.
        let page = workspace.file("site/people/jane-ashworth.html")
        let text = try String(contentsOf: page, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "Jane Ashworth", with: "Jane Ashwerth").utf8).write(to: page)
        try workspace.edit(Self.stokeArticle) { $0 + "\nThe cabinet will meet again in the autumn.\n" }
        let report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused == 0)
    }

    @Test func keysFromAnotherSiteOrAnUnreadableRecordAreNotTrusted() throws {
        var workspace = try Workspace()
        defer { workspace.folder.remove() }
        _ = try SiteBuilder(settings: workspace.settings(output: "site")).build()
        let keys = PageKeyRecord.location(for: workspace.file("site"))
        #expect(FileManager.default.fileExists(atPath: keys.path))
        try Data("dossier-page-keys-1 not a record\n".utf8).write(to: keys)
        try workspace.edit(Self.stokeArticle) { $0 + "\nThe cabinet will meet again in the autumn.\n" }
        let report = try workspace.rebuildMatchesACleanBuild()
        #expect(report.pagesReused == 0)
    }
}
