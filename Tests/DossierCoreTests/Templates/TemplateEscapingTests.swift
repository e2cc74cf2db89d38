import CmarkGFM
@testable import DossierCore
import Foundation
import Testing

@Suite struct TemplateEscapingTests {
    @Test func escapesTheFiveCharactersAndNothingElse() {
        #expect(HTMLEscaping.escape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(HTMLEscaping.escape("Crowther KC — “inquiry” café") == "Crowther KC — “inquiry” café")
        #expect(HTMLEscaping.escape("") == "")
    }

    /// swift-mustache looked these up by Character: `"` + U+0301 is one Character, and was
    /// written unescaped, closing the attribute value it was in.
    @Test func aQuotationMarkFollowedByACombiningMarkIsEscaped() {
        #expect(HTMLEscaping.escape("\"\u{301} onfocus=x") == "&quot;\u{301} onfocus=x")
        #expect(HTMLEscaping.escape("<\u{301}&\u{308}'\u{301}") == "&lt;\u{301}&amp;\u{308}&#39;\u{301}")
    }

    @Test func templatesRenderVariablesWithThisEscaping() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in TemplateLibrary.requiredTemplates {
            _ = try folder.write("\(name).mustache", #"<meta content="{{value}}">{{{html}}}"#)
        }
        let library = try TemplateLibrary(directory: folder.url, displayRoot: "templates")
        let page = library.render(["value": "\"\u{301} onfocus=alert(1)", "html": "<b>bold</b>"], with: "home")
        #expect(page == "<meta content=\"&quot;\u{301} onfocus=alert(1)\"><b>bold</b>")
    }

    @Test func aSyntaxErrorOnTheFirstLineKeepsItsColumn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in TemplateLibrary.requiredTemplates {
            _ = try folder.write("\(name).mustache", name == "home" ? "<p>{{#items}}x</p>" : "ok")
        }
        #expect {
            _ = try TemplateLibrary(directory: folder.url, displayRoot: "templates")
        } throws: { error in
            let diagnostic = (error as? BuildFailure)?.diagnostics.first { $0.message.hasPrefix("template syntax") }
            return diagnostic?.path == "templates/home.mustache" && diagnostic?.line == 1 && diagnostic?.sourceLine == "<p>{{#items}}x</p>"
                && (1...20).contains(diagnostic?.column ?? 0)  // 45 if the pragma were counted
        }
    }
}
