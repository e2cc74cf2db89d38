@testable import DossierCore
import Foundation
import Testing

@Suite struct ContentScaffoldTests {
    static let today = Day(year: 2025, month: 7, day: 3)!

    func copyOfSmallDossier() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: folder.url.appendingPathComponent("content"))
        return folder
    }

    @Test func writesAPersonThatTheNextBuildLinks() throws {
        let folder = try copyOfSmallDossier()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        try folder.write("content/articles/2025-03-01-inquiry-request.txt",
                         "---\ntitle: Inquiry request rejected\npublished: 2025-03-01\n---\nJess Phillips rejected the council's request for a public inquiry.\n")
        let path = try ContentScaffold(contentDirectory: content, displayRoot: "content").create(.person, named: "Jess Phillips", today: Self.today)
        #expect(path == "content/people/jess-phillips.md")
        let text = try String(contentsOf: content.appendingPathComponent("people/jess-phillips.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\nname: \"Jess Phillips\"\naliases: []"))

        let output = folder.url.appendingPathComponent("site")
        let settings = BuildSettings(contentDirectory: content, templatesDirectory: Fixtures.repository.appendingPathComponent("templates"), outputDirectory: output)
        let report = try SiteBuilder(settings: settings).build()
        // The only warning is the reminder to give her public role, which the scaffold leaves empty.
        #expect(report.warnings.filter { $0.path.contains("jess-phillips") }.map(\.message) == ["Jess Phillips has no public role: this looks like a private individual"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("people/jess-phillips.html").path))
        let article = try String(contentsOf: output.appendingPathComponent("articles/2025-03-01-inquiry-request.html"), encoding: .utf8)
        #expect(article.contains(#"<a href="../people/jess-phillips.html">Jess Phillips</a> rejected"#))
        let page = try String(contentsOf: output.appendingPathComponent("people/jess-phillips.html"), encoding: .utf8)
        #expect(page.contains("../articles/2025-03-01-inquiry-request.html"))
    }

    @Test func neverOverwrites() throws {
        let folder = try copyOfSmallDossier()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        let scaffold = ContentScaffold(contentDirectory: content, displayRoot: "content")
        let before = try Data(contentsOf: content.appendingPathComponent("people/tom-crowther.md"))
        #expect(throws: BuildFailure([.error("content/people/tom-crowther.md", "already exists: dossier new never overwrites a file",
                                             hint: "edit content/people/tom-crowther.md, or choose another name")])) {
            try scaffold.create(.person, named: "Tom Crowther", today: Self.today)
        }
        #expect(try Data(contentsOf: content.appendingPathComponent("people/tom-crowther.md")) == before)
        #expect(throws: BuildFailure.self) { try scaffold.create(.topic, named: "!!!", today: Self.today) }
    }

    @Test func articlesAreDatedAndTopicsGoLast() throws {
        let folder = try copyOfSmallDossier()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        let scaffold = ContentScaffold(contentDirectory: content, displayRoot: "content")
        #expect(try scaffold.create(.article, named: "Council leaders urge victims: \"come forward\"", today: Self.today)
                == "content/articles/2025-07-03-council-leaders-urge-victims-come-forward.txt")
        let article = try String(contentsOf: content.appendingPathComponent("articles/2025-07-03-council-leaders-urge-victims-come-forward.txt"), encoding: .utf8)
        #expect(article.contains(#"title: "Council leaders urge victims: \"come forward\"""#))
        #expect(article.contains("published: 2025-07-03"))

        let existingOrders = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("topics").path).count
        #expect(existingOrders > 0)
        #expect(try scaffold.create(.topic, named: "Support for survivors", today: Self.today) == "content/topics/support-for-survivors.md")
        let topic = try String(contentsOf: content.appendingPathComponent("topics/support-for-survivors.md"), encoding: .utf8)
        #expect(topic.contains("order: \(scaffold.nextTopicOrder() - 1) "))
        #expect(try scaffold.create(.organisation, named: "National Police Chiefs’ Council", today: Self.today) == "content/organisations/national-police-chiefs-council.md")
    }

    /// Every scaffold, filled in as the comments ask, loads without a problem.
    @Test func everyScaffoldIsValidFrontMatter() throws {
        let folder = try copyOfSmallDossier()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        let scaffold = ContentScaffold(contentDirectory: content, displayRoot: "content")
        let article = try scaffold.create(.article, named: "A new article", today: Self.today)
        _ = try scaffold.create(.person, named: "Ann Example", today: Self.today)
        _ = try scaffold.create(.organisation, named: "Example Council", today: Self.today)
        _ = try scaffold.create(.topic, named: "Example topic", today: Self.today)
        // An article without its text is an error that says what to do.
        #expect(throws: BuildFailure.self) { try ContentLoader(contentDirectory: content, displayRoot: "content").load() }
        let articleFile = folder.url.appendingPathComponent(article)
        try (try String(contentsOf: articleFile, encoding: .utf8) + "The pasted text of the article.\n").write(to: articleFile, atomically: true, encoding: .utf8)
        let (loaded, warnings) = try ContentLoader(contentDirectory: content, displayRoot: "content").load()
        #expect(warnings.isEmpty)
        #expect(loaded.people.contains { $0.name == "Ann Example" })
        #expect(loaded.organisations.contains { $0.name == "Example Council" && $0.kind == nil })
        #expect(loaded.articles.contains { $0.title == "A new article" && $0.published == Self.today })
    }
}
