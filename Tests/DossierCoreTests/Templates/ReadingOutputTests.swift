import CmarkGFM
@testable import DossierCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The search index, the feeds and the sitemap, and escaping in every kind of output.
@Suite struct ReadingOutputTests {
    static func build(_ content: URL, baseURL: String? = nil) throws -> [String: String] {
        var settings = BuildSettings(contentDirectory: content, templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        settings.baseURL = baseURL
        settings.today = nil
        let plan = try SiteBuilder(settings: settings).plan().0
        return plan.files.compactMapValues { String(data: $0, encoding: .utf8) }
    }

    static let realContent = Fixtures.repository.appendingPathComponent("content")

    /// The small dossier's site with `count` more Oldham Chronicle articles on local inquiries,
    /// article `n` made by `article(n)`.
    static func buildSmallDossier(adding count: Int, _ article: (Int) -> (name: String, title: String, published: String, body: String)) throws -> [String: String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.folder("small-dossier/content"), to: content)
        for number in 1...count {
            let (name, title, published, body) = article(number)
            try folder.write("content/articles/\(name).md", """
                ---
                title: \(title)
                source: Oldham Chronicle
                published: \(published)
                topics: [local-inquiries]
                ---
                \(body)
                """)
        }
        return try build(content)
    }

    /// The array the index script assigns, parsed as JSON: a script that is not valid JSON
    /// after the assignment would break the search page.
    static func indexEntries(_ script: String) throws -> [[String: String]] {
        let start = try #require(script.range(of: "window.dossierSearchIndex = "))
        var json = String(script[start.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(json.hasSuffix(";"))
        json.removeLast()
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]])
    }

    @Test func theSearchIndexListsEveryPageKind() throws {
        let site = try Self.build(Self.realContent)
        let script = try #require(site[SearchIndex.path])
        let entries = try Self.indexEntries(script)
        let articles = site.keys.filter { $0.hasPrefix("articles/") && $0 != "articles/index.html" }.sorted()
        #expect(articles.count == 5)
        #expect(entries.filter { $0["kind"] == "Article" }.compactMap { $0["url"] }.sorted() == articles)
        #expect(entries.filter { $0["kind"] == "Briefing" }.count == 4)
        #expect(entries.filter { $0["kind"] == "Person" }.count == site.keys.filter { $0.hasPrefix("people/") && $0 != "people/index.html" }.count)
        #expect(entries.contains { $0["title"] == "Tom Crowther" && $0["url"] == "people/tom-crowther.html" })
        #expect(entries.contains { $0["kind"] == "Glossary" && $0["url"] == "glossary.html#term-cse" })
        // Every entry leads to a page that exists.
        for entry in entries {
            let page = try #require(entry["url"]).split(separator: "#")[0]
            #expect(site[String(page)] != nil, "search index links to a missing page: \(page)")
        }
        // Article text is indexed: the search page must find "Crowther" in the articles too.
        #expect(entries.filter { $0["kind"] == "Article" && $0["text"]!.contains("Crowther") }.count >= 2)
    }

    @Test func jsonStringsCannotEndAScriptOrAComment() {
        #expect(JSON.string("</script><!-- \"q\" \\ & \u{2028}\u{2029}\n\u{0B}é") ==
                #""\u003c/script\u003e\u003c!-- \"q\" \\ \u0026 \u2028\u2029\n\u000bé""#)
    }

    @Test func feedsAreWellFormedAtomWithContentDates() throws {
        let site = try Self.build(Self.realContent)
        let feeds = site.keys.filter { $0.hasSuffix(".xml") }.sorted()
        #expect(feeds == ["briefings/iicsa-recommendations.xml", "briefings/local-inquiries.xml", "briefings/national-audit.xml",
                          "briefings/stoke-panel.xml", "feed.xml"])
        #expect(site["sitemap.xml"] == nil, "no sitemap without a base URL")
        for path in feeds {
            let feed = try AtomSummary(xml: try #require(site[path]))
            #expect(feed.root == "feed", "\(path)")
            #expect(feed.ids.allSatisfy { $0.hasPrefix("tag:dossier.invalid,20") }, "\(path)")
            #expect(Set(feed.ids).count == feed.ids.count, "ids are unique in \(path)")
        }
        let main = try AtomSummary(xml: try #require(site["feed.xml"]))
        #expect(main.entryCount == 5)
        #expect(main.updated == ["2025-06-26T00:00:00Z", "2025-06-26T00:00:00Z", "2025-06-16T00:00:00Z", "2025-01-16T00:00:00Z",
                                 "2025-01-16T00:00:00Z", "2025-01-16T00:00:00Z"])
        #expect(main.links.contains("articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.html"))
        // Every HTML page announces the dossier's feed, with a link that works from its folder.
        #expect(site["people/tom-crowther.html"]!.contains(#"<link rel="alternate" type="application/atom+xml" href="../feed.xml""#))
    }

    /// A feed carries the newest articles only, so it stays small however large the dossier grows.
    @Test func feedsCarryOnlyTheNewestArticles() throws {
        let extra = SiteContent.feedEntries + 3
        let site = try Self.buildSmallDossier(adding: extra) { day in
            ("update-\(day)", "Local inquiry update \(day)", String(format: "2025-03-%02d", day % 28 + 1),
             "Councillors in Oldham discussed local inquiries, update number \(day), and the pilot that Tom Crowther described.")
        }
        let main = try AtomSummary(xml: try #require(site["feed.xml"]))
        #expect(main.entryCount == SiteContent.feedEntries)
        let topic = try AtomSummary(xml: try #require(site["briefings/local-inquiries.xml"]))
        #expect(topic.entryCount == SiteContent.feedEntries)
        // The newest: no entry is older than any article left out.
        let articleDays = site.keys.filter { $0.hasPrefix("articles/") && $0 != "articles/index.html" }.count
        #expect(articleDays == extra + 2)
        let entryDays = main.updated.dropFirst()
        #expect(entryDays.first == "2025-03-28T00:00:00Z")
        #expect(!entryDays.contains("2025-01-16T00:00:00Z"), "the oldest article is left out")
    }

    /// An entity page quotes the sentences of its briefings and newest articles only, so it
    /// stays readable however often a name is in the news; every older article is still linked.
    @Test func anEntityPageQuotesTheNewestArticlesAndListsTheRestByTitle() throws {
        let extra = MentionIndex.excerptedArticles + 5
        let site = try Self.buildSmallDossier(adding: extra) { day in
            ("update-\(day)", "Local inquiry update \(day)", String(format: "2025-03-%02d", day),
             "Councillors discussed update number \(day) of the pilot that Tom Crowther described.")
        }
        let page = try #require(site["people/tom-crowther.html"])
        let sections = page.components(separatedBy: #"<h3 id="earlier-articles">"#)
        try #require(sections.count == 2)
        let (quoted, listed) = (sections[0], sections[1].components(separatedBy: "</section>")[0])
        func updates(in html: String) -> [Int] {
            html.components(separatedBy: #"<a href="../articles/update-"#).dropFirst().map { Int($0.prefix { $0.isNumber })! }
        }
        // Newest first: each of the newest articles with its link and its sentence's link.
        #expect(updates(in: quoted) == (6...extra).reversed().flatMap { [$0, $0] })
        #expect(quoted.contains("update number \(extra) of the pilot"))
        #expect(quoted.contains(#"<span class="meta">Briefing</span>"#))
        // The older ones by title only, then the framework article of January.
        #expect(updates(in: listed) == [5, 4, 3, 2, 1])
        #expect(!listed.contains("update number"))
        #expect(listed.contains(#"<a href="../articles/2025-01-16-crowther-framework.html">Crowther to develop framework for local inquiries</a>"#))
        #expect(listed.hasSuffix("</ul>\n"))
    }

    @Test func anEntityPageShowsItsNewestQuotesAndCountsTheRest() throws {
        let extra = SiteContent.quotesShown + 3
        let site = try Self.buildSmallDossier(adding: extra) { day in
            ("statement-\(day)", "Inquiry statement \(day)", String(format: "2025-04-%02d", day),
             "\"Statement number \(day) on the framework is ready,\" said Tom Crowther.")
        }
        let page = try #require(site["people/tom-crowther.html"])
        let words = try #require(page.components(separatedBy: #"<h2 id="in-their-words">"#).last?.components(separatedBy: "</section>").first)
        let quoted = words.components(separatedBy: "Statement number ").dropFirst().map { Int($0.prefix { $0.isNumber })! }
        #expect(quoted == Array((4...extra).reversed()))
        #expect(words.contains(#"<a href="../articles/statement-\#(extra).html#p1">Inquiry statement \#(extra)</a>"#))
        #expect(words.contains("<p class=\"meta\">Not shown here: 3 earlier quotes, each on the page of the article that reports it.</p>"))
    }

    @Test func aBaseURLGivesAbsoluteAddressesAndASitemap() throws {
        let site = try Self.build(Fixtures.folder("small-dossier/content"), baseURL: "https://example.org/dossier")
        let feed = try AtomSummary(xml: try #require(site["feed.xml"]))
        #expect(feed.ids.first == "https://example.org/dossier/feed")
        #expect(feed.links.contains("https://example.org/dossier/articles/2025-01-16-crowther-framework.html"))
        let sitemap = try AtomSummary(xml: try #require(site["sitemap.xml"]))
        #expect(sitemap.root == "urlset")
        #expect(sitemap.locations.contains("https://example.org/dossier/"))
        #expect(sitemap.locations.contains("https://example.org/dossier/people/tom-crowther.html"))
        #expect(!sitemap.locations.contains { $0.hasSuffix("404.html") })
        #expect(sitemap.locations.count == site.keys.filter { $0.hasSuffix(".html") }.count - 1)
        #expect(site["index.html"]!.contains(#"<link rel="canonical" href="https://example.org/dossier/">"#))
    }

    /// Names, titles and glossary entries that look like HTML come out as text in every kind of
    /// file: pages, the search index and the feeds.
    @Test func hostileNamesAreEscapedEverywhere() throws {
        let site = try Self.build(Fixtures.folder("hostile-names/content"))
        for (path, text) in site.sorted(by: { $0.key < $1.key }) where !path.hasPrefix("assets/") || path == SearchIndex.path {
            // Markdown escapes with a backslash; what matters is what it renders to, even in a
            // renderer that passes raw HTML through.
            let output = path.hasSuffix(".md") ? MarkdownDocument(text, options: [.allowRawHTML]).renderHTML() : text
            for attack in ["<script>alert", "<img src=x", "</script><script>", "<b>dossier", "<i>", "<exploitation>", "onerror=alert(2)>"] {
                #expect(!output.contains(attack), "\(path) contains \(attack) unescaped")
            }
        }
        let person = try #require(site["people/script-person.html"])
        #expect(person.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        #expect(person.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; – A &lt;b&gt;dossier&lt;/b&gt; &amp; its &quot;escapes&quot;</title>"))
        #expect(site["people/index.html"]!.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a>"))
        let article = try #require(site["articles/2025-03-01-hostile.html"])
        #expect(article.contains(#"<abbr title="child &quot;sexual&quot; &lt;exploitation&gt; &amp; &lt;/abbr&gt;&lt;script&gt;alert(6)&lt;/script&gt;">CSE</abbr>"#))
        #expect(site["index.html"]!.contains("Helpline &lt;img src=x onerror=alert(8)&gt;:"))
        #expect(site["index.html"]!.contains("For &lt;b&gt;adults&lt;/b&gt;."))

        let index = try Self.indexEntries(try #require(site[SearchIndex.path]))
        #expect(index.contains { $0["title"] == "<script>alert(1)</script>" })
        #expect(site[SearchIndex.path]!.contains(#""title":"\u003cscript\u003ealert(1)\u003c/script\u003e""#))

        for path in ["feed.xml", "briefings/escapes.xml"] {
            let xml = try #require(site[path])
            let feed = try AtomSummary(xml: xml)
            #expect(feed.titles.contains("</script><script>alert(5)</script> & ]]> headline"), "\(path)")
            #expect(xml.contains("&lt;/script&gt;&lt;script&gt;alert(5)&lt;/script&gt; &amp; ]]&gt; headline"))
            #expect(!xml.contains("\u{0B}"), "a control character XML forbids was dropped")
        }
    }
}

/// What the tests need from a feed or a sitemap, read with Foundation's XML parser: reading it
/// at all proves it is well-formed.
final class AtomSummary: NSObject, XMLParserDelegate {
    var root = ""
    var ids: [String] = []
    var titles: [String] = []
    var updated: [String] = []
    var links: [String] = []
    var locations: [String] = []
    var entryCount = 0
    private var text = ""

    init(xml: String) throws {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else {
            throw parser.parserError ?? NSError(domain: "AtomSummary", code: 1)
        }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if root.isEmpty { root = name }
        if name == "entry" { entryCount += 1 }
        if name == "link", let href = attributes["href"] { links.append(href) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "id": ids.append(text)
        case "title": titles.append(text)
        case "updated": updated.append(text)
        case "loc": locations.append(text)
        default: break
        }
        text = ""
    }
}
