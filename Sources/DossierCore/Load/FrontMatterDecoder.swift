import Foundation
import Yams

/// The keys a front matter may have, so a misspelt key is an error with a suggestion rather
/// than a value silently ignored.
struct KeySchema: Sendable {
    var keys: [String]
    /// For keys whose value is a mapping, or a list of mappings (a person's `roles`).
    var nested: [String: KeySchema] = [:]
}

protocol FrontMatterFields: Decodable {
    static var schema: KeySchema { get }
}

/// Decodes YAML into a typed struct, reporting every problem with the file line it is on.
struct FrontMatterDecoder: Sendable {
    /// One for all files: making a `YAMLDecoder` reads the process environment. Decoding from a
    /// node only reads its options, which nothing changes.
    private nonisolated(unsafe) static let yamlDecoder = YAMLDecoder(encoding: .utf8)

    /// - Parameter firstLine: the file line of the YAML's first line; Yams counts from the YAML.
    func decode<Fields: FrontMatterFields>(
        _ type: Fields.Type, yaml: String, path: String, firstLine: Int, fileLines: [Substring]
    ) -> (Fields?, [Diagnostic]) {
        func located(_ line: Int?, _ column: Int?, _ message: String, hint: String? = nil) -> Diagnostic {
            var diagnostic = Diagnostic.error(path, line: line, column: column, message, hint: hint)
            if let line, fileLines.indices.contains(line - 1) { diagnostic.sourceLine = String(fileLines[line - 1]) }
            return diagnostic
        }
        // Marks count lines from the YAML's first line, and libyaml counts more line breaks.
        let lineMap = YAMLLineMap(yaml)
        func place(_ mark: Mark) -> (line: Int, column: Int) {
            let position = lineMap.position(of: mark)
            return (position.line + firstLine - 1, position.column)
        }
        func fileLine(_ mark: Mark?) -> Int? { mark.map { place($0).line } }

        let root: Node
        do {
            // The encoding is given: Yams's default reads the whole process environment, on each
            // call (a tenth of loading 10,000 articles).
            root = try Yams.compose(yaml: yaml, .default, .default, .utf8) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            return (nil, [Self.diagnostic(for: error, firstLine: firstLine, place: place, located: located)])
        } catch {
            return (nil, [located(firstLine, nil, "front matter is not valid YAML: \(error)")])
        }
        guard root.mapping != nil else {
            return (nil, [located(fileLine(root.mark) ?? firstLine, nil, "front matter must be 'key: value' lines", hint: "for example 'title: My title'")])
        }

        var diagnostics: [Diagnostic] = []
        checkKeys(root, against: Fields.schema) { mark, key, known in
            var hint = "known keys: \(known.joined(separator: ", "))"
            if let suggestion = Suggestion.closest(to: key, in: known) { hint = "did you mean '\(suggestion)'?" }
            diagnostics.append(located(fileLine(mark), mark.map { place($0).column }, "unknown key '\(key)'", hint: hint))
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }

        do {
            return (try Self.yamlDecoder.decode(Fields.self, from: Self.withKeysLookedUpAsStrings(root)), [])
        } catch let error as DecodingError {
            return (nil, [Self.diagnostic(for: error, root: root, firstLine: firstLine, place: place, located: located)])
        } catch {
            return (nil, [located(firstLine, nil, "front matter could not be read: \(error)")])
        }
    }

    /// The same mapping, but a key the decoder looks up is resolved with no implicit types. Yams
    /// makes a new node for each key it looks up (twice or three times per field) and resolves
    /// its type by trying each of its seven patterns on it: that was a tenth of loading 10,000
    /// articles. Every key of every schema is a plain word, a string under both resolvers; the
    /// values keep their own types.
    static func withKeysLookedUpAsStrings(_ root: Node) -> Node {
        guard case .mapping(let mapping) = root else { return root }
        return .mapping(Node.Mapping(mapping.map { ($0.key, $0.value) }, Tag(.implicit, .basic, .default), mapping.style, mapping.mark))
    }

