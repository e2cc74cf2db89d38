/// The dossier's people and organisations, checked against each other, with one automaton
/// over every name and alias.
public struct EntityRegistry: Sendable {
    public let people: [String: Person]
    public let organisations: [String: Organisation]
    public let finder: MentionFinder

    public static func build(people: [Person], organisations: [Organisation]) -> (EntityRegistry?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let organisationSlugs = Set(organisations.map(\.slug))
        let peopleSlugs = Set(people.map(\.slug))

        for slug in organisationSlugs.intersection(peopleSlugs).sorted() {
            let organisation = organisations.first { $0.slug == slug }!
            diagnostics.append(.error(organisation.path, "slug '\(slug)' is also a person's: people/\(slug).md", hint: "rename one of the two files"))
        }
        for person in people {
            for role in person.roles {
                if let organisation = role.organisation, !organisationSlugs.contains(organisation) {
                    diagnostics.append(unknownOrganisation(organisation, in: person.path, line: person.keyLines["roles"], known: organisationSlugs))
                }
            }
        }
        for organisation in organisations {
            if let parent = organisation.parent, !organisationSlugs.contains(parent) {
                diagnostics.append(unknownOrganisation(parent, in: organisation.path, line: organisation.keyLines["parent"], known: organisationSlugs))
            } else if organisation.parent == organisation.slug {
                diagnostics.append(.error(organisation.path, line: organisation.keyLines["parent"], "an organisation cannot be its own parent",
                                          hint: "remove 'parent', or give the file name of the organisation it belongs to"))
            }
        }

        let names = people.map { EntityName(id: $0.slug, kind: .person, name: $0.name, aliases: $0.aliases) }
            + organisations.map { EntityName(id: $0.slug, kind: .organisation, name: $0.name, aliases: $0.aliases) }
        let paths = Dictionary(people.map { ($0.slug, ($0.path, $0.keyLines["aliases"] ?? $0.keyLines["name"])) }
            + organisations.map { ($0.slug, ($0.path, $0.keyLines["aliases"] ?? $0.keyLines["name"])) }, uniquingKeysWith: { a, _ in a })

        for warning in RegistryLint.warnings(for: names) {
            guard let (path, line) = paths[warning.entityID] else { continue }
            let others = warning.otherEntityIDs.isEmpty ? "" : " (also \(warning.otherEntityIDs.joined(separator: ", ")))"
            let message: String, hint: String
            switch warning.kind {
            case .commonWord:
                message = "alias '\(warning.alias)' is a common English word and would be linked wherever it is capitalised"
                hint = "use a longer form, such as the full name"
            case .duplicateAlias:
                message = "alias '\(warning.alias)' is listed more than once\(others)"
                hint = "keep it in one place"
            case .tooShort:
                message = "alias '\(warning.alias)' is shorter than three characters"
                hint = "short aliases match initials and abbreviations: use a longer form"
            case .shadowsSurname:
                message = "alias '\(warning.alias)' is another person's surname\(others)"
                hint = "a bare surname is linked only after the full name; an alias is linked everywhere"
            }
            diagnostics.append(.warning(path, line: line, message, hint: hint))
        }

        do {
            let finder = try MentionFinder(entities: names)
            guard diagnostics.errors.isEmpty else { return (nil, diagnostics) }
            return (EntityRegistry(people: Dictionary(people.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
                                   organisations: Dictionary(organisations.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a }),
                                   finder: finder), diagnostics)
        } catch {
            let first = error.entityIDs.first ?? ""
            let (path, line) = paths[first] ?? ("content", nil)
            let others = error.entityIDs.dropFirst().joined(separator: ", ")
            switch error.reason {
            case .sharedAlias:
                diagnostics.append(.error(path, line: line, "'\(error.alias)' is claimed by two entities: \(first) and \(others)",
                                          hint: "a name may belong to one entity only; remove it from one of them"))
            case .duplicateID:
                diagnostics.append(.error(path, "duplicate slug '\(error.alias)'", hint: "rename one of the files"))
            case .unmatchableName:
                diagnostics.append(.error(path, line: line, "'\(error.alias)' has no letters or digits and can never match", hint: "remove it"))
            }
            return (nil, diagnostics)
        }
    }

    private static func unknownOrganisation(_ slug: String, in path: String, line: Int?, known: Set<String>) -> Diagnostic {
        let hint = Suggestion.closest(to: slug, in: known.sorted()).map { "did you mean '\($0)'?" } ?? "add content/organisations/\(slug).md, or use an existing organisation's file name"
        return .error(path, line: line, "unknown organisation '\(slug)'", hint: hint)
    }

    public func name(of id: String) -> String {
        people[id]?.name ?? organisations[id]?.name ?? id
    }

    /// The role a person held on a date: a dated role that covers it, else their only undated
    /// role; with its organisation. Roles change (Rebecca Riggs, Yvette Cooper), so a quote shows the role
    /// its speaker held when they said it.
    public func role(of id: String, on date: Day?) -> String? {
        guard let person = people[id] else { return nil }
        let covering = person.roles.filter { role in
            guard let date else { return role.until == nil }
            return (role.from.map { $0 <= date } ?? true) && (role.until.map { date <= $0 } ?? true)
        }
        let dated = covering.filter { $0.from != nil || $0.until != nil }
        // With several undated roles the registry cannot say which was held then: say nothing
        // rather than guess.
        guard let role = dated.first ?? (covering.count == 1 ? covering.first : nil) else { return nil }
        return role.organisation.map { "\(role.title), \(name(of: $0))" } ?? role.title
    }

    /// The entity's page, relative to the site's root.
    public func page(of id: String) -> String {
        people[id] != nil ? "people/\(id).html" : "organisations/\(id).html"
    }
}
