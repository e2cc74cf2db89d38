/// Reviews a registry for aliases that are legal but risky. Pure: no side effects, and
/// independent of `MentionFinder` so it can run in an editor or a CI step on its own.
public enum RegistryLint {
    /// Warnings in registry order. Single-word registered names are checked like aliases.
    public static func warnings(
        for entities: [EntityName],
        commonWords: Set<String> = CommonEnglishWords.all
    ) -> [RegistryWarning] {
        var warnings: [RegistryWarning] = []
        let surnameOwners = surnamesByOwner(entities)
        var firstOwnerOfAlias: [String: String] = [:]

        for entity in entities {
            var forms = entity.aliases
            if !entity.name.contains(where: \.isWhitespace) {
                forms.insert(entity.name, at: 0)
            }
            var seenInEntity = Set<String>()
            for alias in forms {
                let trimmed = alias.trimmingWhitespace()
                let folded = fold(trimmed)
                if trimmed.count < 3 {
                    warnings.append(RegistryWarning(entityID: entity.id, alias: alias, kind: .tooShort))
                }
                if commonWords.contains(folded), !isAllCaps(trimmed) {
                    warnings.append(RegistryWarning(entityID: entity.id, alias: alias, kind: .commonWord))
                }
                if !seenInEntity.insert(folded).inserted {
                    warnings.append(RegistryWarning(entityID: entity.id, alias: alias, kind: .duplicateAlias))
                } else if let owner = firstOwnerOfAlias[folded], owner != entity.id {
                    warnings.append(RegistryWarning(entityID: entity.id, alias: alias, kind: .duplicateAlias, otherEntityIDs: [owner]))
                } else {
                    firstOwnerOfAlias[folded] = entity.id
                }
                let others = (surnameOwners[trimmed] ?? []).filter { $0 != entity.id }
                if !others.isEmpty, !trimmed.contains(where: \.isWhitespace) {
                    warnings.append(RegistryWarning(entityID: entity.id, alias: alias, kind: .shadowsSurname, otherEntityIDs: others))
                }
            }
        }
        return warnings
    }

    private static func surnamesByOwner(_ entities: [EntityName]) -> [String: [String]] {
        let titleSpellings = PersonTitles.standard.flatMap(PersonTitles.spellings(of:))
        var owners: [String: [String]] = [:]
        for entity in entities where entity.kind == .person {
            if let surname = PersonNameParts(name: entity.name, titleSpellings: titleSpellings).surname {
                owners[surname, default: []].append(entity.id)
            }
        }
        return owners
    }

    private static func fold(_ text: String) -> String {
        String(text.lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
    }

    private static func isAllCaps(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter(\.properties.isAlphabetic)
        return letters.count >= 2 && letters.allSatisfy { !$0.properties.isLowercase }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
