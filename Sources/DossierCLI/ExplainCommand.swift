import ArgumentParser
import DossierCore
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show what the cleaner kept and removed from an article, and which topics each paragraph feeds.",
        discussion: """
            Every line of the pasted file is accounted for: kept as a paragraph, taken as the title or
            byline, or removed by a named rule. Use it to confirm nothing of the article was lost.

            Examples:
              dossier explain 2025-06-26-stoke-council-leaders-urge-victims-to-come-forward
              dossier explain content/articles/2025-06-26-stoke-council-leaders-urge-victims-to-come-forward.txt
            """)

    @Argument(help: "The article's slug or file.")
    var article: String

    @OptionGroup var site: SiteOptions

    func run() throws {
        let slug = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
        let console = Console()
        let dossier = try site.process(console)
        guard let article = dossier.article(slug) else {
            let known = dossier.articles.map(\.slug)
            let hint = known.first { $0.contains(slug) }.map { " (did you mean '\($0)'?)" } ?? ""
            console.err("no article '\(slug)'\(hint)")
            throw ExitCode(1)
        }
        console.out(ArticleExplanation(article: article, assignment: dossier.assignment).text)
    }
}
