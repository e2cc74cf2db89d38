// Arbitrary Markdown, as an editor writes ledes and descriptions, through the render stage:
// cmark-gfm with dossier's options, entity linking on the tree, abbreviation marking, HTML.
// Checks that linking changes no visible text and that the HTML holds nothing a browser
// would run: raw HTML is off, so no input can produce a script.
import CmarkGFM
@testable import DossierCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // The loader refuses NUL bytes and turns CRLF and CR into LF before Markdown is parsed.
    guard !UnsafeBufferPointer(start: bytes, count: size).contains(0) else { return 0 }
    let markdown = TextFileReader.normalised(FuzzInput.text(bytes, size))
    // The loader refuses editor Markdown beyond these limits, so it never reaches the renderer
    // (which the system cmark-gfm makes quadratic there); the limit check itself is fuzzed.
    if let problem = MarkdownLimits.problem(in: markdown, path: "content/topics/fuzz.md", firstLine: 1, fileLines: []) {
        FuzzCheck.require(problem.line.map { $0 >= 1 } ?? false, "limit diagnostic without a line: \(problem)")
        return 0
    }

    // The steps of ContentRenderer.html, in its order, with the text compared after each.
    let document = MarkdownDocument(markdown, options: MarkdownRenderer(allowRawHTML: false).options)
    let before = document.renderPlainText()
    document.replaceUnsafeImagesWithText()
    FuzzCheck.require(document.renderPlainText() == before, "replacing unsafe images changed the text:\n\(before.debugDescription)\n\(document.renderPlainText().debugDescription)")
    let mentions = FuzzRegistry.linker.link(document, root: "../")
    let after = document.renderPlainText()
    FuzzCheck.require(before == after, "linking changed the text:\n\(before.debugDescription)\n\(after.debugDescription)")
    for mention in mentions {
        FuzzCheck.require(!mention.surface.isEmpty && mention.range.count == mention.surface.utf8.count, "mention '\(mention.surface)' at \(mention.range)")
    }

    var marked = Set<String>()
    FuzzRegistry.abbreviations.mark(document, alreadyMarked: &marked)
    FuzzCheck.require(document.renderPlainText() == after, "abbreviation marking changed the text")

    let html = document.renderHTML()
    if let problem = RenderedHTML.problem(in: html) {
        FuzzCheck.require(false, "unsafe HTML (\(problem)):\n\(html)")
    }
    // The paths an article page and a title take through the same wrapper (their HTML is
    // pieces of the HTML checked above).
    _ = document.renderTopLevelBlocks()
    _ = document.renderFirstParagraphContents()
    return 0
}
