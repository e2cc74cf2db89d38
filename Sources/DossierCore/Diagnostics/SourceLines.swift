import Foundation

/// Shows the offending line under every diagnostic that names a line, as Hugo does, without each
/// stage having to carry the file's text: the line is read back from the file when it is reported.
/// Paths are display paths, so they are read relative to the working folder, as the user would.
public enum SourceLines {
    public static func attach(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        var files: [String: [Substring]?] = [:]
        return diagnostics.map { diagnostic in
            guard diagnostic.sourceLine == nil, let line = diagnostic.line, line > 0 else { return diagnostic }
            if files[diagnostic.path] == nil {
                let text = (try? Data(contentsOf: URL(fileURLWithPath: diagnostic.path))).flatMap { String(data: $0, encoding: .utf8) }
                files[diagnostic.path] = .some(text.map { $0.split(separator: "\n", omittingEmptySubsequences: false) })
            }
            guard let lines = files[diagnostic.path] ?? nil, line <= lines.count else { return diagnostic }
            var located = diagnostic
            let text = lines[line - 1].hasSuffix("\r") ? lines[line - 1].dropLast() : lines[line - 1]
            // A whole pasted paragraph is not worth repeating: long lines are left out.
            if text.count <= 160, !text.allSatisfy(\.isWhitespace) { located.sourceLine = String(text) }
            return located
        }
    }
}
