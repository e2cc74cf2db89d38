import ArgumentParser

// The annotation makes `main()` resolve to the async entry point that `dossier serve` needs.
@available(macOS 10.15, macCatalyst 13, iOS 13, tvOS 13, watchOS 6, *)
public struct DossierCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turns a folder of news articles into a cross-linked briefing website.",
        discussion: """
            Run in a folder holding content/ and templates/.

            Examples:
              dossier build                      build site/ from content/ and templates/
              dossier serve --open               preview in a browser, reloading as you edit
              dossier check --strict             report every problem without writing anything
              dossier new person "Jess Phillips" start a new content file

            Shell completion: dossier --generate-completion-script bash|zsh|fish
            """,
        version: "0.1.0",
        subcommands: [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self, ExplainCommand.self, EntitiesCommand.self],
        defaultSubcommand: BuildCommand.self)

    public init() {}
}
