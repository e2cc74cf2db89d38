import CmarkGFM
@testable import DossierCore
import Testing

@Suite struct AbbreviationMarkerTests {
    let marker = AbbreviationMarker(glossary: [
        GlossaryEntry(term: "CSE", expansion: "child sexual exploitation", definition: ""),
        GlossaryEntry(term: "KC", expansion: "King's Counsel", definition: ""),
        GlossaryEntry(term: "MP", expansion: "Member of Parliament", definition: ""),
    ])

    func marked(_ markdown: String, _ alreadyMarked: inout Set<String>) -> String {
        let document = MarkdownDocument(markdown, options: [])
        marker.mark(document, alreadyMarked: &alreadyMarked)
        return document.renderHTML()
    }

    @Test func marksOnlyTheFirstWholeWordCaseSensitiveUse() {
        var seen = Set<String>()
        #expect(marked("cse and CSEs, then CSE’s report, CSE again and an MPs' vote.\n", &seen) ==
                "<p>cse and CSEs, then <abbr title=\"child sexual exploitation\">CSE</abbr>’s report, CSE again and an MPs' vote.</p>\n")
        #expect(seen == ["CSE"])
    }

    @Test func aPageSharesItsMarksAcrossDocuments() {
        var seen = Set<String>()
        _ = marked("# The CSE audit\n", &seen)
        #expect(marked("CSE and Tom Crowther KC.\n", &seen) == "<p>CSE and Tom Crowther <abbr title=\"King&#39;s Counsel\">KC</abbr>.</p>\n")
        #expect(seen == ["CSE", "KC"])
    }

    @Test func marksInsideLinksWithoutChangingTheWords() {
        var seen = Set<String>()
        #expect(marked("[Tom Crowther KC](people/tom-crowther.html) said `KC` is not code.\n", &seen) ==
                "<p><a href=\"people/tom-crowther.html\">Tom Crowther <abbr title=\"King&#39;s Counsel\">KC</abbr></a> said <code>KC</code> is not code.</p>\n")
    }

    @Test func anEmptyGlossaryChangesNothing() {
        var seen = Set<String>()
        let document = MarkdownDocument("CSE\n", options: [])
        AbbreviationMarker.none.mark(document, alreadyMarked: &seen)
        #expect(document.renderHTML() == "<p>CSE</p>\n")
    }
}
