/// Turns a registry into a `NameAutomaton`, generating the title and surname forms for
/// people and rejecting registries that would make a name point at two entities.
struct RegistryAutomatonBuilder {
    let entities: [EntityName]
    let titleSpellings: [[String]]
    private(set) var automaton = NameAutomaton()
    /// Per entity index: the derived surname key (people only).
    private(set) var surnames: [String?]
    /// Node -> which entity registered it and with what text, to report conflicts.
    private var registeredClaims: [Int: (entityIndex: Int, text: String)] = [:]

    init(entities: [EntityName], titles: [String]) {
        self.entities = entities
        titleSpellings = titles.flatMap(PersonTitles.spellings(of:))
        surnames = Array(repeating: nil, count: entities.count)
    }

    mutating func build() throws(RegistryConflict) {
        var idOwners: [String: Int] = [:]
        for (index, entity) in entities.enumerated() {
            if let other = idOwners[entity.id] {
                throw RegistryConflict(alias: entity.id, entityIDs: [entities[other].id, entity.id], reason: .duplicateID)
            }
            idOwners[entity.id] = index
        }
        for spelling in titleSpellings {
            automaton.markTitleEnd(automaton.insert(spelling, under: NameAutomaton.titleRoot))
        }
        for index in entities.indices {
            switch entities[index].kind {
            case .person: try addPerson(index)
            case .organisation: try addOrganisation(index)
            }
        }
    }

    private mutating func addOrganisation(_ index: Int) throws(RegistryConflict) {
        let entity = entities[index]
        let nameKeys = try keys(of: entity.name, entityIndex: index)
        try register(nameKeys, text: entity.name, form: .fullName, entityIndex: index)
        for alias in entity.aliases {
            let aliasKeys = try keys(of: alias, entityIndex: index)
            if aliasKeys == nameKeys { continue }
            try register(aliasKeys, text: alias, form: Self.isAcronym(aliasKeys) ? .acronym : .alias, entityIndex: index)
        }
    }

    private mutating func addPerson(_ index: Int) throws(RegistryConflict) {
        let entity = entities[index]
        let parts = PersonNameParts(name: entity.name, titleSpellings: titleSpellings)
        guard let surname = parts.surname else {
            throw RegistryConflict(alias: entity.name, entityIDs: [entity.id], reason: .unmatchableName)
        }
        surnames[index] = surname

        try register(parts.registered, text: entity.name, form: .fullName, entityIndex: index)
        if parts.core.count >= 2, parts.core != parts.registered {
            // "Keir Starmer" for a registered "Sir Keir Starmer": still a full name.
            try register(parts.core, text: entity.name, form: .fullName, entityIndex: index)
        }
        if let firstAndSurname = parts.firstAndSurname {
            generate(firstAndSurname, under: NameAutomaton.nameRoot, form: .fullName, entityIndex: index)
        }
        generate([surname], under: NameAutomaton.nameRoot, form: .surnameOnly, entityIndex: index)

        // Forms that may follow a title.
        if parts.core.count >= 2 {
            generate(parts.core, under: NameAutomaton.titledNameRoot, form: .titleForm, entityIndex: index)
        }
        if let firstAndSurname = parts.firstAndSurname {
            generate(firstAndSurname, under: NameAutomaton.titledNameRoot, form: .titleForm, entityIndex: index)
        }
        if let firstName = parts.firstName {
            // "Baroness (Louise) Casey"
            generate(["(", firstName, ")", surname], under: NameAutomaton.titledNameRoot, form: .titleForm, entityIndex: index)
        }
        generate([surname], under: NameAutomaton.titledNameRoot, form: .titleSurname, entityIndex: index)

        let generatedNameForms: [[String]] = [parts.registered, parts.core, parts.firstAndSurname, [surname]].compactMap { $0 }
        let generatedTitledForms: [[String]] = generatedNameForms + (parts.firstName.map { [["(", $0, ")", surname]] } ?? [])
        for alias in entity.aliases {
            var aliasKeys = try keys(of: alias, entityIndex: index)
            while let last = aliasKeys.last, aliasKeys.count > 1, PersonTitles.postNominals.contains(last) {
                aliasKeys.removeLast()
            }
            // Surname and title forms listed as aliases are already generated, and must keep
            // their context rules rather than become unconditional.
            if generatedNameForms.contains(aliasKeys) { continue }
            if let split = PersonNameParts.splitTitle(aliasKeys, titleSpellings: titleSpellings),
               generatedTitledForms.contains(split.rest) {
                continue
            }
            try register(aliasKeys, text: alias, form: Self.isAcronym(aliasKeys) ? .acronym : .alias, entityIndex: index)
        }
    }

    private func keys(of text: String, entityIndex: Int) throws(RegistryConflict) -> [String] {
        let tokens = TextToken.tokenize(text)
        guard tokens.contains(where: \.isWord) else {
            throw RegistryConflict(alias: text, entityIDs: [entities[entityIndex].id], reason: .unmatchableName)
        }
        return tokens.map(\.key)
    }

    /// Adds an editor-typed form; another entity typing the same text is a conflict.
    private mutating func register(_ keys: [String], text: String, form: MentionForm, entityIndex: Int) throws(RegistryConflict) {
        let node = automaton.insert(keys, under: NameAutomaton.nameRoot)
        if let claim = registeredClaims[node], claim.entityIndex != entityIndex {
            throw RegistryConflict(
                alias: text,
                entityIDs: [entities[claim.entityIndex].id, entities[entityIndex].id].sorted(),
                reason: .sharedAlias
            )
        }
        registeredClaims[node] = (entityIndex, text)
        automaton.add(MatchCandidate(entityIndex: entityIndex, form: form, isRegistered: true), at: node)
    }

    /// Adds a derived form; collisions between entities are resolved per section at match time.
    private mutating func generate(_ keys: [String], under root: Int, form: MentionForm, entityIndex: Int) {
        let node = automaton.insert(keys, under: root)
        automaton.add(MatchCandidate(entityIndex: entityIndex, form: form, isRegistered: false), at: node)
    }

    /// "NPCC", "IICSA", "CAID": one word, at least two letters, no lower case.
    static func isAcronym(_ keys: [String]) -> Bool {
        guard keys.count == 1, let word = keys.first else { return false }
        let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
    }
}
