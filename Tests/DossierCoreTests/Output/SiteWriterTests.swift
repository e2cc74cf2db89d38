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

    /// What `SiteBuilder.build` does with a cache: stage in the spare the last build kept, link
    /// unchanged files from the site, swap, keep the old site as the next spare.
    func writeKeepingSpare(_ files: [String: Data], to output: URL) throws {
        let writer = writer(output)
        let staging = try writer.stage(recycling: true)
        for path in files.keys.sorted() { try staging.add(path, files[path]!) }
        writer.retire(try writer.commit(staging), keepingSpare: true)
    }

    /// The spare holds the site before the current one, most of its files hard links to the
    /// current site's: a build that recycles it must give the site a fresh folder gives, never
    /// write into a file the current site shares, and never follow a link planted in it.
    @Test func aRecycledSpareGivesTheSiteAFreshFolderGivesAndLeavesTheCurrentSiteAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        let spare = writer(output).spare
        let first = ["index.html": "same", "shared.html": "s", "a/b.html": "b1", "gone.html": "a file, then a folder", "dir/f.html": "a folder, then a file"]
        let second = ["index.html": "same", "shared.html": "s", "a/b.html": "b2", "gone.html": "a file, then a folder", "dir/f.html": "a folder, then a file", "new.html": "n"]
        let third = ["index.html": "same", "shared.html": "changed at last", "a/b.html": "b3", "gone.html/x.html": "now in a folder", "dir": "now a file", "articles/p.html": "p"]
        func data(_ files: [String: String]) -> [String: Data] { files.mapValues { Data($0.utf8) } }
        try writeKeepingSpare(data(first), to: output)
        #expect(!FileManager.default.fileExists(atPath: spare.path))
        try writeKeepingSpare(data(second), to: output)
        // The spare is the first site, sharing the unchanged files' inodes with the second.
        #expect(inode(spare.appendingPathComponent("index.html")) == inode(output.appendingPathComponent("index.html")))
        #expect(folder.contents(of: ".dossier-cache/site.spare")["a/b.html"] == Data("b1".utf8))

        // Things a spare should never hold: a stray file, and links to a file and a folder outside.
        try folder.write("outside/target.txt", "outside")
        try folder.write(".dossier-cache/site.spare/stray.html", "stray")
        try FileManager.default.removeItem(at: spare.appendingPathComponent("index.html"))
        try FileManager.default.createSymbolicLink(atPath: spare.appendingPathComponent("index.html").path, withDestinationPath: folder.url.appendingPathComponent("outside/target.txt").path)
        try FileManager.default.createSymbolicLink(atPath: spare.appendingPathComponent("articles").path, withDestinationPath: folder.url.appendingPathComponent("outside").path)
        let secondSite = folder.contents(of: "site")
        let unchanged = inode(output.appendingPathComponent("index.html"))

        try writeKeepingSpare(data(third), to: output)
        var written = folder.contents(of: "site")
        #expect(written.removeValue(forKey: SiteWriter.markerName) != nil)
        #expect(written == data(third))
        #expect(inode(output.appendingPathComponent("index.html")) == unchanged)
        // The second site, now the spare, is byte for byte what it was: nothing was written into it.
        #expect(folder.contents(of: ".dossier-cache/site.spare") == secondSite)
        #expect(folder.contents(of: "outside") == ["target.txt": Data("outside".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == [".dossier-cache", "outside", "site"])
    }

    /// A spare that is not a folder (a file, or a link to a folder elsewhere) is not used.
    @Test func aSpareThatIsNotAFolderIsNotUsed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let output = folder.url.appendingPathComponent("site")
        try writeKeepingSpare(["index.html": Data("one".utf8)], to: output)
        try folder.write("elsewhere/index.html", "elsewhere")
        let spare = writer(output).spare
        try FileManager.default.createDirectory(at: spare.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: spare.path, withDestinationPath: folder.url.appendingPathComponent("elsewhere").path)
        try writeKeepingSpare(["index.html": Data("two".utf8), "b.html": Data("b".utf8)], to: output)
        #expect(folder.contents(of: "elsewhere") == ["index.html": Data("elsewhere".utf8)])
        var written = folder.contents(of: "site")
        written.removeValue(forKey: SiteWriter.markerName)
        #expect(written == ["index.html": Data("two".utf8), "b.html": Data("b".utf8)])
    }
}
