import ArgumentParser
import DossierCore
import Foundation

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "List the registered people and organisations with their mention counts, or suggest unregistered names.",
        discussion: """
            Examples:
              dossier entities
              dossier entities --suggest      names in the articles that have no person or organisation file
            """)

    @Flag(help: "List names found in the articles (after titles such as Cllr or Baroness, or beside 'said') that are not registered.")
    var suggest = false

    @OptionGroup var site: SiteOptions

    func run() throws {
        let console = Console()
        let dossier = try site.process(console)
        if suggest {
            let suggestions = UnregisteredNameFinder(finder: dossier.registry.finder).suggestions(in: dossier.articles)
            if suggestions.isEmpty { console.out("every name found in the articles is registered") }
            for suggestion in suggestions {
                console.out("\(suggestion.name)")
                for place in suggestion.places { console.out("  \(place)") }
                console.out("  add it: dossier new person \"\(suggestion.name)\"")
            }
            return
        }
        let counts = EntityCounts(dossier: dossier)
        for row in counts.rows {
            console.out("\(row.kind.padding(toLength: 13, withPad: " ", startingAt: 0)) \(String(row.mentions).leftPadded(4)) mentions in \(String(row.articles).leftPadded(3)) articles  \(row.id)  (\(row.name))")
        }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
