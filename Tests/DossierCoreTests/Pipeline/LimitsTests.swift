@testable import DossierCore
import Foundation
import Testing

/// What dossier does at the edges of what it accepts: files at and over the size limit, one
/// enormous line, Markdown nested 10,000 deep, and a great many files. Each must finish in
/// bounded time and memory, or stop with a clear error naming the file and line. (Measured
/// figures for the release build are in the README.) No timing assertions: a quadratic step
/// shows as a test that does not finish.
@Suite("Limits") struct LimitsTests {
    /// A copy of the small dossier to add files to.
    private func smallDossier() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: content)
        return (folder, content)
    }

    private func loadErrors(_ content: URL) throws -> [String] {
        let failure = try #require(throws: BuildFailure.self) { try ContentLoader(contentDirectory: content, displayRoot: "content").load() }
        return failure.diagnostics.errors.map(\.summaryLine)
    }

    // MARK: Size of a file

    @Test func aFileOverFiveMegabytesIsRefused() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        try folder.write("content/articles/2025-01-01-over.txt", String(repeating: "a", count: TextFileReader.maximumBytes + 1))
        #expect(try loadErrors(content) == [
            "content/articles/2025-01-01-over.txt: error: file is 5242881 bytes, over the limit of 5242880 bytes (5 MB) for one content file",
        ])
    }

    /// A 1 GB file (sparse: it takes no disk) is refused after reading at most 5 MB of it.
    @Test func aHugeFileIsRefusedWithoutBeingReadWhole() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        let huge = try folder.write("content/articles/2025-01-01-huge.txt", "")
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(try loadErrors(content) == [
            "content/articles/2025-01-01-huge.txt: error: file is 1073741824 bytes, over the limit of 5242880 bytes (5 MB) for one content file",
        ])
    }

    // MARK: One enormous line

    /// An article that is one line just under the limit (a page pasted without its paragraph
    /// breaks) is loaded, cleaned, linked and rendered. Every step is linear in the line's length:
    /// finding each mention's sentence and its offset for entities.json were quadratic.
    @Test func aOneLineArticleJustUnderTheLimitIsBuilt() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        let sentence = "Tom Crowther KC said the inquiry in Telford found failings by Oldham Council, and the council agreed. "
        let frontMatter = "---\ntitle: One long line\npublished: 2025-02-02\n---\n"
        let size = Self.oneLineBytes - frontMatter.utf8.count - 1
        let line = String(String(repeating: sentence, count: size / sentence.utf8.count + 1).utf8.prefix(size))!
        try folder.write("content/articles/2025-02-02-one-line.txt", frontMatter + line + "\n")

        let settings = BuildSettings(contentDirectory: content, templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: folder.url.appendingPathComponent("site"))
        let (plan, _) = try SiteBuilder(settings: settings).plan()
        let page = try #require(plan.files["articles/2025-02-02-one-line.html"])
        let html = String(decoding: page, as: UTF8.self)
        #expect(html.contains("<a href=\"../people/tom-crowther.html\">Tom Crowther"))
        #expect(html.utf8.count > size)
    }

    /// 4.9 MB as the issue asks; DOSSIER_LIMITS_LINE_BYTES makes it smaller for a quick run.
    static let oneLineBytes = ProcessInfo.processInfo.environment["DOSSIER_LIMITS_LINE_BYTES"].flatMap(Int.init) ?? 4_900_000

    // MARK: Deep YAML

    /// Yams' libyaml stops at 1,000 levels, so nesting cannot exhaust the stack; the error says so.
    @Test func yamlNestedTenThousandDeepIsAClearError() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        try folder.write("content/articles/2025-01-01-deep.txt", "---\ntitle: " + String(repeating: "[", count: 10_000) + "\n---\nText.\n")
        try folder.write("content/people/deep.md", "---\nname: Deep\naliases:\n" + (0..<1_001).map { String(repeating: " ", count: $0 + 1) + "- \n" }.joined() + "---\nText.\n")
        let errors = try loadErrors(content)
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.hasSuffix("error: front matter is nested more than 1,000 levels deep") })
        #expect(errors.first?.hasPrefix("content/articles/2025-01-01-deep.txt:2:") == true)
    }

    // MARK: Deep Markdown

    /// cmark-gfm parses and renders any depth without recursion, and so does dossier's walk of
    /// its tree (cmark_iter): no stack overflow at 10,000 levels.
    @Test(arguments: [
        String(repeating: "> ", count: 10_000) + "Tom Crowther KC",
        String(repeating: "- ", count: 10_000) + "Tom Crowther KC",
        String(repeating: "1. ", count: 10_000) + "Tom Crowther KC",
        String(repeating: "> - ", count: 5_000) + "Tom Crowther KC",
        String(repeating: "[", count: 10_000) + "Tom Crowther KC" + String(repeating: "]", count: 10_000),
        String(repeating: "*", count: 10_000) + "Tom Crowther KC" + String(repeating: "*", count: 10_000),
        String(repeating: "![", count: 10_000) + "Tom Crowther KC" + String(repeating: "](javascript:x)", count: 10_000),
    ])
    func markdownNestedTenThousandDeepRenders(markdown: String) throws {
        let renderer = ContentRenderer(markdown: MarkdownRenderer(allowRawHTML: false), linker: EntityLinker(registry: BriefingComposerTests.dossier.registry))
        let html = renderer.html(markdown, root: "../")
        #expect(html.contains("Tom Crowther KC"))
    }

    /// In a lede or description, though, nesting that deep is an error at its line: cmark's
    /// plain-text renderer (search index, page descriptions) takes time quadratic in the depth.
    @Test func markdownNestedTooDeepInALedeIsAClearError() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        try folder.write("content/topics/deep.md", "---\ntitle: Deep\n---\nIntro.\n\n" + String(repeating: "> ", count: 10_000) + "Too deep\n")
        try folder.write("content/people/nested.md", "---\nname: Nested Person\n---\n" + String(repeating: "- ", count: 33) + "x\n")
        try folder.write("content/organisations/fine.md", "---\nname: Fine Org\n---\n" + String(repeating: "- ", count: 32) + "x\n")
        #expect(try loadErrors(content) == [
            "content/people/nested.md:4: error: lists and block quotes nested 33 deep, over the limit of 32",
            "content/topics/deep.md:6: error: lists and block quotes nested 10000 deep, over the limit of 32",
        ])
    }

    @Test func aWideTableRowAndAnOversizedDescriptionAreClearErrors() throws {
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        try folder.write("content/topics/wide.md", "---\ntitle: Wide\n---\n| a | b |\n|---|---|\n" + String(repeating: "|", count: 129) + "\n")
        try folder.write("content/people/long.md", "---\nname: Long Description\n---\n" + String(repeating: "\"'", count: 40_000) + "\n")
        #expect(try loadErrors(content) == [
            "content/people/long.md:4: error: the text is 78 KB, over the 64 KB limit for a lede or description",
            "content/topics/wide.md:6: error: more than 128 '|' on one line: a table that wide cannot be read",
        ])
    }

    // MARK: Many files

    /// 20,000 tiny articles load (100,000 measured by hand: see the README), and every
    /// per-file step is linear in the number of files. DOSSIER_LIMITS_FILES changes the count.
    @Test func twentyThousandTinyArticlesLoad() throws {
        let count = ProcessInfo.processInfo.environment["DOSSIER_LIMITS_FILES"].flatMap(Int.init) ?? 20_000
        let (folder, content) = try smallDossier()
        defer { folder.remove() }
        let articles = content.appendingPathComponent("articles")
        for index in 0..<count {
            let text = "---\ntitle: Article \(index)\npublished: 2025-03-01\n---\nTom Crowther KC said \(index).\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("2025-03-01-tiny-\(index).txt"))
        }
        let (loaded, _) = try ContentLoader(contentDirectory: content, displayRoot: "content").load()
        #expect(loaded.articles.count == count + 2)
        #expect(loaded.articles.last?.body == "Tom Crowther KC said \(count - 1).\n" || loaded.articles.contains { $0.slug == "2025-03-01-tiny-\(count - 1)" })
    }
}
