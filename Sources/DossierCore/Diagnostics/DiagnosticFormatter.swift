/// Prints diagnostics for people, in one format everywhere (build, check, serve):
///
///     content/people/jess.md:3:1: error: unknown key 'alias'
///       3 | alias: [Ms Phillips]
///         | ^
///       hint: did you mean 'aliases'?
///
/// The first line is the form compilers use, so editors and CI can jump to it.
public struct DiagnosticFormatter: Sendable {
    public var useColour: Bool

    public init(useColour: Bool) {
        self.useColour = useColour
    }

    /// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
    public static func shouldColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
        var lines = ["\(paint(diagnostic.location, "1")): \(label): \(diagnostic.message)"]
        if let source = diagnostic.sourceLine, let line = diagnostic.line {
            let gutter = String(line)
            lines.append("  \(paint(gutter, "34")) \(paint("|", "34")) \(source)")
            if let column = diagnostic.column, column > 0 {
                let pad = String(repeating: " ", count: gutter.count)
                // Tabs stay tabs so the caret lines up under the column in any terminal.
                let indent = source.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
                lines.append("  \(pad) \(paint("|", "34")) \(indent)\(paint("^", "1;32"))")
            }
        }
        if let hint = diagnostic.hint {
            lines.append("  \(paint("hint", "1;36")): \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    /// "2 errors, 1 warning", or nil when there is nothing to count.
    public static func summary(of diagnostics: [Diagnostic]) -> String? {
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
