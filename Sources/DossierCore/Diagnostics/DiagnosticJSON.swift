import Foundation

/// Diagnostics as JSON, for `dossier check --format json` and for the preview's error overlay:
/// one array of objects with fixed keys, sorted like the text output so that it is stable.
public enum DiagnosticJSON {
    struct Entry: Encodable {
        var path: String
        var line: Int?
        var column: Int?
        var severity: String
        var message: String
        var hint: String?
        var sourceLine: String?

        // Absent values are written as null, so every object has every key.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(sourceLine, forKey: .sourceLine)
        }

        enum CodingKeys: String, CodingKey {
            case path, line, column, severity, message, hint, sourceLine
        }
    }

    public static func encode(_ diagnostics: [Diagnostic], pretty: Bool = true) -> Data {
        let entries = diagnostics.sorted().map {
            Entry(path: $0.path, line: $0.line, column: $0.column, severity: $0.severity.rawValue, message: $0.message,
                  hint: $0.hint, sourceLine: $0.sourceLine)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entries)) ?? Data("[]".utf8)
    }
}
