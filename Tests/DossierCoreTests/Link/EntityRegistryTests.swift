import CmarkGFM
@testable import DossierCore
import Testing

@Suite struct EntityRegistryTests {
    func person(_ slug: String, _ name: String, aliases: [String] = [], roles: [Role] = []) -> Person {
        Person(slug: slug, path: "content/people/\(slug).md", keyLines: ["name": 2, "aliases": 3, "roles": 4], name: name, aliases: aliases, roles: roles, description: "")
    }

    @Test func theRoleShownIsTheOneHeldOnTheDate() throws {
        let cooper = person("yvette-cooper", "Yvette Cooper", roles: [
            Role(title: "Home Secretary", organisation: "home-office", from: Day(year: 2024, month: 7, day: 5), until: Day(year: 2025, month: 9, day: 5)),
            Role(title: "Chair of the Home Affairs Committee", organisation: nil, from: Day(year: 2016, month: 10, day: 19), until: Day(year: 2024, month: 5, day: 30)),
        ])
        let riggs = person("rebecca-riggs", "Rebecca Riggs", roles: [
            Role(title: "Assistant Chief Constable", organisation: nil, from: nil, until: nil),
            Role(title: "Deputy Chief Constable", organisation: "staffordshire-police", from: nil, until: nil),
        ])
        let homeOffice = Organisation(slug: "home-office", path: "content/organisations/home-office.md", name: "Home Office", aliases: [], kind: "government", parent: nil, description: "")
        let police = Organisation(slug: "staffordshire-police", path: "content/organisations/staffordshire-police.md", name: "Staffordshire Police", aliases: [], kind: "police", parent: nil, description: "")
        let (registry, diagnostics) = EntityRegistry.build(people: [cooper, riggs], organisations: [homeOffice, police])
        #expect(diagnostics.isEmpty)
        let built = try #require(registry)
        #expect(built.role(of: "yvette-cooper", on: Day(year: 2025, month: 1, day: 16)) == "Home Secretary, Home Office")
        #expect(built.role(of: "yvette-cooper", on: Day(year: 2020, month: 1, day: 1)) == "Chair of the Home Affairs Committee")
        #expect(built.role(of: "yvette-cooper", on: Day(year: 2025, month: 10, day: 1)) == nil)
        // Two undated roles: which was held when cannot be known, so none is claimed.
        #expect(built.role(of: "rebecca-riggs", on: Day(year: 2025, month: 6, day: 26)) == nil)
    }

    @Test func reportsRegistryProblemsWithFileAndLine() {
        let a = person("sam-cooper", "Sam Cooper", aliases: ["Yvette Cooper"])
        let b = person("yvette-cooper", "Yvette Cooper", aliases: ["Ms Cooper"], roles: [Role(title: "Home Secretary", organisation: "home-ofice", from: nil, until: nil)])
        let office = Organisation(slug: "home-office", path: "content/organisations/home-office.md", keyLines: ["aliases": 3], name: "Home Office", aliases: ["Home"], kind: nil, parent: nil, description: "")
        let (registry, diagnostics) = EntityRegistry.build(people: [a, b], organisations: [office])
        #expect(registry == nil)
        #expect(diagnostics.map(\.summaryLine) == [
            "content/people/yvette-cooper.md:4: error: unknown organisation 'home-ofice'",
            "content/organisations/home-office.md:3: warning: alias 'Home' is a common English word and would be linked wherever it is capitalised",
            "content/people/sam-cooper.md:3: error: 'Yvette Cooper' is claimed by two entities: sam-cooper and yvette-cooper",
        ])
        #expect(diagnostics[0].hint == "did you mean 'home-office'?")
    }

    @Test func theFirstMentionInEachSectionIsLinkedUnlessEveryMentionIsWanted() throws {
        let (registry, _) = EntityRegistry.build(people: [person("yvette-cooper", "Yvette Cooper", aliases: ["Cooper"])], organisations: [])
        let markdown = "Yvette Cooper spoke. Cooper said more.\n\n## Later\n\nCooper again, as Yvette Cooper.\n"
        let first = MarkdownDocument(markdown)
        let found = EntityLinker(registry: try #require(registry)).link(first, root: "../")
        // "Cooper again" comes before the full name in its section, so it is not a mention.
        #expect(found.map(\.surface) == ["Yvette Cooper", "Cooper", "Yvette Cooper"])
        #expect(first.renderHTML().components(separatedBy: "<a href=").count - 1 == 2)
        let every = MarkdownDocument(markdown)
        _ = EntityLinker(registry: try #require(registry), linkEveryMention: true).link(every, root: "../")
        #expect(every.renderHTML().components(separatedBy: "<a href=").count - 1 == 3)
    }
}
