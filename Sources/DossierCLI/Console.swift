import DossierCore
import Foundation

/// Where the CLI talks to people: results to standard output, diagnostics and progress to
/// standard error, coloured only on a terminal and never when NO_COLOR is set.
struct Console: Sendable {
    let colour: Bool
    /// Standard error is a terminal: progress may be drawn there.
    let isTerminal: Bool
    var quiet = false

    init(environment: [String: String] = ProcessInfo.processInfo.environment, isTerminal: Bool = isatty(STDERR_FILENO) == 1, quiet: Bool = false) {
        self.isTerminal = isTerminal
        self.colour = DiagnosticFormatter.shouldColour(isTerminal: isTerminal, environment: environment)
        self.quiet = quiet
    }

    /// Prints diagnostics sorted (so output is stable), each with its offending line; with
    /// `quiet`, errors only. Ends with a count when there are errors.
    func report(_ diagnostics: [Diagnostic], summary: Bool? = nil) {
        let shown = SourceLines.attach(to: quiet ? diagnostics.errors : diagnostics).sorted()
        let formatter = DiagnosticFormatter(useColour: colour)
        for diagnostic in shown { err(formatter.format(diagnostic)) }
        if summary ?? !shown.errors.isEmpty, let count = DiagnosticFormatter.summary(of: shown) { err(count) }
    }

    func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func milliseconds(_ duration: Duration) -> Int {
        Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }
}
