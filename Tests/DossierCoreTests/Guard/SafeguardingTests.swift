@testable import DossierCore
import Foundation
import Testing

@Suite struct SafeguardingTests {
    func copyFixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: Fixtures.folder("safeguarding/content"), to: folder.url.appendingPathComponent("content"))
        return folder
    }

    func settings(_ folder: TemporaryFolder) -> BuildSettings {
        BuildSettings(contentDirectory: folder.url.appendingPathComponent("content"),
                      templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                      outputDirectory: folder.url.appendingPathComponent("site"))
    }

    @Test func aWithheldNameInAnArticleFailsTheBuildAndNamesTheLine() throws {
        let folder = try copyFixture()
        defer { folder.remove() }
        let failure = try #require(throws: BuildFailure.self) { try SiteBuilder(settings: settings(folder)).build() }
        let withheld = failure.diagnostics.filter { $0.message.contains("never-publish") }
        #expect(withheld.map(\.location) == [
            "\(settings(folder).display(folder.url.appendingPathComponent("content/articles/2025-03-01-court-report.txt")))"
                + ":8",
        ])
        #expect(withheld.first?.message.hasPrefix("'Anna Example' is on the never-publish list (") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site").path))
    }

    /// A name in several sources reaches many pages (each article's, the entity pages, the
    /// briefings): each line it is on is reported once, with the first page it reached; a
    /// phrase in no source (a template's) is reported once, with how many pages it is on.
    @Test func eachSourceLineOfAWithheldPhraseIsReportedOnceWhateverThePagesItReached() {
        let policy = SafeguardingPolicy(withheld: [.init(phrase: "Anna Example", mode: .fail, line: 2),
                                                   .init(phrase: "Footer Name", mode: .fail, line: 3)])
        let site = SitePlan(files: [
            "articles/a.html": Data("<p>Anna Example spoke.</p><footer>Footer Name</footer>".utf8),
            "articles/b.html": Data("<p>Anna&#32;Example again.</p><footer>Footer Name</footer>".utf8),
            "people/anna.html": Data("<p>Anna Example spoke. Anna Example again.</p><footer>Footer Name</footer>".utf8),
            "data/entities.json": Data(#"{"sentence": "Anna Example spoke."}"#.utf8),
            "index.html": Data("<footer>Footer Name</footer>".utf8),
        ])
        var asked = 0
        let diagnostics = OutputGuard(policy: policy).check(site) {
            asked += 1
            return [ContentText(path: "content/articles/a.md", firstLine: 5, text: "Anna Example spoke.\nNothing here."),
                    ContentText(path: "content/articles/b.md", firstLine: 5, text: "Intro.\n\nAnna Example again.")]
        }
        #expect(asked == 1)
        #expect(diagnostics.map(\.summaryLine) == [
            "content/articles/a.md:5: error: 'Anna Example' is on the never-publish list (content/safeguarding.yml:2) and would be published (site/articles/a.html)",
            "content/articles/b.md:7: error: 'Anna Example' is on the never-publish list (content/safeguarding.yml:2) and would be published (site/articles/a.html)",
            "site/articles/a.html: error: 'Footer Name' is on the never-publish list (content/safeguarding.yml:3) and appears in this output (and on 3 other pages)",
        ])
    }

    /// The guard reads each file as a reader or a program would: tags gone and entities decoded
    /// in HTML, `\u` escapes decoded in JSON and scripts, every escape that names no character
    /// left as it is, and the text around them (here with characters outside ASCII) kept whole.
    @Test func theGuardReadsEntitiesAndEscapesAsAReaderWould() {
        let html = "<p>Café “A&#110;na”&nbsp;<b>Ex</b>ample &#x41;&#66;c &#x110000; &amp;lt; &#38;amp; é</p>"
        #expect(OutputGuard.readableTexts(path: "a.html", data: Data(html.utf8)).joined(separator: "\n") == html + "\nCafé “Anna” Example ABc &#x110000; &lt; & é")
        let json = #"{"t": "Caf\u00e9 \u0041nna\u0020Example \ud83d \u00zz \\u0042 ✓\u2713"}"#
        #expect(OutputGuard.readableTexts(path: "data/x.json", data: Data(json.utf8)).joined(separator: "\n")
                == json + "\n" + #"{"t": "Café Anna Example \ud83d \u00zz \B ✓✓"}"#)
        #expect(OutputGuard.decodeUnicodeEscapes("no escapes") == "no escapes")
        // Edge cases, each as the guard has always read it: tags go before entities are
        // decoded, a `<` with no `>` after it stays, and `&amp;` is decoded last.
        let edges = "A&<b></b>#65;&#x;&#X41;&#1F;&#99999999999;&#38;amp;&amp;amp;&#x41&lt&gt;é<i>x</i> 3 < 4 & 5 > 2 <unclosed &quot;q&quot;"
        #expect(OutputGuard.readableTexts(path: "a.xml", data: Data(edges.utf8)).joined(separator: "\n")
                == edges + "\nAA&#x;&#X41;&#1F;&#99999999999;&&amp;&#x41&lt>éx 3  2 <unclosed \"q\"")
        let markdown = #"\*Anna\* \\Example\ \é \a"#
        #expect(OutputGuard.readableTexts(path: "b.md", data: Data(markdown.utf8)).joined(separator: "\n") == markdown + "\n" + #"*Anna* \Example\ \é \a"#)
        #expect(OutputGuard.readableTexts(path: "bad.html", data: Data([0x41, 0xFF, 0x26, 0x6C, 0x74, 0x3B])).joined(separator: "\n") == "A\u{FFFD}&lt;\nA\u{FFFD}<")
    }

    @Test func redactModeWithholdsTheNameFromEveryOutputFile() throws {
        let folder = try copyFixture()
        defer { folder.remove() }
        try folder.write("content/safeguarding.yml", "never_publish:\n  - phrase: Anna Example\n    mode: redact\n")
        _ = try SiteBuilder(settings: settings(folder)).build()
        let files = folder.contents(of: "site")
        #expect(files.count > 10)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!text.contains("anna example"), "found in \(path)")
            #expect(!text.contains("anna"), "found in \(path)")
        }
        let page = String(decoding: files["articles/2025-03-01-court-report.html"]!, as: UTF8.self)
        #expect(page.contains("The court was told that [name withheld] had reported the abuse in 2012."))
        #expect(page.contains("<dt>Withheld</dt><dd>Under this dossier’s safeguarding rules, a name is replaced by “[name withheld]” (1 in this article).</dd>"))
    }

    @Test func theEditorsWordsAreCheckedAndTheSourcesAreNot() throws {
        let folder = try copyFixture()
        defer { folder.remove() }
        try folder.write("content/safeguarding.yml", "never_publish: []\nlanguage:\n  - avoid: child prostitution\n    prefer: child sexual exploitation\n  - avoid: at risk\n    prefer: harmed\n    review: true\n")
        var settings = settings(folder)
        let (plan, warnings) = try SiteBuilder(settings: settings).plan()
        let lede = warnings.filter { $0.path.hasSuffix("topics/council-failings.md") }
        #expect(lede.map(\.message) == ["avoid 'child prostitution' in the dossier's own words"])
        #expect(lede.first?.line == 9)
        #expect(lede.first?.hint == "use 'child sexual exploitation'")
        // The article's own wording is published as written, and reported only on request.
        #expect(!warnings.contains { $0.path.hasSuffix("court-report.txt") })
        let page = String(decoding: plan.files["articles/2025-03-01-court-report.html"]!, as: UTF8.self)
        #expect(page.contains("treated the girls as being at risk rather than as victims of child prostitution"))
        settings.reportSourceWording = true
        let (_, verbose) = try SiteBuilder(settings: settings).plan()
        #expect(verbose.filter { $0.path.hasSuffix("court-report.txt") }.map(\.message) == [
            "the source uses 'at risk' (left as written: sources are never altered)",
            "the source uses 'child prostitution' (left as written: sources are never altered)",
        ])
    }

    @Test func onlyMarkedSurvivorsMayBeDescribedAsSurvivors() {
        let unmarked = Person(slug: "jo", path: "content/people/jo.md", bodyFirstLine: 5, keyLines: ["name": 2], name: "Jo Campaigner", aliases: [], roles: [],
                              description: "Jo Campaigner is a survivor of child sexual exploitation.")
        var marked = unmarked
        marked.survivor = true
        let minister = Person(slug: "jess", path: "content/people/jess.md", bodyFirstLine: 7, keyLines: ["name": 2], name: "Jess Phillips", aliases: [],
                              roles: [Role(title: "Safeguarding minister", organisation: nil, from: nil, until: nil)],
                              description: "She leads victim-centred work and supports victims and survivors.")
        let neighbour = Person(slug: "neighbour", path: "content/people/neighbour.md", keyLines: ["name": 2], name: "A Neighbour", aliases: [], roles: [], description: "")
        #expect(PeopleGuard().check([unmarked, marked, minister, neighbour]).map(\.summaryLine) == [
            "content/people/jo.md:5: warning: Jo Campaigner is described as a survivor or victim but is not marked 'survivor: true'",
            "content/people/jo.md:2: warning: Jo Campaigner has no public role: this looks like a private individual",
            "content/people/neighbour.md:2: warning: A Neighbour has no public role: this looks like a private individual",
        ])
    }

    @Test func theDossiersGeneratedHeadingsUseNoAvoidedTerm() throws {
        let (content, _) = try ContentLoader(contentDirectory: Fixtures.repository.appendingPathComponent("content")).load()
        let checker = LanguageChecker(policy: content.safeguarding)
        let composed = BriefingComposerTests.dossier.briefings.map(\.body).joined(separator: "\n")
        let headings = composed.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.contains("*(single source)*") }.map(String.init)
        #expect(checker.checkEditorText([ContentText(path: "generated", firstLine: 1, text: headings.filter { $0.hasPrefix("## ") }.joined(separator: "\n"))]).isEmpty)
    }
}
