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
            let texts = Self.readableTexts(path: path, data: site.contents(of: path))
            return patterns.indices.filter { index in texts.contains { patterns[index].1.contains($0) } }
        }
        // Where a phrase comes from is the same whatever page it reached: the sources are
        // searched once for each phrase (on both cores), and each line it is on is reported
        // with the first page it reached. A name in thousands of articles is on thousands of
        // pages; searching every source again for each page took 138 s at N = 1,000.
        var sources: [ContentText]?
        var searched = Set<Int>()
        /// Phrases found in no source, so from a template or generated text: the first page, and how many others.
        var generated: [Int: (path: String, otherPages: Int)] = [:]
        for (path, found) in zip(paths, hits) {
            for index in found {
                guard searched.insert(index).inserted else {
                    generated[index]?.otherPages += 1
                    continue
                }
                let (entry, pattern) = patterns[index]
                sources = sources ?? readSources()
                let origins = sources!.parallelMap { source in source.lines(matching: pattern).map { (source.path, $0) } }.flatMap { $0 }
                if origins.isEmpty { generated[index] = (path, 0) }
                for (origin, line) in origins where reported.insert("\(entry.phrase)|\(origin):\(line)").inserted {
                    let hint = entry.mode == .redact
                        ? "redact mode could not reach this file: remove the phrase from it"
                        : "remove it from the file, or set 'mode: redact' for it in \(policy.path) to publish \"\(SafeguardingPolicy.replacement)\" instead"
                    diagnostics.append(.error(origin, line: line, "'\(entry.phrase)' is \(listed(entry)) and would be published (site/\(path))", hint: hint))
                }
            }
        }
        for index in generated.keys.sorted() {
            let (entry, hit) = (patterns[index].0, generated[index]!)
            let others = hit.otherPages == 0 ? "" : " (and on \(hit.otherPages) other page\(hit.otherPages == 1 ? "" : "s"))"
            diagnostics.append(.error("site/\(hit.path)", "'\(entry.phrase)' is \(listed(entry)) and appears in this output\(others)",
                                      hint: "it comes from a template or generated text: remove it there"))
        }
        return diagnostics
    }

    private func listed(_ entry: SafeguardingPolicy.Withheld) -> String {
        "on the never-publish list (\(policy.path)\(entry.line.map { ":\($0)" } ?? ""))"
    }

    /// What a reader or a program gets out of a file: HTML and XML without tags and with
    /// entities decoded (so "<a>Jane</a> Doe" is "Jane Doe"), Markdown without escapes, JSON
    /// and scripts with \u escapes decoded; each file as written too, for what attributes say.
    static func readableTexts(path: String, data: Data) -> [String] {
        let raw = String(decoding: data, as: UTF8.self)
        var text = raw
        if path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".svg") {
            text = decodeEntities(withoutTags(raw))
        } else if path.hasSuffix(".md") {
            text = withoutMarkdownEscapes(raw)
        } else if path.hasSuffix(".json") || path.hasSuffix(".js") {
            text = decodeUnicodeEscapes(raw)
        }
        // Two strings, not one joined: the regular expression copies its text into UTF-16,
        // and the search index of a large dossier is tens of megabytes.
        return text == raw ? [raw] : [raw, text]
    }

    // The passes below work on UTF-8 bytes, where every byte they look for is ASCII and so never
    // part of another character. Foundation's replacements (on UTF-16, one pass per entity)
    // were nearly half of a build's time at N = 10,000 once any phrase was withheld.

    /// The text with every `<` up to the next `>` removed (and a `<` with none after it kept).
    static func withoutTags(_ text: String) -> String {
        var bytes = Array(text.utf8)[...]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        while let open = bytes.firstIndex(of: UInt8(ascii: "<")), let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) {
            result += bytes[..<open]
            bytes = bytes[(close + 1)...]
        }
        result += bytes
        return String(decoding: result, as: UTF8.self)
    }

    /// `\*` → `*`: a backslash before ASCII punctuation, as Markdown escapes it.
    static func withoutMarkdownEscapes(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count, isASCIIPunctuation(bytes[index + 1]) {
                index += 1
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The named entities a page uses, then numeric ones, then `&amp;` last, so `&#38;amp;` is
    /// one `&` (the order the guard has always decoded in).
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "&") else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            let rest = bytes[(index + 1)...]
            if let (entity, character) = namedEntities.first(where: { rest.starts(with: $0.entity) }) {
                decoded += character
                index += 1 + entity.count
            } else if let (length, scalar) = numericEntity(rest) {
                decoded += String(Character(scalar)).utf8
                index += 1 + length
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(decoded.count)
        index = 0
        let amp = Array("amp;".utf8)
        while index < decoded.count {
            result.append(decoded[index])
            index += decoded[index] == UInt8(ascii: "&") && decoded[(index + 1)...].starts(with: amp) ? 5 : 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// What follows the `&` of each named entity a page uses, and the character it stands for.
    private static let namedEntities: [(entity: [UInt8], character: [UInt8])] =
        [("lt;", "<"), ("gt;", ">"), ("quot;", "\""), ("#39;", "'"), ("apos;", "'"), ("nbsp;", " ")].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// `#65;` or `#x41;` after an `&`: its length and the character it names, if it names one.
    private static func numericEntity(_ bytes: ArraySlice<UInt8>) -> (length: Int, scalar: Unicode.Scalar)? {
        guard bytes.first == UInt8(ascii: "#") else { return nil }
        var index = bytes.startIndex + 1
        let hex = index < bytes.endIndex && bytes[index] == UInt8(ascii: "x")
        if hex { index += 1 }
        let digitsStart = index
        while index < bytes.endIndex, isHexDigit(bytes[index]) { index += 1 }
        guard index > digitsStart, index < bytes.endIndex, bytes[index] == UInt8(ascii: ";") else { return nil }
        let digits = String(decoding: bytes[digitsStart..<index], as: UTF8.self)
        guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return nil }
        return (index + 1 - bytes.startIndex, scalar)
    }

    /// `\u0041` → `A`, as JSON and scripts escape; an escape that names no character (half
    /// of a surrogate pair) is kept as it is.
    static func decodeUnicodeEscapes(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 5 < bytes.count, bytes[index + 1] == UInt8(ascii: "u"),
               bytes[(index + 2)..<(index + 6)].allSatisfy(isHexDigit),
               let scalar = UInt32(String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16).flatMap(Unicode.Scalar.init) {
                result += String(Character(scalar)).utf8
                index += 6
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
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
