/// Who may appear as a person in the dossier. Victims are never identified; a survivor who
/// chose to speak publicly is marked `survivor: true`, and only such a person may be described
/// as a survivor or victim. A person with no public role looks like a private individual.
public struct PeopleGuard: Sendable {
    /// Phrases that describe the person themselves as a survivor or victim ("is a survivor of",
    /// "was groomed"), not ones about their work for survivors ("victim-centred", "supports victims").
    static let survivorPhrases = ["is a survivor", "was a survivor", "as a survivor", "survivor of", "is a victim", "was a victim",
                                  "victim of", "was abused", "was groomed", "were abused", "was exploited", "waived anonymity",
                                  "waived her anonymity", "waived his anonymity", "waived their anonymity"].map(PhrasePattern.init)

    public init() {}

    public func check(_ people: [Person]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for person in people {
            let ownWords = ([person.description] + person.roles.map(\.title)).joined(separator: "\n")
            let describesAsSurvivor = Self.survivorPhrases.contains { $0.contains(ownWords) }
            if describesAsSurvivor, !person.survivor {
                // A warning, not an error: only the never-publish list stops a build.
                diagnostics.append(.warning(person.path, line: person.bodyFirstLine, "\(person.name) is described as a survivor or victim but is not marked 'survivor: true'",
                                          hint: "only survivors who chose to speak publicly may be named as such: add 'survivor: true' if they did, otherwise remove the description"))
            }
            if person.roles.isEmpty, !person.survivor {
                diagnostics.append(.warning(person.path, line: person.keyLines["name"], "\(person.name) has no public role: this looks like a private individual",
                                            hint: "add their public role under 'roles:', or remove the file; survivors who speak publicly are marked 'survivor: true'"))
            }
        }
        return diagnostics
    }
}
