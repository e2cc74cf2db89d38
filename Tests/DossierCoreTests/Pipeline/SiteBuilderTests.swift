@testable import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

@Suite struct SiteBuilderTests {
    static func settings(content: URL, output: URL) -> BuildSettings {
        BuildSettings(contentDirectory: content, templatesDirectory: Fixtures.repository.appendingPathComponent("templates"), outputDirectory: output)
    }

    /// The whole pipeline on a small dossier, compared byte for byte with the expected site.
    /// After a deliberate change to templates or rendering, regenerate the expected folder with
    /// `DOSSIER_UPDATE_GOLDEN=1 swift test` and review the diff.
    @Test func buildsTheSmallDossierExactlyAsExpected() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        _ = try SiteBuilder(settings: Self.settings(content: Fixtures.folder("small-dossier/content"), output: output)).build()
        let built = TemporaryFolder.files(under: output)
        let expectedFolder = Fixtures.folder("small-dossier/expected")
        if ProcessInfo.processInfo.environment["DOSSIER_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.copyItem(at: output, to: expectedFolder)
        }
        let expected = TemporaryFolder.files(under: expectedFolder)
        #expect(built.keys.sorted() == expected.keys.sorted())
        for path in built.keys.sorted() where built[path] != expected[path] {
            Issue.record("\(path) differs from Fixtures/small-dossier/expected/\(path)")
        }
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = Fixtures.repository.appendingPathComponent("content")
        _ = try SiteBuilder(settings: Self.settings(content: content, output: folder.url.appendingPathComponent("one"))).build()
        _ = try SiteBuilder(settings: Self.settings(content: content, output: folder.url.appendingPathComponent("two"))).build()
        let one = folder.contents(of: "one"), two = folder.contents(of: "two")
        #expect(one.count > 50)
        #expect(one == two)
    }

    @Test func theSiteDateComesFromContentOrSourceDateEpoch() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var settings = Self.settings(content: Fixtures.folder("small-dossier/content"), output: folder.url.appendingPathComponent("site"))
        _ = try SiteBuilder(settings: settings).build()
        #expect(try String(contentsOf: folder.url.appendingPathComponent("site/index.html"), encoding: .utf8).contains("Last updated <time datetime=\"2025-01-16\">16 January 2025</time>"))
        settings.sourceDateEpoch = 1_750_000_000
        _ = try SiteBuilder(settings: settings).build()
        #expect(try String(contentsOf: folder.url.appendingPathComponent("site/index.html"), encoding: .utf8).contains("<time datetime=\"2025-06-15\">15 June 2025</time>"))
    }

    @Test func escapesArticleTextAndKeepsItWordForWord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        _ = try SiteBuilder(settings: Self.settings(content: Fixtures.folder("small-dossier/content"), output: output)).build()
        let page = try String(contentsOf: output.appendingPathComponent("articles/2025-01-16-crowther-framework.html"), encoding: .utf8)
        #expect(page.contains(#"<a href="../organisations/oldham-council.html">Oldham Council</a> said it welcomed the &lt;support&gt; &amp; the &quot;funding&quot;."#))
        #expect(page.contains(#"<div class="block" id="p2"><p>The framework would be piloted in Oldham and four other areas, backed by £5m of government funding.</p>"#))
        let markdownTitle = try String(contentsOf: output.appendingPathComponent("articles/2025-02-01-council-update.html"), encoding: .utf8)
        #expect(markdownTitle.contains("<h1>A council update on *local* inquiries</h1>"))
    }

    @Test func aRebuildWithNoChangeDoesNoWorkAndAnyChangeRebuilds() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: folder.url.appendingPathComponent("content"))
        let settings = Self.settings(content: folder.url.appendingPathComponent("content"), output: folder.url.appendingPathComponent("site"))
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)
        let first = folder.contents(of: "site")
        #expect(try SiteBuilder(settings: settings).build().unchanged == true)
        #expect(folder.contents(of: "site") == first)

        // An edited article is rebuilt.
        let article = folder.url.appendingPathComponent("content/articles/2025-02-01-council-update.md")
        try Data("A council update on local inquiries\n\nCouncillors heard the pilot would begin in the summer.\n".utf8).write(to: article)
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)
        #expect(String(decoding: folder.contents(of: "site")["articles/2025-02-01-council-update.html"]!, as: UTF8.self).contains("begin in the summer"))

        // Restored as `cp -p` would: same file, size and modification time, other words.
        var before = stat()
        #expect(stat(article.path, &before) == 0)
        let handle = try FileHandle(forWritingTo: article)
        try handle.write(contentsOf: Data("A council update on local inquiries\n\nCouncillors heard the pilot would begin in the autumn.\n".utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, article.path, &times, 0) == 0)
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)
        #expect(String(decoding: folder.contents(of: "site")["articles/2025-02-01-council-update.html"]!, as: UTF8.self).contains("begin in the autumn"))

        // A person added: the walk goes into every folder of the content.
        try Data("---\nname: Jane Ashworth\n---\n".utf8).write(to: folder.url.appendingPathComponent("content/people/jane-ashworth.md"))
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)

        // A page edited by hand in the site, same size: the site is not the one last built.
        let page = folder.url.appendingPathComponent("site/people/tom-crowther.html")
        let built = try Data(contentsOf: page)
        try Data(String(decoding: built, as: UTF8.self).replacingOccurrences(of: "Tom Crowther", with: "Tom Crowthar").utf8).write(to: page)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_750_000_000)], ofItemAtPath: page.path)
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)
        #expect(try Data(contentsOf: page) == built)

        // A file removed from the site by hand is put back: the site is not the one last built.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("site/people/tom-crowther.html"))
        #expect(try SiteBuilder(settings: settings).build().unchanged == false)
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site/people/tom-crowther.html").path))

        // Other settings make another site.
        var other = settings
        other.sourceDateEpoch = 1_750_000_000
        #expect(try SiteBuilder(settings: other).build().unchanged == false)
    }
}
