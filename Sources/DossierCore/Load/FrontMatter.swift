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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" || $0.trimmingTrailingSpaces == "..." }) else {
            return .failure(.unterminated)
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: end + 3))
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}

/// The body of an article file and the file line it starts on, for tools that
/// clean articles outside a site build (the `cleaner-bench` benchmark). Nil
/// when the front matter is never closed.
public func articleBody(ofFile text: String) -> (body: String, firstLine: Int)? {
    guard case .success(let split) = FrontMatter.split(TextFileReader.normalised(text)) else { return nil }
    return (split.body, split.bodyFirstLine)
}
