import ArgumentParser

public struct DossierCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of news articles into a cross-linked briefing website.",
        discussion: """
            Run in a folder holding content/ and templates/.
              dossier build            build site/ from content/ and templates/
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ExplainCommand.self, EntitiesCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}
}