    private func checkKeys(_ node: Node, against schema: KeySchema, report: (Mark?, String, [String]) -> Void) {
        if let sequence = node.sequence {
            for item in sequence { checkKeys(item, against: schema, report: report) }
            return
        }
        guard let mapping = node.mapping else { return }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            if !schema.keys.contains(key) {
                report(keyNode.mark, key, schema.keys)
            } else if let nested = schema.nested[key] {
                checkKeys(value, against: nested, report: report)
            }
        }
    }

    private static func diagnostic(for error: YamlError, firstLine: Int, place: (Mark) -> (line: Int, column: Int),
                                   located: (Int?, Int?, String, String?) -> Diagnostic) -> Diagnostic {
        switch error {
        case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level reached"):
            // Yams' libyaml stops at 1,000 levels of nesting, so deep YAML cannot exhaust the
            // stack; its own message names a C function.
            return located(place(mark).line, place(mark).column, "front matter is nested more than 1,000 levels deep",
                           "front matter is 'key: value' lines and short lists: remove the extra brackets or indentation")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            // libyaml reports where it gave up; the context says where the broken construct began.
            let start = context?.mark ?? mark
            let detail = context.map { " \($0.text)" } ?? ""
            return located(place(start).line, place(start).column, "front matter is not valid YAML: \(problem)\(detail)",
                           "quote values that contain ': ' or start with a quote, e.g. title: \"A: B\"")
        case let .duplicatedKeysInMapping(duplicates, context):
            return located(place(context.mark).line, nil, "key '\(duplicates.joined(separator: "', '"))' appears twice", "keep one of them")
        default:
            return located(firstLine, nil, "front matter is not valid YAML: \(error)", nil)
        }
    }

    private static func diagnostic(for error: DecodingError, root: Node, firstLine: Int, place: (Mark) -> (line: Int, column: Int),
                                   located: (Int?, Int?, String, String?) -> Diagnostic) -> Diagnostic {
        func line(of path: [CodingKey]) -> (Int?, Int?) {
            var node: Node? = root
            var lastMark = root.mark
            for key in path {
                if let index = key.intValue, let sequence = node?.sequence, sequence.indices.contains(index) {
                    node = sequence[index]
                } else if let mapping = node?.mapping, let pair = mapping.first(where: { $0.key.string == key.stringValue }) {
                    lastMark = pair.key.mark
                    node = pair.value
                } else {
                    break
                }
                lastMark = node?.mark ?? lastMark
            }
            return (lastMark.map { place($0).line } ?? firstLine, lastMark.map { place($0).column })
        }
        func name(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case let .keyNotFound(key, context):
            let (l, _) = line(of: context.codingPath)
            let owner = context.codingPath.isEmpty ? "" : " in '\(name(context.codingPath))'"
            return located(context.codingPath.isEmpty ? firstLine : l, nil, "missing required key '\(key.stringValue)'\(owner)", "add '\(key.stringValue): …'")
        case let .typeMismatch(type, context), let .valueNotFound(type, context):
            let (l, c) = line(of: context.codingPath)
            return located(l, c, "'\(name(context.codingPath))' should be \(Self.describe(type))", Self.example(type, key: context.codingPath.last?.stringValue))
        case let .dataCorrupted(context):
            let (l, c) = line(of: context.codingPath)
            let isDate = context.debugDescription.contains("YYYY-MM-DD")
            return located(l, c, "'\(name(context.codingPath))': \(context.debugDescription)",
                           isDate ? "write the year, month and day with hyphens, e.g. 2025-06-26" : nil)
        @unknown default:
            return located(firstLine, nil, "front matter could not be read", nil)
        }
    }

    /// The hint for a value of the wrong type: the key written the right way.
    private static func example(_ type: Any.Type, key: String?) -> String? {
        guard let key, Int(key) == nil else { return nil }
        switch describe(type) {
        case "text": return "put the value in quotes: \(key): \"…\""
        case "a whole number": return "for example \(key): 3"
        case "true or false": return "write \(key): true or \(key): false"
        case "a list, e.g. [a, b]": return "write it as \(key): [\"first\", \"second\"], or one '- item' line each"
        default: return nil
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text"
        case is Int.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        case is [String].Type, is [Any].Type: return "a list, e.g. [a, b]"
        default:
            let name = String(describing: type)
            if name.contains("Array") || name.contains("Sequence") { return "a list, e.g. [a, b]" }
            if name.contains("Dictionary") || name.contains("Mapping") { return "'key: value' lines" }
            return name
        }
    }
}
