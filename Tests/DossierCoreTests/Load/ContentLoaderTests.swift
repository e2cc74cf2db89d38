@testable import DossierCore
import Foundation
import Testing

@Suite struct ContentLoaderTests {
    @Test func reportsEveryProblemInTheContentFolderWithItsLine() throws {
        let loader = ContentLoader(contentDirectory: Fixtures.folder("invalid-content/content"), displayRoot: "content")
        let failure = try #require(throws: BuildFailure.self) { try loader.load() }
        #expect(failure.diagnostics.map(\.summaryLine) == [
            "content/articles/bad-yaml.txt:2:8: error: front matter is not valid YAML: found unexpected end of stream while scanning a quoted scalar",
            "content/articles/empty.txt:1: error: file is empty",
            "content/articles/latin1.txt:3: error: invalid UTF-8 at byte offset 25",
            "content/articles/no-text.txt:4: error: the article has no text",
            "content/articles/unclosed.txt:1: error: front matter opened with '---' is never closed",
            "content/organisations/wrong-type.md:4:3: error: 'aliases' should be a list, e.g. [a, b]",
            "content/people/bad-role-date.md:5:11: error: 'roles[0].from': '2025-13-01' is not a date in the form YYYY-MM-DD",
            "content/people/misspelt-key.md:3:1: error: unknown key 'alias'",
            "content/people/no-name.md:2: error: missing required key 'name'",
            "content/topics/Bad_Name.md: error: file name 'Bad_Name' may contain only a-z, 0-9 and '-'",
        ])
        let misspelt = try #require(failure.diagnostics.first { $0.path == "content/people/misspelt-key.md" })
        #expect(misspelt.hint == "did you mean 'aliases'?")
        #expect(misspelt.sourceLine == "alias: [Ms Phillips]")
        let renamed = try #require(failure.diagnostics.first { $0.path == "content/topics/Bad_Name.md" })
        #expect(renamed.hint == "rename the file to 'bad-name.md'")
    }

    @Test func loadsTheSmallDossier() throws {
        let (content, warnings) = try ContentLoader(contentDirectory: Fixtures.folder("small-dossier/content"), displayRoot: "content").load()
        #expect(warnings.isEmpty)
        #expect(content.config == DossierConfig(title: "Test dossier on local inquiries", description: "A small dossier used by dossier's own tests.",
                                                language: "en-GB", baseURL: nil, allowRawHTML: false))
        #expect(content.articles.map(\.slug) == ["2025-01-16-crowther-framework", "2025-02-01-council-update"])
        let first = content.articles[0]
        #expect(first.published == Day(year: 2025, month: 1, day: 16))
        #expect(first.topics == ["local-inquiries"])
        #expect(first.bodyFirstLine == 8)
        #expect(first.body.hasPrefix("Tom Crowther KC will work"))
        #expect(content.articles[1].title == nil)
        #expect(content.people.first?.roles == [Role(title: "Chair of the Telford inquiry", organisation: nil,
                                                     from: Day(year: 2018, month: 7, day: 1), until: Day(year: 2022, month: 7, day: 12))])
        #expect(content.organisations.first?.kind == "council")
        #expect(content.topics.first?.lede == "Councils will run **locally-led inquiries** with national backing.")
    }

    @Test func refusesASymlinkOutOfTheContentFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        let secret = try folder.write("secret.txt", "private notes\n")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("content/articles"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("content/articles/leak.txt"), withDestinationURL: secret)
        let failure = try #require(throws: BuildFailure.self) {
            try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        }
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics[0].summaryLine.hasPrefix("content/articles/leak.txt: error: symbolic link to a file outside the content folder"))
    }

    /// Plain files are trusted without resolving each one only in a folder that is itself inside.
    @Test func refusesTheFilesOfAFolderLinkedFromOutside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        try folder.write("elsewhere/notes.txt", "private notes\n")
        try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent("content/articles"),
                                                   withDestinationURL: folder.url.appendingPathComponent("elsewhere"))
        let failure = try #require(throws: BuildFailure.self) {
            try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        }
        #expect(failure.diagnostics.map(\.summaryLine).contains { $0.hasPrefix("content/articles/notes.txt: error: symbolic link to a file outside the content folder") })
    }

    @Test func acceptsWindowsLineEndingsAndAByteOrderMark() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "\u{FEFF}title: T\r\nlanguage: en-GB\r\n")
        try folder.write("content/people/jess-phillips.md", "---\r\nname: Jess Phillips\r\n---\r\nMinister.\r\n")
        let (content, _) = try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        #expect(content.config.title == "T")
        #expect(content.people.first?.name == "Jess Phillips")
        #expect(content.people.first?.description == "Minister.")
    }

    @Test func refusesScriptURLsInFrontMatter() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        try folder.write("content/articles/a.txt", "---\ntitle: A\nurl: javascript:alert(1)\n---\nText.\n")
        let failure = try #require(throws: BuildFailure.self) {
            try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        }
        #expect(failure.diagnostics.map(\.summaryLine) == [
            "content/articles/a.txt:3: error: url: 'javascript:alert(1)' is not allowed: only http:// and https:// links are",
        ])
    }
}
