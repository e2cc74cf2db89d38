import ArgumentParser
import DossierCore
import DossierServe
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser, rebuilding and reloading as you edit.",
        discussion: """
            Builds the site and serves it at http://127.0.0.1:PORT/ (this computer only), then \
            watches content/ and templates/: every time a file is saved the site is rebuilt and \
            open pages reload by themselves. A saved article's own page is updated at once; the \
            briefings, entity pages and indexes it feeds follow when the rebuild ends. When a \
            build fails, the last good pages stay up with the errors (file and line) drawn over \
            them, and the terminal shows them too.

            The preview is served from memory: nothing is written to site/ unless you ask with \
            --render-to-disk. The live-reload script is added to pages as they are served and is \
            never part of the site's files. Stop with Ctrl-C.

            Examples:
              dossier serve
              dossier serve --port 8080 --open
              dossier serve --drafts                 # include draft articles
              dossier serve --render-to-disk         # also write each good build to site/
              dossier serve --poll                   # content on a network or shared folder
              dossier serve --verbose                # warnings and each rebuild's stage times
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The port to listen on, on 127.0.0.1 (0: any free port).", valueName: "n"))
    var port: UInt16 = 1313

    @Flag(help: "Open the site in the default browser once it is served.")
    var open = false

    @Flag(name: .customLong("render-to-disk"), help: "Also write each good build to the output folder, and serve it from there.")
    var renderToDisk = false

    @Flag(help: "Look at every file five times a second instead of being told of saves by the system: for folders whose changes it misses (some network and shared folders).")
    var poll = false

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let console = Console(quiet: output.quiet)
        let verbose = output.verbose, quiet = output.quiet, open = self.open
        // Each build's stages, timed for --verbose; never drawn: the terminal shows the log.
        let stages = ProgressDisplay(draws: false)
        let settings = try {
            var settings = try site.settings()
            if verbose { settings.progress = { stages.enter($0) } }
            return settings
        }()
        let server = try PreviewServer(settings: settings, port: port, renderToDisk: renderToDisk, poll: poll) { event in
            switch event {
            case .listening(let url):
                console.out("serving \(url.absoluteString) (watching \(settings.display(settings.contentDirectory))/ and \(settings.display(settings.templatesDirectory))/; Ctrl-C to stop)")
                if open { Self.openInBrowser(url, console) }
            case .previewed(let pages, let trigger, let elapsed):
                guard !quiet else { return }
                console.out("updated \(Self.describe(pages)) after \(Self.describe(trigger)) in \(Console.milliseconds(elapsed)) ms; rebuilding the rest of the site")
            case .built(let report, let changed, let trigger, let elapsed):
                if verbose { ProgressDisplay.print(stages.finish(), console) }
                if verbose || trigger.isEmpty { console.report(report.warnings) }
                guard !quiet else { return }
                let time = "in \(Console.milliseconds(elapsed)) ms"
                if trigger.isEmpty {
                    console.out("built \(report.pageSummary) \(time)")
                } else {
                    console.out("rebuilt after \(Self.describe(trigger)) \(time): \(changed) file\(changed == 1 ? "" : "s") of the site changed")
                }
            case .failed(let diagnostics, let trigger):
                if verbose { ProgressDisplay.print(stages.finish(), console) }
                if !trigger.isEmpty { console.err("build failed after \(Self.describe(trigger)); still serving the last good site") }
                console.report(diagnostics)
            }
        }
        do {
            try await server.run()
        } catch let error as PreviewError {
            console.err("error: \(error.description)")
            if case .portInUse = error { console.err("  hint: is another preview running? Stop it, or choose another port: --port \(port == UInt16.max ? 1313 : port + 1)") }
            throw ExitCode(1)
        }
    }

    static func describe(_ files: [String]) -> String {
        files.count == 1 ? files[0] : "\(files[0]) and \(files.count - 1) other file\(files.count == 2 ? "" : "s")"
    }

    static func openInBrowser(_ url: URL, _ console: Console) {
        let process = Process()
        #if os(macOS)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
        process.arguments = [url.absoluteString]
        #else
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url.absoluteString]
        #endif
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { console.err("could not open a browser (\(error.localizedDescription)); open \(url.absoluteString) yourself") }
    }
}
