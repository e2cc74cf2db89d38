/// A content file split into its YAML front matter and its body.
struct FrontMatter: Equatable, Sendable {
    /// The YAML between the `---` lines, or nil when the file has none.
    var yaml: String?
    /// File line of the first YAML line (the line after the opening `---`).
    var yamlFirstLine: Int
    var body: String
    var bodyFirstLine: Int

    enum SplitError: Error, Equatable {
        case unterminated
    }

    /// Front matter starts with `---` on the first line and ends at the next line that is `---`
    /// (or `...`). A file without it is all body.
    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        guard text.hasPrefix("---\n") || text == "---" || text.hasPrefix("---\r") else {
            return .success(FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        // One pass over the bytes to the closing line; the YAML and the body are then slices of
        // the text, so a long article body is not split into lines and joined again.
        let utf8 = text.utf8
        guard var lineStart = utf8.firstIndex(of: 0x0A).map({ utf8.index(after: $0) }) else { return .failure(.unterminated) }
        let yamlStart = lineStart
        var end = 0
        while true {
            let lineEnd = utf8[lineStart...].firstIndex(of: 0x0A) ?? utf8.endIndex
            if isClosingLine(utf8[lineStart..<lineEnd]) {
                let yaml = String(text[yamlStart..<(lineStart == yamlStart ? lineStart : utf8.index(before: lineStart))])
                let body = lineEnd == utf8.endIndex ? "" : String(text[utf8.index(after: lineEnd)...])
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: end + 3))
            }
            guard lineEnd != utf8.endIndex else { return .failure(.unterminated) }
            lineStart = utf8.index(after: lineEnd)
            end += 1
        }
    }

    /// `---` or `...`, then only spaces or tabs.
    private static func isClosingLine(_ line: Substring.UTF8View) -> Bool {
        var bytes = line[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        return bytes.elementsEqual("---".utf8) || bytes.elementsEqual("...".utf8)
    }
}

/// The body of an article file and the file line it starts on, for tools that
/// clean articles outside a site build (the `cleaner-bench` benchmark). Nil
/// when the front matter is never closed.
public func articleBody(ofFile text: String) -> (body: String, firstLine: Int)? {
    guard case .success(let split) = FrontMatter.split(TextFileReader.normalised(text)) else { return nil }
    return (split.body, split.bodyFirstLine)
}
