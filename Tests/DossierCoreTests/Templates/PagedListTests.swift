@testable import DossierCore
import Foundation
import Testing

@Suite struct PagedListTests {
    @Test func itemsAreCutIntoPagesInOrderWithNoneLostOrRepeated() {
        let list = PagedList(path: "articles/index.html", items: Array(1...10), size: 4)
        #expect(list.count == 3)
        #expect((1...3).map(list.path(ofPage:)) == ["articles/index.html", "articles/index-2.html", "articles/index-3.html"])
        #expect((1...3).flatMap(list.items(onPage:)) == Array(1...10))
        #expect(list.items(onPage: 3) == [9, 10])
        // An empty list is still one page, saying so.
        #expect(PagedList(path: "timeline.html", items: [Int](), size: 4).count == 1)
    }

    @Test func aListThatFitsOnOnePageHasNoPageLinks() {
        #expect(PagedList(path: "timeline.html", items: Array(1...4), size: 4).pagination(ofPage: 1) == nil)
    }

    /// The first and last pages and the two either side of this one, with a gap marked where
    /// pages are left out, linked by file name within the list's folder.
    @Test func pageLinksShowTheEndsAndTheNeighbours() throws {
        let list = PagedList(path: "articles/index.html", items: Array(1...100), size: 10)
        let middle = try #require(list.pagination(ofPage: 5))
        #expect(middle.label == "Page 5 of 10")
        #expect(middle.previous == "index-4.html" && middle.next == "index-6.html")
        #expect(middle.pages.map { $0.number ?? "…" } == ["1", "…", "3", "4", "5", "6", "7", "…", "10"])
        #expect(middle.pages.filter(\.current).map(\.href) == ["index-5.html"])
        let first = try #require(list.pagination(ofPage: 1))
        #expect(first.previous == nil && first.pages.first?.href == "index.html")
        #expect(first.pages.map { $0.number ?? "…" } == ["1", "2", "3", "…", "10"])
        #expect(try #require(list.pagination(ofPage: 10)).next == nil)
    }

    /// The repository's dossier with four items to a page: each list's pages, read in order,
    /// hold the items its single page holds, and each page links to the next.
    @Test func theSiteWideListsArePagedWhenTheDossierSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(at: Fixtures.repository.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
        func plan() throws -> SitePlan {
            try SiteBuilder(settings: BuildSettings(contentDirectory: folder.url.appendingPathComponent("content"),
                                                    templatesDirectory: folder.url.appendingPathComponent("templates"),
                                                    outputDirectory: folder.url.appendingPathComponent("site"))).plan().0
        }
        let whole = try plan()
        #expect(!whole.files.keys.contains("sources-2.html"))
        #expect(!whole.files.values.contains { String(decoding: $0, as: UTF8.self).contains("class=\"pagination\"") })
        let config = folder.url.appendingPathComponent("content/dossier.yml")
        try (String(contentsOf: config, encoding: .utf8) + "\nlist_page_size: 4\n").write(to: config, atomically: true, encoding: .utf8)
        let paged = try plan()

        for (path, itemPattern) in [("sources.html", #"<h2><a href="([^"]+)">"#), ("timeline.html", #"<li>\n<p class="timeline-date"><time datetime="([^"]+)">"#),
                                    ("figures.html", #"<th scope="row">([^<]+)</th>"#), ("articles/index.html", #"<li>\n<a href="([^"]+)">"#)] {
            let items = { (page: String) in Self.matches(itemPattern, in: page) }
            let expected = items(try #require(whole.page(path)))
            #expect(expected.count > 4, "\(path)")
            var pages: [String] = []
            var next: String? = path
            while let current = next, pages.count < 50 {
                let page = try #require(paged.page(current), "\(current)")
                pages.append(current)
                #expect(items(page).count <= 4, "\(current)")
                #expect(page.contains("<title>") && page.contains("page \(pages.count) of"), "\(current)")
                // Page links name a file in the page's own folder.
                let folder = (current as NSString).deletingLastPathComponent
                next = Self.matches(#"<a href="([^"]+)" rel="next">"#, in: page).first.map { folder.isEmpty ? $0 : "\(folder)/\($0)" }
            }
            #expect(pages.count == (expected.count + 3) / 4, "\(path)")
            #expect(pages.flatMap { items(paged.page($0)!) } == expected, "\(path)")
        }
    }

    @Test func aPageSizeBelowOneIsRefusedWithItsLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\nlist_page_size: 0\n")
        let failure = try #require(throws: BuildFailure.self) {
            try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        }
        #expect(failure.diagnostics.map(\.summaryLine) == ["content/dossier.yml:2: error: list_page_size: 0 leaves no room for any item"])
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range(at: 1)) }
    }
}

private extension SitePlan {
    func page(_ path: String) -> String? { files[path].map { String(decoding: $0, as: UTF8.self) } }
}
