import CmarkGFM
@testable import DossierCore
import Testing

@Suite struct ContentRendererTests {
    @Test func everyArticleBlockIsOneRenderedBlockSoAnchorsMatch() {
        let blocks = [
            ArticleBlock(kind: .paragraph, text: "The government will implement:", line: 1),
            ArticleBlock(kind: .listItem, text: "Mandatory reporting of CSA.", line: 2),
            ArticleBlock(kind: .listItem, text: "A new performance framework.", line: 3),
            ArticleBlock(kind: .listItem, text: "Grooming as an aggravating factor.", line: 4),
            ArticleBlock(kind: .subheading, text: "CSE guidance to be revised", line: 5),
            ArticleBlock(kind: .paragraph, text: "1. Not a list: *nor* <b>bold</b> -- \"as written\".", line: 6),
        ]
        let markdown = MarkdownRenderer(allowRawHTML: false).articleMarkdown(blocks)
        let rendered = MarkdownDocument(markdown, options: []).renderTopLevelBlocks()
        #expect(rendered == [
            "<p>The government will implement:</p>\n",
            "<ul>\n<li>Mandatory reporting of CSA.</li>\n</ul>\n",
            "<ul>\n<li>A new performance framework.</li>\n</ul>\n",
            "<ul>\n<li>Grooming as an aggravating factor.</li>\n</ul>\n",
            "<h3>CSE guidance to be revised</h3>\n",
            "<p>1. Not a list: *nor* &lt;b&gt;bold&lt;/b&gt; -- &quot;as written&quot;.</p>\n",
        ])
    }

    @Test func escapingKeepsTextExactUnderSmartPunctuation() {
        let text = "He said \"it's -- done\" at 10.30am [sic] & left_early #1 | ~ http://x.org www.y.org"
        let html = MarkdownDocument(MarkdownEscaping.escape(text), options: .standard).renderHTML()
        #expect(html == "<p>He said &quot;it's -- done&quot; at 10.30am [sic] &amp; left_early #1 | ~ http://x.org www.y.org</p>\n")
    }
}
