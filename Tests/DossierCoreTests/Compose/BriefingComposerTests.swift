@testable import DossierCore
import Foundation
import Testing

/// The briefings composed from the repository's own five articles, checked against what the
/// articles say.
@Suite struct BriefingComposerTests {
    static let dossier: Dossier = {
        let settings = BuildSettings(contentDirectory: Fixtures.repository.appendingPathComponent("content"),
                                     templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        return try! SiteBuilder(settings: settings).process()
    }()

    /// What each briefing was composed from: the briefings keep only their events and figures.
    static let facts: [TopicFacts] = {
        let articles = Dictionary(dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        return FactExtractor(registry: dossier.registry, articles: articles).extract(topics: dossier.content.topics, assignment: dossier.assignment)
    }()

    func briefing(_ topic: String) throws -> Briefing { try #require(Self.dossier.briefing(topic)) }

    func facts(_ topic: String) throws -> TopicFacts { try #require(Self.facts.first { $0.topic == topic }) }

    @Test func theCaseyAuditAnnouncementIsOnePointWithThreeSources() throws {
        let points = try facts("national-audit").points
        let announcement = try #require(points.first { $0.statements.contains { $0.text.contains("national audit of gang-related child sexual exploitation") } })
        #expect(announcement.sources.map(\.article).sorted() == [
            "2025-01-16-government-orders-national-audit-of-child-sexual-exploitation",
            "2025-01-16-home-secretary-announces-rapid-audit-of-grooming-gangs",
            "2025-01-16-home-secretary-unveils-new-measures-to-tackle-grooming-gangs",
        ])
        let markdown = try briefing("national-audit").body
        #expect(markdown.contains("- " + MarkdownEscaping.escape(announcement.representative.text) + " *(3 sources)*[^"))
    }

    @Test func theTimelineDatesTheKeyEvents() throws {
        let events = Self.dossier.briefings.flatMap(\.events)
        let commons = events.filter { $0.text.contains("House of Commons") && $0.text.contains("Thursday") }
        #expect(!commons.isEmpty)
        #expect(commons.allSatisfy { $0.date.text == "16 January 2025" })
        let report = try #require(events.first { $0.text.contains("according to Baroness Louise Casey's report") })
        #expect(report.date.text == "June 2025")
        let cabinet = try #require(events.first { $0.text.hasPrefix("Cabinet members at Stoke-on-Trent City Council received a briefing") })
        #expect(cabinet.date.text == "June 2025")
    }

    @Test func theStokeFiguresAppearWithTheirSource() throws {
        let stoke = try briefing("stoke-panel")
        let figures = Dictionary(stoke.figures.map { ($0.phrase, $0) }, uniquingKeysWith: { a, _ in a })
        for phrase in ["a total of 169 children", "129 cases", "18 CSE", "22 cases involving both"] {
            let figure = try #require(figures[phrase], "missing \(phrase)")
            #expect(figure.sources.map(\.article) == ["2025-06-26-stoke-council-leaders-urge-victims-to-come-forward"])
            #expect(figure.asOf?.text == "March 2025")
        }
        #expect(stoke.body.contains("| a total of 169 children | In March a total of 169 children in Stoke-on-Trent were being considered"))
    }

    @Test func everyPointIsCitedAndTrueToItsArticle() throws {
        for briefing in Self.dossier.briefings {
            let lines = briefing.body.split(separator: "\n").filter { $0.hasPrefix("- ") || $0.hasPrefix("| ") && !$0.hasPrefix("| Figure") && !$0.hasPrefix("| ---") }
            for line in lines where !line.contains("](../articles/") || line.contains("[^") {
                #expect(line.contains("[^"), "uncited line in \(briefing.topic): \(line)")
            }
            for point in try facts(briefing.topic).points {
                for statement in point.statements {
                    let article = try #require(Self.dossier.article(statement.source.article))
                    #expect(article.blocks[statement.source.block].text.contains(statement.text))
                }
            }
            // Every footnote names a paragraph anchor of an article that exists.
            for definition in briefing.body.split(separator: "\n") where definition.hasPrefix("[^") {
                let target = try #require(definition.firstMatch(of: /\(\.\.\/articles\/([a-z0-9-]+)\.html#p(\d+)\)/))
                let article = try #require(Self.dossier.article(String(target.1)))
                #expect(article.blocks.indices.contains(Int(target.2)! - 1))
            }
        }
    }

    @Test func singleSourcePointsAreMarked() throws {
        let body = try briefing("national-audit").body
        let keyPoints = body.components(separatedBy: "## Key points")[1].components(separatedBy: "## ")[0]
        for line in keyPoints.split(separator: "\n") where line.hasPrefix("- ") {
            #expect(line.contains("*(single source)*") || line.contains(" sources)*"))
        }
    }

    @Test func quotesAreAttributedToRegisteredSpeakers() throws {
        let quotes = Self.facts.flatMap(\.quotes)
        let hill = try #require(quotes.first { $0.text.hasPrefix("We've been waiting for the Casey report") })
        #expect(hill.speakerIDs == ["sarah-hill"])
        let badenoch = try #require(quotes.first { $0.text.hasPrefix("Oldham has decided not to do a local inquiry") })
        #expect(badenoch.speakerIDs == ["kemi-badenoch"])
        #expect(badenoch.speaker == "the Tory leader")
    }

    @Test func noReaderCommentReachesABriefing() throws {
        for briefing in Self.dossier.briefings {
            for phrase in ["Alec Fraher", "Ryan Webb", "Shopping and Fucking", "cptsd"] {
                #expect(!briefing.document.contains(phrase))
            }
        }
    }

    /// Past its limits a briefing cites the newest articles, says how many more there are,
    /// and lists and packs only what it cites: it stays short at national scale.
    @Test func aLargeTopicShowsTheNewestAndSaysHowManyMore() throws {
        let full = try briefing("national-audit"), fullFacts = try facts("national-audit")
        let articles = Dictionary(Self.dossier.articles.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let topic = try #require(Self.dossier.content.topics.first { $0.slug == "national-audit" })
        let composer = BriefingComposer(registry: Self.dossier.registry, articles: articles, limits: .init(articlesPerStatement: 1, events: 2))
        let small = composer.compose(topic, facts: fullFacts)

        let events = small.body.components(separatedBy: "## What has happened\n\n")[1].components(separatedBy: "\n\n## ")[0]
        #expect(events.split(separator: "\n").filter { $0.hasPrefix("- ") } == full.body.components(separatedBy: "## What has happened\n\n")[1]
            .components(separatedBy: "\n\n")[0].split(separator: "\n").suffix(2))
        #expect(events.contains("*\(full.events.count - 2) earlier events on this topic are on the [timeline](../timeline.html).*"))

        // The Casey announcement has three sources: one is cited, the newest, and two are counted.
        let point = try #require(fullFacts.points.first { $0.statements.contains { $0.text.contains("national audit of gang-related") } })
        let announcement = try #require(small.body.split(separator: "\n").first { $0.hasPrefix("- " + MarkdownEscaping.escape(point.representative.text) + " *(3 sources)*") })
        #expect(announcement.hasSuffix("*(and 2 more articles)*"))
        #expect(announcement.matches(of: /\[\^[^\]]+\]/).count == 1)
        let newest = point.sources.map(\.article).sorted { Article.newestFirst(articles[$0]!, articles[$1]!) }[0]
        #expect(announcement.contains("[^\(Slug.make(from: newest).prefix(40))-p"))

        // Every line still cites; the sources listed are exactly the articles cited.
        for line in small.body.split(separator: "\n") where line.hasPrefix("- ") {
            #expect(line.contains("[^"), "uncited: \(line)")
        }
        let footnoted = Set(small.body.matches(of: /\]\(\.\.\/articles\/([a-z0-9-]+)\.html#/).map { String($0.1) })
        #expect(Set(small.cited) == footnoted)
        #expect(!full.document.contains("This briefing cites"))

        // With one key point and nothing else to cite, the Sources list and the pack hold only
        // the newest of its three articles, and the briefing says how many it draws on.
        var narrow = fullFacts
        (narrow.points, narrow.events, narrow.figures, narrow.quotes, narrow.entities) = ([point], [], [], [], [:])
        narrow.statements.removeAll { BriefingComposer.concernsCouncils($0.text) || BriefingComposer.saysNotYetKnown($0.text) }
        let one = composer.compose(topic, facts: narrow)
        #expect(one.cited == [newest])
        let listed = one.document.components(separatedBy: "## Sources\n\n")[1].components(separatedBy: "\n\n")
        #expect(listed[0].split(separator: "\n").count == 1 && listed[0].contains("(../articles/\(newest).html)"))
        #expect(listed[1] == "This briefing cites 1 of the \(one.sources.count) articles its statements come from.")
        #expect(one.sources.count > 1)
    }
}
