import Foundation

/// The last check before writing: no never-publish phrase may appear in any output file, in
/// any form a reader or a program could read it (page text, Markdown, JSON, feeds, scripts).
/// A hit fails the build and names the content file and line it came from.
public struct OutputGuard: Sendable {
    public let policy: SafeguardingPolicy

    public init(policy: SafeguardingPolicy) {
        self.policy = policy
    }

    /// `sources`: the content as written, asked for only when a phrase is found, to name the
    /// line it came from.
    public func check(_ site: some SiteFiles, sources readSources: () -> [ContentText]) -> [Diagnostic] {
        guard !policy.withheld.isEmpty else { return [] }
        let patterns = policy.withheld.map { ($0, PhrasePattern($0.phrase)) }
        var diagnostics: [Diagnostic] = []
        var reported = Set<String>()
        // Searching the files is the cost: on both cores, each file's hits as pattern indexes.
        // Reporting stays in path order, so repeats fold the same way on every run.
        let paths = site.sortedPaths
        let hits = paths.parallelMap { path in
            let text = Self.readableText(path: path, data: site.contents(of: path))
            return patterns.indices.filter { patterns[$0].1.contains(text) }
        }
        var sources: [ContentText]?
        for (path, found) in zip(paths, hits) {
            for (entry, pattern) in found.map({ patterns[$0] }) {
                sources = sources ?? readSources()
                let listed = "on the never-publish list (\(policy.path)\(entry.line.map { ":\($0)" } ?? ""))"
                let origins = sources!.flatMap { source in source.lines(matching: pattern).map { (source.path, $0) } }
                if origins.isEmpty {
                    if reported.insert("\(entry.phrase)|\(path)").inserted {
                        diagnostics.append(.error("site/\(path)", "'\(entry.phrase)' is \(listed) and appears in this output",
                                                  hint: "it comes from a template or generated text: remove it there"))
                    }
                }
                for (origin, line) in origins where reported.insert("\(entry.phrase)|\(origin):\(line)").inserted {
                    let hint = entry.mode == .redact
                        ? "redact mode could not reach this file: remove the phrase from it"
                        : "remove it from the file, or set 'mode: redact' for it in \(policy.path) to publish \"\(SafeguardingPolicy.replacement)\" instead"
                    diagnostics.append(.error(origin, line: line, "'\(entry.phrase)' is \(listed) and would be published (site/\(path))", hint: hint))
                }
            }
        }
        return diagnostics
    }

    /// What a reader or a program gets out of a file: HTML and XML without tags and with
    /// entities decoded (so "<a>Jane</a> Doe" is "Jane Doe"), Markdown without escapes, JSON
    /// and scripts with \u escapes decoded.
    static func readableText(path: String, data: Data) -> String {
        let raw = String(decoding: data, as: UTF8.self)
        var text = raw
        if path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
            text = decodeEntities(raw.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
        } else if path.hasSuffix(".md") {
            text = raw.replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
        } else if path.hasSuffix(".json") || path.hasSuffix(".js") {
            text = decodeUnicodeEscapes(raw)
        }
        return raw + "\n" + text
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&nbsp;", " ")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        let numeric = try! NSRegularExpression(pattern: "&#(x?)([0-9a-fA-F]+);")
        for match in numeric.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
            guard let range = Range(match.range, in: result), let digits = Range(match.range(at: 2), in: result) else { continue }
            let hex = match.range(at: 1).length > 0
            if let value = UInt32(result[digits], radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                result.replaceSubrange(range, with: String(Character(scalar)))
            }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }

    static func decodeUnicodeEscapes(_ text: String) -> String {
        guard text.contains("\\u") else { return text }
        let escape = try! NSRegularExpression(pattern: #"\\u([0-9a-fA-F]{4})"#)
        var result = text
        for match in escape.matches(in: result, range: NSRange(result.startIndex..., in: result)).reversed() {
            guard let range = Range(match.range, in: result), let digits = Range(match.range(at: 1), in: result),
                  let value = UInt32(result[digits], radix: 16), let scalar = Unicode.Scalar(value) else { continue }
            result.replaceSubrange(range, with: String(Character(scalar)))
        }
        return result
    }
}

/// A piece of content as the editor wrote it, with the file line it starts on, so a guard can
/// point at the line.
public struct ContentText: Sendable {
    public var path: String
    public var firstLine: Int
    public var text: String

    func lines(matching pattern: PhrasePattern) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { pattern.contains(String($0.element)) }.map { firstLine + $0.offset }
    }
}
