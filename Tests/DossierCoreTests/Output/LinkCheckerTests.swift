@testable import DossierCore
import Foundation
import Testing

@Suite struct LinkCheckerTests {
    func plan(_ files: [String: String]) -> SitePlan {
        SitePlan(files: files.mapValues { Data($0.utf8) })
    }

    @Test func scannerFindsReferencesAndIdsWithTheirPlace() {
        let html = """
            <!DOCTYPE html>
            <!-- <a href="commented.html"> -->
            <p id="p1">Café <a href="../people/x.html#p2">X</a></p>
            <script>var a = '<a href="in-script.html">';</script>
            <main id='main' tabindex=-1><img src=pic.png alt=""><a name="old">
            """
        let bytes = Array(html.utf8)
        let result = HTMLReferenceScanner.scan(bytes)
        #expect(result.references.map(\.attribute) == ["href", "src"])
        #expect(result.references.map(\.value) == ["../people/x.html#p2", "pic.png"])
        #expect(HTMLReferenceScanner.locations(of: result.references.map(\.offset), in: bytes).map { [$0.line, $0.column] } == [[3, 26], [5, 38]])
        #expect(result.ids == ["p1", "main", "old"])
    }

    /// Paths resolve as a browser resolves them: on every slash byte, even one that a combining
    /// mark joins to the next segment in a single `Character`.
    @Test func relativePathsResolveOnSlashBytes() {
        #expect(LinkChecker.resolve("../people/x.html", from: "articles/a.html") == "people/x.html")
        #expect(LinkChecker.resolve("./x.html", from: "index.html") == "x.html")
        #expect(LinkChecker.resolve("people/", from: "index.html") == "people/")
        #expect(LinkChecker.resolve("../../x.html", from: "articles/a.html") == nil)
        #expect(LinkChecker.resolve("a/\u{301}b.html", from: "index.html") == "a/\u{301}b.html")
        #expect(LinkChecker.resolve("../\u{301}x.html", from: "people/p.html") == "\u{301}x.html")
        #expect(LinkChecker.resolve("x/..\u{301}/y.html", from: "index.html") == "x/..\u{301}/y.html")
    }

    @Test func aGoodSiteHasNoProblems() {
        let site = plan([
            "index.html": ##"<a href="people/x.html#p1">X</a> <a href="https://example.org/">out</a> <a href="#top">top</a> <a href="mailto:a@b.c">m</a>"##,
            "people/x.html": ##"<p id="p1"><a href="../index.html">home</a> <link href="../assets/style.css?v=1"></p>"##,
            "assets/style.css": "body {}",
        ])
        #expect(LinkChecker(displayRoot: "site").check(site).isEmpty)
    }

