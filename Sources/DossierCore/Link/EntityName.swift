/// What kind of thing a registered entity is. Only people get generated
/// title forms and surname-only matching; organisations match exactly as registered.
public enum EntityKind: String, Equatable, Hashable, Sendable, CaseIterable {
    case person
    case organisation
}

/// One registered entity as the mention finder sees it: the canonical name plus the
/// extra surface forms an editor has vouched for.
public struct EntityName: Equatable, Hashable, Sendable {
    /// Page slug, e.g. "yvette-cooper". Must be unique across the registry.
    public var id: String
    public var kind: EntityKind
    /// Canonical name as it appears in prose, e.g. "Yvette Cooper", "Baroness Newlove",
    /// "National Police Chiefs' Council". Matched case-sensitively.
    public var name: String
    /// Extra forms, e.g. ["Ms Cooper", "Cooper"] or ["NPCC"]. For people, an alias that is
    /// the bare surname or a title + surname does NOT become an unconditional alias: it is
    /// subject to the same context rules as the generated forms (see `MentionFinder`).
    public var aliases: [String]

    public init(id: String, kind: EntityKind, name: String, aliases: [String] = []) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
    }
}
