import ArgumentParser
import DossierCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ and templates/ into site/.",
        discussion: """
            The new site is written beside the old one and swapped in only when the whole build has \
            succeeded: on any error the previous site is left as it was. Every problem is reported at \
            once, as path:line:col: error: message, with the offending line and a hint.

            Ends with one line: the pages built by kind, the time taken and the output folder. On a \
            terminal, a build that takes more than a moment shows its progress.

            Exit status: 0 on success, 1 when the content has errors, 64 on a usage error.

            Examples:
              dossier build
              dossier build --drafts --output /tmp/preview
              dossier build --content ~/dossiers/cse/content --output /var/www/dossier
              dossier build --verbose              # warnings and each stage's time
              dossier build --no-cache             # a one-off build, as in CI
              SOURCE_DATE_EPOCH=1750000000 dossier build

            Each step's results are kept in .dossier-cache/ beside the output (hundreds of MB for \
            ten thousand articles), so the next build makes again only what changed.
            """)

    @OptionGroup var site: SiteOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .customLong("no-cache"), help: "Neither read nor keep each step's results in .dossier-cache/: for a one-off build.")
    var noCache = false

    func run() throws {
        var settings = try site.settings()
        settings.keepsStepCache = !noCache
        settings.keepsValuesUntilExit = true
        settings.reportSourceWording = output.verbose
        let console = Console(quiet: output.quiet)
        let progress = ProgressDisplay(draws: console.isTerminal && !output.quiet)
        settings.progress = { progress.enter($0) }
        let started = ContinuousClock.now
        do {
            let report = try SiteBuilder(settings: settings).build()
            let timings = progress.finish()
            console.report(report.warnings)
            if output.verbose {
                ProgressDisplay.print(timings, console)
                if report.pagesReused > 0 { console.err("  \(report.pagesReused) pages unchanged since the last build: linked, not rendered") }
                if !report.stepsReused.isEmpty {
                    let steps = report.stepsReused.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                    console.err("  taken from the last build's cache: \(steps)")
                }
            }
            let elapsed = Console.milliseconds(ContinuousClock.now - started)
            if !output.quiet {
                let verb = report.unchanged ? "up to date, nothing changed since the last build:" : "built"
                console.out("\(verb) \(report.pageSummary), \(report.files) files in \(elapsed) ms → \(settings.display(settings.outputDirectory))/")
            }
        } catch {
            let timings = progress.finish()
            if output.verbose { ProgressDisplay.print(timings, console) }
            console.report(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
