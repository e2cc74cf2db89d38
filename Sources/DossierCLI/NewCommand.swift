import ArgumentParser
import DossierCore
import Foundation

extension ContentKind: ExpressibleByArgument {}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new article, person, organisation or topic.",
        discussion: """
            Writes content/<folder>/<slug>.md (articles: content/articles/YYYY-MM-DD-<slug>.txt, dated \
            today) with every front-matter key the kind takes and comments where a value needs \
            explaining, then prints the file's path. The file name is made from the name: lower case, \
            digits and hyphens. An existing file is never overwritten.

            Examples:
              dossier new person "Jess Phillips"
              dossier new organisation "National Police Chiefs' Council"
              dossier new topic "Support for survivors"
              dossier new article "Council leaders urge victims to come forward"
              $EDITOR "$(dossier new person 'Rebecca Riggs')"
            """)

    @Argument(help: ArgumentHelp("What to create: article, person, organisation or topic.", valueName: "kind"))
    var kind: ContentKind

    @Argument(help: ArgumentHelp("Its name or title, in quotes.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "content"

    func run() throws {
        let console = Console()
        let directory = URL(fileURLWithPath: content)
        let scaffold = ContentScaffold(contentDirectory: directory, displayRoot: content.hasSuffix("/") ? String(content.dropLast()) : content)
        do {
            console.out(try scaffold.create(kind, named: name, today: Self.today()))
        } catch {
            console.report(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// Today in the local time zone: the day the editor sees on their calendar.
    static func today(_ now: Date = Date()) -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }
}
