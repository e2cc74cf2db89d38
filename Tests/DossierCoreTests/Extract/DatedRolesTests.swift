@testable import DossierCore
import Testing

/// "The Home Secretary said…" names whoever held the role that day: a statement about the
/// role's holder must not merge with one about someone else.
@Suite struct DatedRolesTests {
    static func person(_ slug: String, _ name: String, _ roles: [Role]) -> Person {
        Person(slug: slug, path: "content/people/\(slug).md", keyLines: [:], name: name, aliases: [], roles: roles, description: "")
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

    static let roles: DatedRoles = {
        let people = [
            person("yvette-cooper", "Yvette Cooper", [Role(title: "Home Secretary", from: day(2024, 7, 5), until: day(2025, 9, 5))]),
            person("shabana-mahmood", "Shabana Mahmood", [Role(title: "Home Secretary", from: day(2025, 9, 5), until: nil)]),
            person("ann-example", "Ann Example", [Role(title: "Director of Children’s Services, Derby Council", from: day(2020, 1, 1), until: nil),
                                                  Role(title: "Chair", from: nil, until: nil)]),
            person("quoted-title", "Q Title", [Role(title: "‘Independent’ Scrutineer", from: day(2020, 1, 1), until: nil)]),
        ]
        let (registry, diagnostics) = EntityRegistry.build(people: people, organisations: [])
        #expect(diagnostics.errors.isEmpty)
        return DatedRoles(registry: registry!)
    }()

    @Test func theHolderIsWhoeverHeldTheRoleThatDay() {
        let roles = Self.roles
        #expect(roles.holders(in: "The Home Secretary said the audit was overdue.", on: Self.day(2025, 1, 16)) == ["yvette-cooper"])
        #expect(roles.holders(in: "the home secretary, speaking later, agreed.", on: Self.day(2025, 10, 1)) == ["shabana-mahmood"])
        #expect(roles.holders(in: "The Home Secretary said so.", on: Self.day(2023, 1, 1)) == [])
        #expect(roles.holders(in: "The Home Secretary said so.", on: nil) == [])
        // On the handover day both held it, by the registry's dates.
        #expect(roles.holders(in: "The Home Secretary said so.", on: Self.day(2025, 9, 5)) == ["yvette-cooper", "shabana-mahmood"])
    }

    @Test func someoneElseWithTheTitleIsNotTheHolder() {
        let roles = Self.roles
        let day = Self.day(2025, 1, 16)
        #expect(roles.holders(in: "The shadow home secretary questioned it.", on: day) == [])
        #expect(roles.holders(in: "A former Home Secretary wrote to the panel.", on: day) == [])
        #expect(roles.holders(in: "The Home Secretaryship is not a word here.", on: day) == [])
        #expect(roles.holders(in: "Dear Home-Secretary.", on: day) == [])
    }

    /// Titles are found whole, whatever their first word, apostrophes or punctuation; an
    /// undated role names nobody.
    @Test func titlesAreFoundWholeWhereverTheyStart() {
        let roles = Self.roles
        let day = Self.day(2025, 1, 16)
        #expect(roles.holders(in: "The director of children's services, Derby Council, and the Home Secretary met.", on: day)
                == ["ann-example", "yvette-cooper"])
        #expect(roles.holders(in: "The ‘independent’ scrutineer reported.", on: day) == ["quoted-title"])
        #expect(roles.holders(in: "The chair said nothing.", on: day) == [])
        #expect(roles.holders(in: "Derby Council’s director of children’s services.", on: day) == [])
    }
}
