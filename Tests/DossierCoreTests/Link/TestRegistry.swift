@testable import DossierCore

/// The real entities of the seed articles, as an editor would register them.
enum TestRegistry {
    static let entities: [EntityName] = [
        EntityName(id: "yvette-cooper", kind: .person, name: "Yvette Cooper", aliases: ["Ms Cooper", "Cooper"]),
        EntityName(id: "louise-casey", kind: .person, name: "Louise Casey", aliases: ["Baroness Casey", "Baroness Louise Casey", "Casey"]),
        EntityName(id: "tom-crowther", kind: .person, name: "Tom Crowther", aliases: ["Tom Crowther KC", "Crowther"]),
        EntityName(id: "rebecca-riggs", kind: .person, name: "Rebecca Riggs"),
        EntityName(id: "jess-phillips", kind: .person, name: "Jess Phillips"),
        EntityName(id: "keir-starmer", kind: .person, name: "Keir Starmer", aliases: ["Sir Keir Starmer"]),
        EntityName(id: "kemi-badenoch", kind: .person, name: "Kemi Badenoch"),
        EntityName(id: "chris-philp", kind: .person, name: "Chris Philp"),
        EntityName(id: "sarah-hill", kind: .person, name: "Sarah Hill"),
        EntityName(id: "jane-ashworth", kind: .person, name: "Jane Ashworth"),
        EntityName(id: "ben-adams", kind: .person, name: "Ben Adams"),
        EntityName(id: "louise-gittins", kind: .person, name: "Louise Gittins"),
        EntityName(id: "arooj-shah", kind: .person, name: "Arooj Shah"),
        EntityName(id: "alexis-jay", kind: .person, name: "Alexis Jay", aliases: ["Professor Alexis Jay", "Professor Jay"]),
        EntityName(id: "baroness-newlove", kind: .person, name: "Baroness Newlove"),
        EntityName(id: "stoke-on-trent-city-council", kind: .organisation, name: "Stoke-on-Trent City Council"),
        EntityName(id: "staffordshire-police", kind: .organisation, name: "Staffordshire Police"),
        EntityName(id: "home-office", kind: .organisation, name: "Home Office"),
        EntityName(id: "npcc", kind: .organisation, name: "National Police Chiefs' Council", aliases: ["NPCC"]),
        EntityName(id: "cps", kind: .organisation, name: "Crown Prosecution Service", aliases: ["CPS"]),
        EntityName(id: "iicsa", kind: .organisation, name: "Independent Inquiry into Child Sexual Abuse", aliases: ["IICSA"]),
        EntityName(id: "local-government-association", kind: .organisation, name: "Local Government Association", aliases: ["LGA"]),
        EntityName(id: "oldham-council", kind: .organisation, name: "Oldham Council", aliases: ["Oldham Metropolitan Borough Council"]),
        EntityName(id: "house-of-commons", kind: .organisation, name: "House of Commons"),
    ]

    static func finder(adding extra: [EntityName] = []) throws -> MentionFinder {
        try MentionFinder(entities: entities + extra)
    }
}

struct Found: Equatable, CustomStringConvertible {
    var id: String
    var surface: String
    init(_ id: String, _ surface: String) {
        self.id = id
        self.surface = surface
    }
    var description: String { "(\(id), \(surface))" }
}

extension MentionFinder {
    /// Mentions in a single-run section, reduced to what a reader sees.
    func found(in text: String) -> [Found] {
        mentions(in: [text]).map { Found($0.entityID, $0.surface) }
    }

    func found(inRuns runs: [String]) -> [Found] {
        mentions(in: runs).map { Found($0.entityID, $0.surface) }
    }
}