    /// `serve` keeps each page's check for the next build. What it reports is what a fresh
    /// check reports, through every kind of change: an unchanged page linking into a page that
    /// gained or lost an id, a page changed, and a file added that a link was missing.
    @Test func aRememberedCheckReportsWhatAFreshCheckReports() {
        var remembering = LinkChecker(displayRoot: "site")
        remembering.memory = LinkCheckMemory()
        let fresh = LinkChecker(displayRoot: "site")
        var site = plan([
            "index.html": ##"<a href="people/x.html#p2">X</a> <a href="people/y.html">Y</a>"##,
            "people/x.html": ##"<p id="p1">One</p><p id="p2">Two</p>"##,
            "people/y.html": ##"<a href="x.html#p1">X</a>"##,
        ])
        func sameAsFresh(_ sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
            let found = remembering.check(site)
            #expect(found == fresh.check(site), sourceLocation: sourceLocation)
            return found
        }
        #expect(sameAsFresh().isEmpty)
        #expect(sameAsFresh().isEmpty)

        site.files["people/x.html"] = Data(##"<p id="p1">One</p><p id="p2">Two</p><p id="p4">Four</p>"##.utf8)
        #expect(sameAsFresh().isEmpty)

        site.files["people/x.html"] = Data(##"<p id="p1">One and two</p>"##.utf8)
        #expect(sameAsFresh().map(\.message) == ["broken link 'people/x.html#p2': people/x.html has no element with id 'p2'"])

        site.files["people/y.html"] = Data(##"<a href="x.html#p3">X</a>"##.utf8)
        #expect(sameAsFresh().count == 2)

        site.files["people/x.html"] = Data(##"<p id="p1">One</p><p id="p2">Two</p><p id="p3">Three</p>"##.utf8)
        #expect(sameAsFresh().isEmpty)

        site.files["index.html"] = Data(##"<a href="people/z.html">Z</a>"##.utf8)
        #expect(sameAsFresh().count == 1)
        site.files["people/z.html"] = Data("<p>Z</p>".utf8)
        #expect(sameAsFresh().isEmpty)
    }

    @Test func brokenLinksAndFragmentsAreErrorsWithAHint() {
        let site = plan([
            "index.html": "<main id=\"main\">\n<a href=\"people/jess-philips.html\">J</a> <a href=\"#mian\">skip</a>",
            "people/jess-phillips.html": "<p>Jess</p>",
        ])
        let diagnostics = LinkChecker(displayRoot: "site").check(site)
        #expect(diagnostics == [
            Diagnostic(.error, "site/index.html", line: 2, column: 10, "broken link 'people/jess-philips.html': the site has no people/jess-philips.html",
                       hint: "did you mean 'people/jess-phillips.html'?", sourceLine: ##"<a href="people/jess-philips.html">J</a> <a href="#mian">skip</a>"##),
            Diagnostic(.error, "site/index.html", line: 2, column: 51, "broken link '#mian': the page has no element with id 'mian'",
                       hint: "did you mean '#main'?", sourceLine: ##"<a href="people/jess-philips.html">J</a> <a href="#mian">skip</a>"##),
        ])
    }

    @Test func aBrokenLinkOnEveryPageIsReportedOnce() {
        let layout = ##"<link rel="stylesheet" href="ROOTassets/styles.css"><a href="#mian">skip</a><main id="main">"##
        let site = plan([
            "index.html": layout.replacingOccurrences(of: "ROOT", with: ""),
            "articles/a.html": layout.replacingOccurrences(of: "ROOT", with: "../"),
            "articles/b.html": layout.replacingOccurrences(of: "ROOT", with: "../"),
            "assets/style.css": "",
        ])
        let messages = LinkChecker(displayRoot: "site").check(site).map(\.summaryLine)
        #expect(messages == [
            "site/articles/a.html:1:30: error: broken link '../assets/styles.css': the site has no assets/styles.css (and on 2 other pages)",
            "site/articles/a.html:1:61: error: broken link '#mian': the page has no element with id 'mian' (and on 2 other pages)",
        ])
    }

    /// A template that drops the ids of an article's paragraphs breaks every link into them:
    /// the first hundred problems are listed, each at its own line, and the rest counted.
    @Test func aFloodOfBrokenLinksListsTheFirstHundredAndCountsTheRest() {
        let entries = (1...150).map { ##"<li><a href="../articles/a.html#p\##($0)">Excerpt \##($0)</a></li>"## }
        let site = plan([
            "articles/a.html": "<p>No ids left</p>",
            "people/x.html": "<ul>\n" + entries.prefix(120).joined(separator: "\n") + "\n</ul>",
            "people/y.html": "<ul>\n" + entries.suffix(40).joined(separator: "\n") + "\n</ul>",
        ])
        let diagnostics = LinkChecker(displayRoot: "site").check(site)
        #expect(diagnostics.count == LinkChecker.listedProblems + 1)
        let listed = diagnostics.filter { $0.line != nil }
        #expect(listed.count == 100)
        #expect(listed.map(\.path) == Array(repeating: "site/people/x.html", count: 100))
        #expect(listed.map(\.line) == (2...101).map { $0 })
        #expect(listed.allSatisfy { $0.column == 14 })
        #expect(listed[41].message == "broken link '../articles/a.html#p42': articles/a.html has no element with id 'p42'")
        #expect(listed[41].sourceLine == entries[41])
        // p1–p100 listed; p101–p120 on x, then p121–p150 on y (p111–p120 on y again, counted as other pages).
        #expect(diagnostics.filter { $0.line == nil }.map(\.summaryLine) == [
            "site/people/y.html: error: 50 more link problems on 2 pages are not listed: only the first 100 are",
        ])
    }

    @Test func errorsAreListedBeforeAFloodOfWarnings() {
        // A template that links every folder without its index.html, on 150 pages, and one broken link after them.
        var pages = Dictionary(uniqueKeysWithValues: (1...150).map { ("people/p\($0).html", ##"<a href="../folder\##($0)/">f</a>"##) })
        pages["people/zz.html"] = ##"<a href="../articles/gone.html">g</a>"##
        pages.merge(Dictionary(uniqueKeysWithValues: (1...150).map { ("folder\($0)/index.html", "") })) { a, _ in a }
        let diagnostics = LinkChecker(displayRoot: "site").check(plan(pages))
        let listed = diagnostics.filter { $0.line != nil }
        #expect(listed.count == LinkChecker.listedProblems)
        #expect(listed.filter { $0.severity == .error }.map(\.message) == ["broken link '../articles/gone.html': the site has no articles/gone.html"])
        #expect(diagnostics.filter { $0.line == nil }.map(\.summaryLine) == [
            "site/people/p99.html: warning: 51 more link problems on 51 pages are not listed: only the first 100 are",
        ])
    }

    @Test func linksOutOfTheSiteToFoldersAndFromTheRootAreReported() {
        let site = plan([
            "articles/a.html": ##"<a href="../../etc/passwd">x</a> <a href="../people/">p</a> <a href="/people/index.html">r</a>"##,
            "people/index.html": "",
        ])
        let diagnostics = LinkChecker(displayRoot: "site").check(site)
        #expect(diagnostics.map(\.severity) == [.error, .warning, .warning])
        #expect(diagnostics[0].message == "link '../../etc/passwd' points outside the site")
        #expect(diagnostics[1].hint == "link to '../people/index.html'")
        #expect(diagnostics[2].message.contains("starts with '/'"))
    }

    @Test func theRepositorysSiteHasNoBrokenLinks() throws {
        let settings = BuildSettings(contentDirectory: Fixtures.repository.appendingPathComponent("content"),
                                     templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: URL(fileURLWithPath: "/tmp/dossier-never-written"))
        let (plan, warnings) = try SiteBuilder(settings: settings).plan()
        #expect(plan.files.count > 50)
        #expect(!warnings.contains { $0.path.hasPrefix("/tmp/dossier-never-written") })
    }
}
