/// One problem found in the input, located precisely enough for an editor to fix it.
public struct Diagnostic: Equatable, Hashable, Sendable, Comparable, Codable {
    public enum Severity: String, Sendable, Comparable, Codable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
    }

    public var severity: Severity
    /// As the user would type it: the content folder they named, then the file inside it.
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var hint: String?
    /// The offending line of the file, shown under the message as Hugo and Swift do.
    public var sourceLine: String?

    public init(
        _ severity: Severity, _ path: String, line: Int? = nil, column: Int? = nil,
        _ message: String, hint: String? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func error(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, path, line: line, column: column, message, hint: hint)
    }

    public static func warning(_ path: String, line: Int? = nil, column: Int? = nil, _ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, path, line: line, column: column, message, hint: hint)
    }

    /// `path:line:col: error: message`, the form compilers use, so editors and CI can jump to it.
    public var location: String {
        var text = path
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    public var summaryLine: String { "\(location): \(severity.rawValue): \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.path, lhs.line ?? 0, lhs.column ?? 0, lhs.severity == .error ? 0 : 1, lhs.message)
            < (rhs.path, rhs.line ?? 0, rhs.column ?? 0, rhs.severity == .error ? 0 : 1, rhs.message)
    }
}

/// Thrown by a stage that found errors: all of them, sorted, never just the first.
public struct BuildFailure: Error, Equatable, Sendable {
    public var localizedDescription: String { diagnostics.map(\.summaryLine).joined(separator: "\n") }
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }

    /// Ends a stage: throws everything collected so far when any of it is an error.
    public func throwIfErrors() throws(BuildFailure) {
        if contains(where: { $0.severity == .error }) { throw BuildFailure(self) }
    }
}

/// Lets a single diagnostic travel in a `Result` from helpers that find at most one problem.
extension Diagnostic: Error {}
