@testable import DossierCore
import Foundation
import Testing

@Suite struct SiteWriterTests {
    func writer(_ output: URL, protecting: [URL] = []) -> SiteWriter {
        SiteWriter(output: output, displayPath: "site", protectedFolders: protecting)
    }

    @Test func replacesThePreviousSiteWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try writer(output).write(SitePlan(files: ["index.html": Data("old".utf8), "old.html": Data("gone".utf8)]))
        try writer(output).write(SitePlan(files: ["index.html": Data("new".utf8), "a/b.html": Data("b".utf8)]))
        #expect(folder.contents(of: "site") == [
            "index.html": Data("new".utf8), "a/b.html": Data("b".utf8), SiteWriter.markerName: folder.contents(of: "site")[SiteWriter.markerName]!,
        ])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(leftovers == ["site"])
    }

    @Test func aFailingBuildLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: folder.url.appendingPathComponent("content"))
        let settings = SiteBuilderTests.settings(content: folder.url.appendingPathComponent("content"), output: folder.url.appendingPathComponent("site"))
        _ = try SiteBuilder(settings: settings).build()
        let before = folder.contents(of: "site")
        try folder.write("content/people/broken.md", "---\nname: [unclosed\n---\n")
        #expect(throws: BuildFailure.self) { try SiteBuilder(settings: settings).build() }
        #expect(folder.contents(of: "site") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !$0.hasPrefix(".dossier-cache") }.sorted() == ["content", "site"])
    }

    /// A build writes its pages to the staging folder as they are made and checks them there:
    /// a check that fails after every page is on disk must still leave the previous site.
    @Test func aBuildThatFailsItsChecksAfterWritingLeavesThePreviousSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: folder.url.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("templates"), to: folder.url.appendingPathComponent("templates"))
        var settings = SiteBuilderTests.settings(content: folder.url.appendingPathComponent("content"), output: folder.url.appendingPathComponent("site"))
        settings.templatesDirectory = folder.url.appendingPathComponent("templates")
        _ = try SiteBuilder(settings: settings).build()
        let before = folder.contents(of: "site")
        let footer = folder.url.appendingPathComponent("templates/partials/footer.mustache")
        try (try String(contentsOf: footer, encoding: .utf8) + "<a href=\"{{root}}minutes.html\">Minutes</a>\n").write(to: footer, atomically: true, encoding: .utf8)
        let failure = try #require(throws: BuildFailure.self) { try SiteBuilder(settings: settings).build() }
        #expect(failure.diagnostics.contains { $0.message.hasPrefix("broken link '") && $0.message.contains("minutes.html': the site has no minutes.html") })
        #expect(folder.contents(of: "site") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !$0.hasPrefix(".dossier-cache") }.sorted() == ["content", "site", "templates"])
    }

    /// `build` streams the files to disk and `check` and `serve` hold them in memory: the same files.
    @Test func theWrittenSiteIsThePlannedSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let settings = SiteBuilderTests.settings(content: Fixtures.folder("small-dossier/content"), output: folder.url.appendingPathComponent("site"))
        let report = try SiteBuilder(settings: settings).build()
        let (plan, _) = try SiteBuilder(settings: settings).plan()
        var written = folder.contents(of: "site")
        #expect(written.removeValue(forKey: SiteWriter.markerName) != nil)
        #expect(plan.files.count > 20)
        #expect(written == plan.files)
        #expect(report.files == plan.files.count)
        // The marker describes every file as written, those streamed in pieces (the search
        // index, the data files) as well as those written whole.
        let manifest = try #require(SiteManifest(markerAt: folder.url.appendingPathComponent("site/\(SiteWriter.markerName)").path))
        #expect(manifest.entries.keys.sorted() == written.keys.sorted())
        for (path, data) in written {
            #expect(manifest.entries[path] == SiteManifest.Entry(size: data.count, hash: SiteManifest.hash(data)), "\(path)")
        }
    }

    /// Two files for one path would race to disk; the build names the path instead.
    @Test func twoFilesForOnePathAreAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent("templates"), to: folder.url.appendingPathComponent("templates"))
        try folder.write("templates/assets/search-index.js", "var mine = 1;\n")
        var settings = SiteBuilderTests.settings(content: Fixtures.folder("small-dossier/content"), output: folder.url.appendingPathComponent("site"))
        settings.templatesDirectory = folder.url.appendingPathComponent("templates")
        for failing in [{ _ = try SiteBuilder(settings: settings).build() }, { _ = try SiteBuilder(settings: settings).plan() }] {
            let failure = try #require(throws: BuildFailure.self) { try failing() }
            #expect(failure.diagnostics.map(\.message) == ["two files would be written to this path"])
            #expect(failure.diagnostics.first?.path.hasSuffix("/site/assets/search-index.js") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !$0.hasPrefix(".dossier-cache") } == ["templates"])
    }

    @Test func neverReplacesAFolderItDidNotMake() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("site/precious.txt", "someone's work")
        let failure = try #require(throws: BuildFailure.self) {
            try writer(folder.url.appendingPathComponent("site")).write(SitePlan(files: ["index.html": Data()]))
        }
        #expect(failure.diagnostics.first?.message == "refusing to use this output folder: it is not empty and was not made by dossier (no .dossier-site file)")
        #expect(folder.contents(of: "site") == ["precious.txt": Data("someone's work".utf8)])
    }

    @Test func refusesToWriteOverTheContentOrAboveIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        try folder.write("content/dossier.yml", "title: T\n")
        for output in [content, folder.url, content.appendingPathComponent("site"), URL(fileURLWithPath: "/")] {
            #expect(throws: BuildFailure.self) { try writer(output, protecting: [content]).write(SitePlan()) }
        }
        #expect(folder.contents(of: "content").count == 1)
    }

    @Test func reportsAWriteErrorAndKeepsTheOldSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try writer(output).write(SitePlan(files: ["index.html": Data("old".utf8)]))
        // A file and a folder of the same name cannot both be written: the write fails half-way.
        let failure = try #require(throws: BuildFailure.self) {
            try writer(output).write(SitePlan(files: ["a": Data("file".utf8), "a/b.html": Data("x".utf8)]))
        }
        #expect(failure.diagnostics.first?.message.hasPrefix("could not write the site:") == true)
        #expect(folder.contents(of: "site")["index.html"] == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["site"])
    }

    func inode(_ url: URL) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    @Test func unchangedFilesAreLinkedFromThePreviousSiteAndChangedOnesWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try writer(output).write(SitePlan(files: ["index.html": Data("same".utf8), "a/b.html": Data("old".utf8), "edited.html": Data("v1".utf8)]))
        let same = inode(output.appendingPathComponent("index.html"))
        let changed = inode(output.appendingPathComponent("a/b.html"))
        // Someone edits a published file by hand: it must be written again, not trusted.
        try Data("v1 plus a hand edit".utf8).write(to: output.appendingPathComponent("edited.html"))
        try writer(output).write(SitePlan(files: ["index.html": Data("same".utf8), "a/b.html": Data("new".utf8), "edited.html": Data("v1".utf8)]))
        #expect(inode(output.appendingPathComponent("index.html")) == same)
        #expect(inode(output.appendingPathComponent("a/b.html")) != changed)
        let files = folder.contents(of: "site")
        #expect(files["a/b.html"] == Data("new".utf8))
        #expect(files["edited.html"] == Data("v1".utf8))
        #expect(String(decoding: files[SiteWriter.markerName]!, as: UTF8.self).hasSuffix("\n"))
    }
}
