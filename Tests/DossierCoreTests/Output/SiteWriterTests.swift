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
