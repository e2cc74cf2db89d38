import ArgumentParser
import DossierCore
import Foundation

struct CheckCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content and templates for everything the build validates, without writing.",
        discussion: """
            Runs the whole build except the writing: front matter, dates, file names and duplicate \
            slugs, references to people, organisations and topics, templates, and every internal \
            link and #fragment in the pages the build would write. Whatever else the build reports \
            (names not in the registry, single-source statements, stale support contacts, as those \
            checks arrive) is reported here too.

            Problems are errors or warnings. Exit status: 0 when there are no errors (and, with \
            --strict, no warnings), 1 otherwise, 64 on a usage error.

            --format json prints one JSON array of {path, line, column, severity, message, hint, \
            sourceLine} to standard output, sorted as the text is, for editors and CI.

            Examples:
              dossier check
              dossier check --strict                 # warnings fail too (for CI)
              dossier check --format json | jq '.[] | select(.severity == "error")'
            """)

    @OptionGroup var site: SiteOptions

    @Flag(help: "Fail on warnings as well as errors.")
    var strict = false

    @Option(help: "How to print the problems: text for people, json for tools.")
    var format: Format = .text

    func run() throws {
        let settings = try site.settings()
        let diagnostics: [Diagnostic]
        var files: Int?
        do {
            let (plan, warnings) = try SiteBuilder(settings: settings).plan()
            diagnostics = warnings
            files = plan.files.count
        } catch {
            diagnostics = error.diagnostics
        }
        let located = SourceLines.attach(to: diagnostics).sorted()
        let console = Console()
        switch format {
        case .json:
            console.out(String(decoding: DiagnosticJSON.encode(located), as: UTF8.self))
        case .text:
            console.report(located, summary: false)
            let counts = DiagnosticFormatter.summary(of: located) ?? "no problems"
            console.out("checked \(files.map { "\($0) files" } ?? "the content"): \(counts)")
        }
        if !located.errors.isEmpty || (strict && !located.warnings.isEmpty) { throw ExitCode(1) }
    }
}
