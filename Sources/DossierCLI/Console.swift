import DossierCore
import Foundation

/// Where the CLI talks to people: diagnostics to standard error, coloured only on a terminal
/// and never when NO_COLOR is set.
struct Console {
    let colour: Bool

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        colour = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
    }

    func print(_ diagnostics: [Diagnostic]) {
        let formatter = DiagnosticFormatter(useColour: colour)
        for diagnostic in diagnostics.sorted() { err(formatter.format(diagnostic)) }
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        if errors > 0 { err("\(errors) error\(errors == 1 ? "" : "s")\(warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "")") }
    }

    func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
