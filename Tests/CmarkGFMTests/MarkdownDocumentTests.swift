import CmarkGFM
import Foundation
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func rendersAGFMTable() {
        let html = MarkdownDocument("| Figure | Counts |\n|---|---|\n| 169 | children |\n").renderHTML()
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th>Figure</th>
            <th>Counts</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>169</td>
            <td>children</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func rendersFootnotesAtTheEnd() {
        let html = MarkdownDocument("The audit lasts three months.[^1]\n\n[^1]: Source article.\n").renderHTML()
        #expect(html.contains(##"<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>"##))
        #expect(html.contains(#"<section class="footnotes" data-footnotes>"#))
        #expect(html.contains(#"<li id="fn-1">"#))
    }

    @Test func escapesRawHTMLByDefault() {
        let html = MarkdownDocument("Hello <script>alert(1)</script> <b>bold</b>\n\n<div onclick=\"x()\">block</div>\n").renderHTML()
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("<!-- raw HTML omitted -->"))
    }

    @Test func rawHTMLWhenAllowedStillFiltersScript() {
        let html = MarkdownDocument("Hi <b>bold</b> <script>alert(1)</script>\n", options: [.allowRawHTML]).renderHTML()
        #expect(html.contains("<b>bold</b>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script>"))
    }

    @Test func refusesJavascriptLinks() {
        let html = MarkdownDocument("[click](javascript:alert(1)) and [ok](https://example.org)\n").renderHTML()
        #expect(!html.contains("javascript:"))
        #expect(html.contains(#"<a href="https://example.org">ok</a>"#))
    }

    @Test func smartPunctuationAndStrikethroughAndAutolink() {
        let html = MarkdownDocument("\"Quoted\" -- ~~gone~~ www.example.org\n").renderHTML()
        #expect(html == "<p>“Quoted” – <del>gone</del> <a href=\"http://www.example.org\">www.example.org</a></p>\n")
    }

    @Test func linkableRunsSkipLinksHeadingsAndCode() {
        let document = MarkdownDocument("# Yvette Cooper\n\nYvette Cooper spoke. [Yvette Cooper](x.html) `Yvette Cooper`\n\n## Next\n\n*Casey* report\n")
        let runs = document.linkableTextRuns()
        #expect(runs.map(\.text) == ["Yvette Cooper spoke. ", " ", "Casey", " report"])
        #expect(runs.map(\.section) == [1, 1, 2, 2])
    }

    @Test func insertsLinksIntoTheTreeAndEscapesThem() {
        let document = MarkdownDocument("Home Secretary Yvette Cooper & \\<friends> said.\n")
        let run = document.linkableTextRuns()[0]
        #expect(run.text == "Home Secretary Yvette Cooper & <friends> said.")
        document.replaceTextRuns([0: [
            .text("Home Secretary "),
            .link(url: "people/yvette-cooper.html", title: "Yvette \"YC\" Cooper", text: "Yvette Cooper"),
            .text(" & <friends> said."),
        ]])
        #expect(document.renderHTML() == "<p>Home Secretary <a href=\"people/yvette-cooper.html\" title=\"Yvette &quot;YC&quot; Cooper\">Yvette Cooper</a> &amp; &lt;friends&gt; said.</p>\n")
        #expect(document.xml().contains("<link destination=\"people/yvette-cooper.html\""))
        #expect(document.linkableTextRuns().map(\.text) == ["Home Secretary ", " & <friends> said."])
    }

    @Test func wrapsAnAbbreviationWithoutChangingItsText() {
        let document = MarkdownDocument("The IICSA report & \\<the> CSE audit.\n")
        document.replaceTextRuns([0: [
            .text("The "),
            .abbreviation(text: "IICSA", title: "Independent Inquiry into \"Child\" <Sexual> Abuse & 'more'"),
            .text(" report & <the> CSE audit."),
        ]], in: .prose)
        #expect(document.renderHTML() == """
            <p>The <abbr title="Independent Inquiry into &quot;Child&quot; &lt;Sexual&gt; Abuse &amp; &#39;more&#39;">IICSA</abbr> report &amp; &lt;the&gt; CSE audit.</p>

            """)
        #expect(document.xml().contains("<custom_inline on_enter=\"&lt;abbr title="))
    }

    /// cmark prints a custom node's on_enter and on_exit text as it is, with or without
    /// CMARK_OPT_UNSAFE: that is what lets the wrapper write `<abbr>` while raw HTML stays off.
    @Test func abbreviationsRenderWithAndWithoutUnsafeHTML() {
        for options: MarkdownOptions in [[], .standard, [.allowRawHTML]] {
            let document = MarkdownDocument("CSE\n", options: options)
            document.replaceTextRuns([0: [.abbreviation(text: "CSE", title: "child sexual exploitation")]], in: .prose)
            #expect(document.renderHTML() == "<p><abbr title=\"child sexual exploitation\">CSE</abbr></p>\n")
        }
    }

    @Test func abbreviationTextIsEscapedByCmark() {
        let document = MarkdownDocument("x\n")
        document.replaceTextRuns([0: [.abbreviation(text: "<script>alert(1)</script>", title: "</abbr><script>")]], in: .prose)
        #expect(document.renderHTML() == "<p><abbr title=\"&lt;/abbr&gt;&lt;script&gt;\">&lt;script&gt;alert(1)&lt;/script&gt;</abbr></p>\n")
    }

    @Test func proseRunsIncludeLinksAndHeadingsButNotImagesOrAbbreviations() {
        let document = MarkdownDocument("# The CSE audit\n\nSee [the IICSA report](x.html) and ![CSA chart](c.png).\n")
        #expect(document.textRuns(.prose).map(\.text) == ["The CSE audit", "See ", "the IICSA report", " and ", "."])
        document.replaceTextRuns([0: [.text("The "), .abbreviation(text: "CSE", title: "child sexual exploitation"), .text(" audit")],
                                  2: [.text("the "), .abbreviation(text: "IICSA", title: "Inquiry"), .text(" report")]], in: .prose)
        #expect(document.renderHTML() == """
            <h1>The <abbr title="child sexual exploitation">CSE</abbr> audit</h1>
            <p>See <a href="x.html">the <abbr title="Inquiry">IICSA</abbr> report</a> and <img src="c.png" alt="CSA chart" />.</p>

            """)
        #expect(document.textRuns(.prose).map(\.text) == ["The ", " audit", "See ", "the ", " report", " and ", "."])
        #expect(document.linkableTextRuns().map(\.text) == ["See ", " and ", "."])
    }

    @Test func rendersTheFirstParagraphWithoutItsTags() {
        let document = MarkdownDocument(#"A \<b> \*title\* with CSE"#, options: [])
        document.replaceTextRuns([0: [.text("A <b> *title* with "), .abbreviation(text: "CSE", title: "child sexual exploitation")]], in: .prose)
        #expect(document.renderFirstParagraphContents() == #"A &lt;b&gt; *title* with <abbr title="child sexual exploitation">CSE</abbr>"#)
        #expect(MarkdownDocument("# Heading only\n").renderFirstParagraphContents() == "")
    }

    @Test func rendersTopLevelBlocksSeparately() {
        let blocks = MarkdownDocument("First.\n\n- a\n- b\n\nLast.\n").renderTopLevelBlocks()
        #expect(blocks == ["<p>First.</p>\n", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n", "<p>Last.</p>\n"])
    }

    @Test func parallelRenderingMatchesSerialRendering() async {
        let inputs = (0..<400).map { "Item \($0): ~~struck~~ www.example\($0).org and https://x.org/\($0) -- \"q\"\n\n| a | b |\n|---|---|\n| \($0) | ~~x~~ |\n" }
        let serial = inputs.map { MarkdownDocument($0).renderHTML() }
        let parallel = await withTaskGroup(of: (Int, String).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, MarkdownDocument(input).renderHTML()) }
            }
            var results = [String](repeating: "", count: inputs.count)
            for await (index, html) in group { results[index] = html }
            return results
        }
        #expect(parallel == serial)
    }

    @Test func freesItsMemory() {
        // Thousands of documents with links inserted and removed: under AddressSanitizer a
        // double free or use-after-free aborts here, and resident memory stays flat otherwise.
        for i in 0..<5_000 {
            let document = MarkdownDocument("Baroness Casey's audit \(i).\n")
            document.replaceTextRuns([0: [.link(url: "a.html", title: "", text: "Baroness Casey"), .text("'s audit.")]])
            document.replaceTextRuns([1: [.abbreviation(text: "'s", title: "possessive"), .text(" audit.")]], in: .prose)
            _ = document.renderHTML()
        }
    }

    @Test func aNodeATableCellRefusesFallsBackToTextAndNoWordIsLost() {
        let document = MarkdownDocument("| Figure | In context |\n|---|---|\n| 129 cases | CCE cases make up the majority |\n")
        let runs = document.linkableTextRuns()
        let index = runs.firstIndex { $0.text == "CCE cases make up the majority" }!
        document.replaceTextRuns([index: [.abbreviation(text: "CCE", title: "child criminal exploitation"), .text(" cases make up the majority")]])
        #expect(document.renderHTML().contains("<td>CCE cases make up the majority</td>"))
    }

    @Test func anImageWithAScriptAddressBecomesItsAltText() {
        let document = MarkdownDocument("![a chart](javascript:alert(1)) ![a logo](logo.png) ![x](data:text/html,hi)\n")
        document.replaceUnsafeImagesWithText()
        #expect(document.renderHTML() == "<p>a chart <img src=\"logo.png\" alt=\"a logo\" /> x</p>\n")
    }

    /// Found by Fuzz/FuzzMarkdownLinking: cmark-gfm cut the U+FFFD of this footnote label in
    /// two, and its plain-text renderer stopped at the broken byte, dropping "Louise Casey"
    /// from the search index while the page showed it.
    @Test func aCharacterCmarkCutsInTwoIsRepairedAndNoLaterWordIsLost() {
        let document = MarkdownDocument("[^\n\u{FFFD}t]Louise Casey\n")
        #expect(document.renderPlainText().contains("Louise Casey"))
        #expect(document.renderHTML().contains("Louise Casey"))
    }

    /// Found by Fuzz/FuzzMarkdownLinking: only the description's direct text was kept, so
    /// emphasised words vanished and the words either side of a line break ran together.
    @Test func anUnsafeImageKeepsEveryWordOfItsDescription() {
        let document = MarkdownDocument("![a *key* `chart`\nof cases](javascript:alert(1)) and ![![inner](vbscript:x) outer](file:///etc/passwd)\n")
        let text = document.renderPlainText()
        document.replaceUnsafeImagesWithText()
        #expect(document.renderPlainText() == text)
        #expect(document.renderHTML() == "<p>a <em>key</em> <code>chart</code>\nof cases and inner outer</p>\n")
    }
}
