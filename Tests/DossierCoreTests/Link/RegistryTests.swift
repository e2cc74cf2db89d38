import Testing
@testable import DossierCore

@Suite struct RegistryConflictTests {
    @Test func twoEntitiesRegisteringTheSameAliasIsAConflict() {
        let entities = [
            EntityName(id: "police-and-crime-commissioner", kind: .organisation, name: "Police and Crime Commissioner", aliases: ["PCC"]),
            EntityName(id: "press-complaints-commission", kind: .organisation, name: "Press Complaints Commission", aliases: ["PCC"]),
        ]
        #expect(throws: RegistryConflict(alias: "PCC", entityIDs: ["police-and-crime-commissioner", "press-complaints-commission"])) {
            try MentionFinder(entities: entities)
        }
    }

    @Test func curlyAndStraightApostropheSpellingsAreTheSameAlias() {
        let entities = TestRegistry.entities + [
            EntityName(id: "npcc-duplicate", kind: .organisation, name: "NPCC Secretariat", aliases: ["National Police Chiefs’ Council"]),
        ]
        #expect(throws: RegistryConflict(alias: "National Police Chiefs’ Council", entityIDs: ["npcc", "npcc-duplicate"])) {
            try MentionFinder(entities: entities)
        }
    }

    @Test func duplicateIDIsAConflict() {
        let entities = [
            EntityName(id: "cps", kind: .organisation, name: "Crown Prosecution Service"),
            EntityName(id: "cps", kind: .organisation, name: "Child Protection Service"),
        ]
        #expect(throws: RegistryConflict(alias: "cps", entityIDs: ["cps", "cps"], reason: .duplicateID)) {
            try MentionFinder(entities: entities)
        }
    }

    @Test func aliasWithoutLettersIsUnmatchable() {
        #expect(throws: RegistryConflict(alias: "--", entityIDs: ["x"], reason: .unmatchableName)) {
            try MentionFinder(entities: [EntityName(id: "x", kind: .organisation, name: "X Council", aliases: ["--"])])
        }
    }

    @Test func peopleSharingASurnameAreNotAConflict() throws {
        _ = try TestRegistry.finder(adding: [EntityName(id: "sam-cooper", kind: .person, name: "Sam Cooper", aliases: ["Cooper", "Ms Cooper"])])
    }

    @Test func aliasesDifferingOnlyInCaseAreNotAConflict() throws {
        _ = try MentionFinder(entities: [
            EntityName(id: "a", kind: .organisation, name: "Alpha Trust", aliases: ["ACT"]),
            EntityName(id: "b", kind: .organisation, name: "Beta Trust", aliases: ["Act"]),
        ])
    }

    @Test func registeredSeedRegistryBuilds() throws {
        let finder = try TestRegistry.finder()
        #expect(finder.entities.count == TestRegistry.entities.count)
    }
}

@Suite struct RegistryLintTests {
    @Test func seedRegistryIsClean() {
        #expect(RegistryLint.warnings(for: TestRegistry.entities) == [])
    }

    @Test func commonWordAliasesAreFlagged() {
        let entities = [
            EntityName(id: "oldham-council", kind: .organisation, name: "Oldham Council", aliases: ["Council"]),
            EntityName(id: "staffordshire-police", kind: .organisation, name: "Staffordshire Police", aliases: ["Police"]),
            EntityName(id: "home-office", kind: .organisation, name: "Home Office", aliases: ["Home", "HOME"]),
            EntityName(id: "sarah-hill", kind: .person, name: "Sarah Hill", aliases: ["Hill"]),
        ]
        #expect(RegistryLint.warnings(for: entities) == [
            RegistryWarning(entityID: "oldham-council", alias: "Council", kind: .commonWord),
            RegistryWarning(entityID: "staffordshire-police", alias: "Police", kind: .commonWord),
            RegistryWarning(entityID: "home-office", alias: "Home", kind: .commonWord),
            RegistryWarning(entityID: "home-office", alias: "HOME", kind: .duplicateAlias),
        ])
    }

    @Test func shortAliasesAreFlagged() {
        let warnings = RegistryLint.warnings(for: [EntityName(id: "keir-starmer", kind: .person, name: "Keir Starmer", aliases: ["PM", "KS"])])
        #expect(warnings.map(\.kind) == [.tooShort, .tooShort])
    }

    @Test func duplicateAliasesAcrossEntitiesAreFlagged() {
        let entities = [
            EntityName(id: "a", kind: .organisation, name: "Alpha Trust", aliases: ["ACT"]),
            EntityName(id: "b", kind: .organisation, name: "Beta Trust", aliases: ["Act"]),
        ]
        #expect(RegistryLint.warnings(for: entities) == [RegistryWarning(entityID: "b", alias: "Act", kind: .duplicateAlias, otherEntityIDs: ["a"])])
    }

    @Test func aliasShadowingAnotherPersonsSurnameIsFlagged() {
        let entities = [
            EntityName(id: "louise-casey", kind: .person, name: "Louise Casey", aliases: ["Casey"]),
            EntityName(id: "casey-review", kind: .organisation, name: "Casey Review", aliases: ["Casey"]),
        ]
        #expect(RegistryLint.warnings(for: entities).contains(
            RegistryWarning(entityID: "casey-review", alias: "Casey", kind: .shadowsSurname, otherEntityIDs: ["louise-casey"])))
    }

    @Test func builtInWordListIsAReasonableSize() {
        #expect(CommonEnglishWords.all.count >= 300)
        #expect(!CommonEnglishWords.all.contains("hill"))
        #expect(CommonEnglishWords.all.allSatisfy { $0 == $0.lowercased() })
    }
}
