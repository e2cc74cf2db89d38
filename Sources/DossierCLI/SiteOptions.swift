import ArgumentParser
import DossierCore
import Foundation

/// The options every command that builds shares: where the content, templates and output are,
/// and what goes into the site.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "content"

    @Option(help: ArgumentHelp("The templates folder.", valueName: "dir"))
    var templates = "templates"

    @Option(help: ArgumentHelp("The output folder (replaced whole on success).", valueName: "dir"))
    var output = "site"

    @Flag(help: "Include articles marked 'draft: true'.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address the site will be served from (overrides base_url in dossier.yml).", valueName: "url"))
    var baseURL: String?

    /// The build's settings; SOURCE_DATE_EPOCH, when set, fixes the site's date (reproducible builds).
    func settings(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BuildSettings {
        var settings = BuildSettings(contentDirectory: URL(fileURLWithPath: content), templatesDirectory: URL(fileURLWithPath: templates),
                                     outputDirectory: URL(fileURLWithPath: output))
        settings.includeDrafts = drafts
        settings.baseURL = baseURL
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '\(epoch)'")
            }
            settings.sourceDateEpoch = seconds
        }
        return settings
    }

    /// The dossier understood but not built, for the commands that inspect it; content errors
    /// are reported and end the command with status 1.
    func process(_ console: Console) throws -> Dossier {
        let settings = try settings()
        do {
            return try SiteBuilder(settings: settings).process()
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
