/// Prints diagnostics for people: the summary line, the offending line and a hint.
public struct DiagnosticFormatter: Sendable {
    public var useColour: Bool

    public init(useColour: Bool) {
        self.useColour = useColour
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        let label = diagnostic.severity == .error ? paint("error", "31") : paint("warning", "33")
        var lines = ["\(paint(diagnostic.location, "1")): \(label): \(diagnostic.message)"]
        if let source = diagnostic.sourceLine, let line = diagnostic.line {
            let gutter = String(line)
            lines.append("  \(gutter) | \(source)")
            if let column = diagnostic.column, column > 0 {
                let pad = String(repeating: " ", count: gutter.count)
                lines.append("  \(pad) | \(String(repeating: " ", count: column - 1))^")
            }
        }
        if let hint = diagnostic.hint {
            lines.append("  hint: \(hint)")
        }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        useColour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
