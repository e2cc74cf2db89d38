import CmarkGFM

/// Bounds on the Markdown editors write (topic ledes, people's and organisations'
/// descriptions, the dossier's description), checked as the content is loaded so that no file
/// can make a build run for minutes. The system's cmark-gfm (0.29.0.gfm.6 in Debian 12) takes
/// time quadratic in the cells of one table row (a row of 64 KB of '|' took 28 s), in unmatched
/// quote marks under smart punctuation, and, in its plain-text renderer (search index, page
/// descriptions), in the depth of nested lists and block quotes (10,000 levels: 9 s for each
/// rendering). The limits are far beyond any real lede; articles are escaped text and need none.
enum MarkdownLimits {
    static let maximumBytes = 64 * 1024
    static let maximumDepth = 32
    static let maximumPipesPerLine = 128

    /// The first limit the text breaks, as an error on the line where it does.
    /// - Parameters:
    ///   - firstLine: the file line of the text's first line.
    ///   - fileLines: the file's lines, to show the offending one.
    static func problem(in markdown: String, path: String, firstLine: Int, fileLines: [Substring]) -> Diagnostic? {
        func error(_ line: Int, _ message: String, hint: String) -> Diagnostic {
            Diagnostic(.error, path, line: line, message, hint: hint,
                       sourceLine: fileLines.indices.contains(line - 1) ? String(fileLines[line - 1]) : nil)
        }
        let bytes = markdown.utf8.count
        if bytes > maximumBytes {
            return error(firstLine, "the text is \(bytes / 1024) KB, over the \(maximumBytes / 1024) KB limit for a lede or description",
                         hint: "keep it to a few paragraphs; the articles carry the detail")
        }
        var line = 0
        var pipes = 0
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                pipes = 0
            } else if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > maximumPipesPerLine {
                    return error(firstLine + line, "more than \(maximumPipesPerLine) '|' on one line: a table that wide cannot be read",
                                 hint: "split the table into narrower ones")
                }
            }
        }
        // Without smart punctuation: the block structure is the same, and parsing stays linear.
        let nesting = MarkdownDocument(markdown, options: []).deepestNesting()
        if nesting.depth > maximumDepth {
            return error(firstLine + max(nesting.line, 1) - 1, "lists and block quotes nested \(nesting.depth) deep, over the limit of \(maximumDepth)",
                         hint: "flatten the nesting: a reader cannot follow more than a few levels")
        }
        return nil
    }
}
