@testable import DossierCore

/// A small registry of the dossier's real names, built once: the linker's rules (titles,
/// surnames, possessives, acronyms, shared surnames) all get something to match.
enum FuzzRegistry {
    static let linker: EntityLinker = {
        let people = [
            person("yvette-cooper", "Yvette Cooper", ["Ms Cooper"]),
            person("louise-casey", "Louise Casey", ["Baroness Casey", "Baroness Louise Casey"]),
            person("tom-crowther", "Tom Crowther", ["Tom Crowther KC"]),
            person("rebecca-riggs", "Rebecca Riggs", ["DCC Riggs"]),
            person("jess-phillips", "Jess Phillips", []),
            person("keir-starmer", "Keir Starmer", ["Sir Keir Starmer"]),
            person("ben-adams", "Ben Adams", []),
            person("sarah-hill", "Sarah Hill", []),
            person("alexis-jay", "Alexis Jay", ["Professor Alexis Jay"]),
        ]
        let organisations = [
            organisation("national-police-chiefs-council", "National Police Chiefs' Council", ["NPCC"]),
            organisation("home-office", "Home Office", []),
            organisation("independent-inquiry-into-child-sexual-abuse", "Independent Inquiry into Child Sexual Abuse", ["IICSA"]),
            organisation("crown-prosecution-service", "Crown Prosecution Service", ["CPS"]),
            organisation("stoke-on-trent-city-council", "Stoke-on-Trent City Council", []),
            organisation("staffordshire-police", "Staffordshire Police", []),
        ]
        let (registry, diagnostics) = EntityRegistry.build(people: people, organisations: organisations)
        guard let registry else { fatalError("the fuzz registry does not build: \(diagnostics)") }
        return EntityLinker(registry: registry)
    }()

    static let abbreviations = AbbreviationMarker(glossary: [
        GlossaryEntry(term: "CSE", expansion: "child sexual exploitation", definition: ""),
        GlossaryEntry(term: "KC", expansion: "King's Counsel <\"&'>", definition: ""),
        GlossaryEntry(term: "NPCC", expansion: "National Police Chiefs' Council", definition: ""),
    ])

    private static func person(_ slug: String, _ name: String, _ aliases: [String]) -> Person {
        Person(slug: slug, path: "content/people/\(slug).md", name: name, aliases: aliases, roles: [], description: "")
    }

    private static func organisation(_ slug: String, _ name: String, _ aliases: [String]) -> Organisation {
        Organisation(slug: slug, path: "content/organisations/\(slug).md", name: name, aliases: aliases, kind: nil, parent: nil, description: "")
    }
}
