import Foundation
import Testing
@testable import DossierCore

/// `serve` shows a saved article's own page at once, made from the last build: it must be the
/// page a full build makes of the same content, and it must never answer for a change it cannot
/// make whole or that has any problem.
@Suite struct ArticlePreviewTests {
    typealias Workspace = IncrementalBuildTests.Workspace
    static let stokeArticle = IncrementalBuildTests.stokeArticle
    static let stokePage = "articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.html"

    func preview(_ workspace: Workspace) throws -> (SitePlan, ArticlePreview) {
        let (plan, _, preview) = try SiteBuilder(settings: workspace.settings(output: "site")).planWithPreview()
        return (plan, preview)
    }

    @Test func anEditedArticlesPageIsThePageAFullBuildMakesOfIt() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let (before, preview) = try preview(workspace)

        // A sentence naming a person the article did not name, and a title change: the page's
        // people and heading change with it.
        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report",
                                    with: "Jane Ashworth said the council would publish its own figures.\n\nCabinet members said that the Casey report")
                .replacingOccurrences(of: "title: \"Council leaders urge victims", with: "title: \"Council leaders again urge victims")
        }
        let pages = try #require(preview.pages(forChanged: [workspace.file(Self.stokeArticle)]))
        #expect(pages.keys.sorted() == [Self.stokePage])
        let page = try #require(pages[Self.stokePage])
        #expect(page != before.files[Self.stokePage])
        #expect(String(decoding: page, as: UTF8.self).contains("people/jane-ashworth.html"))

        let (fresh, _) = try SiteBuilder(settings: workspace.settings(output: "site")).plan()
        #expect(page == fresh.files[Self.stokePage])
    }

    @Test func anyOtherChangeWaitsForTheFullBuild() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        let (_, preview) = try preview(workspace)
        #expect(preview.pages(forChanged: []) == nil)

        // Not an article: a person can appear on any page.
        try workspace.edit("content/people/jane-ashworth.md") { $0.replacingOccurrences(of: "in June 2025.", with: "in June and July 2025.") }
        #expect(preview.pages(forChanged: [workspace.file("content/people/jane-ashworth.md")]) == nil)

        // An article the last build did not publish, alone or beside an edited one.
        let added = workspace.file("content/articles/2025-06-20-councillors-again-urge-victims.txt")
        try FileManager.default.copyItem(at: workspace.file(Self.stokeArticle), to: added)
        #expect(preview.pages(forChanged: [added]) == nil)
        #expect(preview.pages(forChanged: [workspace.file(Self.stokeArticle), added]) == nil)

        // A deleted article; a file outside the articles folder with an article's name.
        try FileManager.default.removeItem(at: added)
        #expect(preview.pages(forChanged: [added]) == nil)
        #expect(preview.pages(forChanged: [workspace.file("templates/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.txt")]) == nil)

        // An edit with an error, and an edit that makes the article a draft.
        let original = try String(contentsOf: workspace.file(Self.stokeArticle), encoding: .utf8)
        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "author: Phil Corrigan", with: "auther: Phil Corrigan") }
        #expect(preview.pages(forChanged: [workspace.file(Self.stokeArticle)]) == nil)
        try Data(original.replacingOccurrences(of: "author: Phil Corrigan", with: "author: Phil Corrigan\ndraft: true").utf8).write(to: workspace.file(Self.stokeArticle))
        #expect(preview.pages(forChanged: [workspace.file(Self.stokeArticle)]) == nil)

        // The same file, fine again, is previewed.
        try Data(original.utf8).write(to: workspace.file(Self.stokeArticle))
        #expect(preview.pages(forChanged: [workspace.file(Self.stokeArticle)])?.keys.sorted() == [Self.stokePage])
    }

    @Test func aWithheldNameNeverReachesAPreviewedPage() throws {
        let workspace = try Workspace()
        defer { workspace.folder.remove() }
        try Data("never_publish:\n  - phrase: Anna Example\n    mode: redact\n  - phrase: Ben Example\n".utf8).write(to: workspace.file("content/safeguarding.yml"))
        let (_, preview) = try preview(workspace)

        // Redacted: the page shows the replacement, as a full build's would.
        try workspace.edit(Self.stokeArticle) {
            $0.replacingOccurrences(of: "Cabinet members said that the Casey report", with: "Anna Example spoke to the panel.\n\nCabinet members said that the Casey report")
        }
        let page = try #require(preview.pages(forChanged: [workspace.file(Self.stokeArticle)])?[Self.stokePage])
        let text = String(decoding: page, as: UTF8.self)
        #expect(!text.contains("Anna Example"))
        #expect(text.contains(SafeguardingPolicy.replacement))

        // Never to be published at all: no page, and the full build fails naming the line.
        try workspace.edit(Self.stokeArticle) { $0.replacingOccurrences(of: "Anna Example spoke", with: "Ben Example spoke") }
        #expect(preview.pages(forChanged: [workspace.file(Self.stokeArticle)]) == nil)
        #expect(throws: BuildFailure.self) { try SiteBuilder(settings: workspace.settings(output: "site")).plan() }
    }
}
