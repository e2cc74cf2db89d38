import Testing
@testable import DossierCore

/// A large registry and a megabyte of text: checks that results stay exactly right at scale.
/// Timing is printed for information only; the assertion is on correctness.
@Suite struct PerformanceSanityTests {
    /// Deterministic pseudo-random numbers, so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let syllables = ["bar", "ton", "mel", "dri", "vok", "san", "lur", "pem", "gis", "hal", "nor", "wex", "tib", "cor", "fen", "jad", "kum", "oth", "rav", "zel"]
    static let firstNames = ["Amara", "Bilal", "Carys", "Dafydd", "Eilidh", "Farah", "Gethin", "Hana", "Idris", "Jodie"]

    static func generatedRegistry() -> [EntityName] {
        var generator = Generator(state: 42)
        var used = Set<String>()
        var entities: [EntityName] = []
        while entities.count < 2_000 {
            let stem = (0..<3).map { _ in syllables[generator.next(syllables.count)] }.joined()
            let word = stem.prefix(1).uppercased() + stem.dropFirst()
            guard used.insert(word).inserted else { continue }
            if entities.count % 4 == 3 {
                entities.append(EntityName(id: "org-\(entities.count)", kind: .organisation, name: "\(word) Borough Council", aliases: ["\(word.uppercased())BC"]))
            } else {
                let first = firstNames[generator.next(firstNames.count)]
                entities.append(EntityName(id: "person-\(entities.count)", kind: .person, name: "\(first) \(word)", aliases: ["Cllr \(word)"]))
            }
        }
        return entities
    }

    @Test func twoThousandEntitiesOverOneMegabyte() throws {
        let entities = Self.generatedRegistry()
        let clock = ContinuousClock()
        var finder: MentionFinder?
        let buildTime = try clock.measure { finder = try MentionFinder(entities: entities) }
        let mentionFinder = try #require(finder)

        var generator = Generator(state: 7)
        var runs: [String] = []
        var expected: [(id: String, surface: String)] = []
        var size = 0
        while size < 1_000_000 {
            let person = entities[generator.next(entities.count / 4) * 4]
            let organisation = entities[generator.next(entities.count / 4) * 4 + 3]
            let surname = String(person.name.split(separator: " ").last!)
            let run = "The cooperation of \(person.name) with the \(organisation.name) was noted, and \(surname)’s team agreed; \(organisation.aliases[0]) minutes show Cllr \(surname) spoke."
            expected += [(person.id, person.name), (organisation.id, organisation.name), (person.id, surname), (organisation.id, organisation.aliases[0]), (person.id, "Cllr \(surname)")]
            runs.append(run)
            size += run.utf8.count
        }

        var mentions: [Mention] = []
        let scanTime = clock.measure { mentions = mentionFinder.mentions(in: runs) }
        print("Registry of \(entities.count) entities built in \(buildTime); scanned \(size) bytes in \(runs.count) runs in \(scanTime); \(mentions.count) mentions")

        #expect(mentions.count == expected.count)
        #expect(mentions.map(\.entityID) == expected.map(\.id))
        #expect(mentions.map(\.surface) == expected.map(\.surface))
    }
}
