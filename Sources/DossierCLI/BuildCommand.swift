import ArgumentParser
import DossierCore
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from content/ and templates/ into site/.",
        discussion: """
            The new site is written beside the old one and swapped in only when the whole build
            has succeeded: on any error the previous site is left as it was.

            Examples:
              dossier build
              dossier build --content ~/dossiers/cse/content --output /var/www/dossier
              SOURCE_DATE_EPOCH=1750000000 dossier build
            """)

    @OptionGroup var paths: ProjectPaths

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "The address the site will be served from (overrides base_url in dossier.yml).")
    var baseURL: String?

    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    func run() throws {
        var settings = paths.settings
        settings.includeDrafts = drafts
        settings.baseURL = baseURL
        let console = Console()
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'")
            }
            settings.sourceDateEpoch = seconds
        }
        let started = ContinuousClock.now
        do {
            let report = try SiteBuilder(settings: settings).build()
            if !quiet { console.print(report.warnings) }
            let elapsed = ContinuousClock.now - started
            if !quiet {
                let pages = report.pages.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
                console.out("built \(report.pages.values.reduce(0, +)) pages (\(pages)), \(report.files) files in \(milliseconds) ms → \(settings.display(settings.outputDirectory))/")
            }
        } catch {
            console.print(error.diagnostics)
            throw ExitCode(1)
        }
    }
}

struct ProjectPaths: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "content"

    @Option(help: "The templates folder.")
    var templates = "templates"

    @Option(help: "The output folder (replaced whole on success).")
    var output = "site"

    var settings: BuildSettings {
        BuildSettings(contentDirectory: URL(fileURLWithPath: content), templatesDirectory: URL(fileURLWithPath: templates),
                      outputDirectory: URL(fileURLWithPath: output))
    }
}

extension BuildSettings {
    func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
