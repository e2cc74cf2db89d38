// Arbitrary text through the article cleaner, then the cleaned blocks through the Markdown an
// article page is rendered from. Checks the cleaner's promises: every input line is accounted
// for exactly once, no block is empty, and each block is one paragraph of the page, its words
// unchanged.
import CmarkGFM
@testable import DossierCore
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // The loader refuses NUL bytes and turns CRLF and CR into LF before the cleaner runs.
    guard !UnsafeBufferPointer(start: bytes, count: size).contains(0) else { return 0 }
    let text = TextFileReader.normalised(FuzzInput.text(bytes, size))
    let firstLine = 7
    let article = ArticleCleaner().clean(text, firstLine: firstLine)

    let lineCount = fileLineCount(text)
    let accounted = (article.blocks.map(\.line) + article.removals.flatMap { Array($0.lines) } + article.metadataLines).sorted()
    FuzzCheck.require(accounted == Array(firstLine..<firstLine + lineCount),
                      "\(lineCount) lines, accounted for: \(accounted)")
    for removal in article.removals {
        FuzzCheck.require(removal.text.split(separator: "\n", omittingEmptySubsequences: false).count == removal.lines.count,
                          "removal text does not match its \(removal.lines.count) lines")
    }
    for block in article.blocks {
        FuzzCheck.require(!block.text.isEmpty, "empty block on line \(block.line)")
    }

    // The article page gives each block an anchor, so each must be exactly one top-level block.
    let markdown = MarkdownRenderer(allowRawHTML: false).articleMarkdown(article.blocks)
    let rendered = MarkdownDocument(markdown, options: []).renderTopLevelBlocks()
    FuzzCheck.require(rendered.count == article.blocks.count,
                      "\(article.blocks.count) blocks rendered as \(rendered.count) top-level blocks")
    for block in article.blocks {
        var shown = MarkdownDocument(MarkdownEscaping.escape(block.text), options: []).renderPlainText()
        if shown.hasSuffix("\n") { shown.removeLast() }
        FuzzCheck.require(shown == block.text,
                          "block on line \(block.line) renders as \(shown.debugDescription), not \(block.text.debugDescription)")
    }
    return 0
}

/// Lines as an editor counts them: a final newline does not start another line.
private func fileLineCount(_ text: String) -> Int {
    guard !text.isEmpty else { return 0 }
    let newlines = text.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    return text.utf8.last == 0x0A ? newlines : newlines + 1
}
