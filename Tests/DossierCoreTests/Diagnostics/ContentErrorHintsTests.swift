@testable import DossierCore
import Foundation
import Testing

/// Each kind of content error is one precise line with a hint: the fixture of invalid content
/// holds one file per kind.
@Suite struct ContentErrorHintsTests {
    @Test func everyContentErrorHasALineAndAHint() throws {
        let loader = ContentLoader(contentDirectory: Fixtures.folder("invalid-content/content"), displayRoot: "content")
        let failure = try #require(throws: BuildFailure.self) { try loader.load() }
        #expect(failure.diagnostics.count == 10)
        for diagnostic in failure.diagnostics {
            #expect(diagnostic.hint != nil, "no hint: \(diagnostic.summaryLine)")
            // A file name's problem is the file's, not a line's.
            if !diagnostic.message.hasPrefix("file name") {
                #expect(diagnostic.line != nil, "no line: \(diagnostic.summaryLine)")
            }
        }
        let wrongType = try #require(failure.diagnostics.first { $0.path.hasSuffix("wrong-type.md") })
        #expect(wrongType.hint == #"write it as aliases: ["first", "second"], or one '- item' line each"#)
        let badDate = try #require(failure.diagnostics.first { $0.path.hasSuffix("bad-role-date.md") })
        #expect(badDate.hint == "write the year, month and day with hyphens, e.g. 2025-06-26")
    }

    @Test func anUnknownOrganisationInARoleNamesTheLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: folder.url.appendingPathComponent("content"))
        try folder.write("content/people/ann-example.md", "---\nname: Ann Example\nroles:\n  - title: Leader\n    organisation: oldham-councl\n---\n")
        let settings = BuildSettings(contentDirectory: folder.url.appendingPathComponent("content"),
                                     templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: folder.url.appendingPathComponent("site"))
        let failure = try #require(throws: BuildFailure.self) { try SiteBuilder(settings: settings).plan() }
        let unknown = try #require(failure.diagnostics.first { $0.message.contains("oldham-councl") })
        #expect(unknown.line != nil)
        #expect(unknown.hint?.contains("oldham-council") == true)
    }
}
