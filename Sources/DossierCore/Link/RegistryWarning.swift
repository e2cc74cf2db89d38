/// A registry entry that will probably produce wrong or surprising links. Unlike
/// `RegistryConflict` these do not stop a build; they are for an editor to review.
public struct RegistryWarning: Equatable, Hashable, Sendable {
    public enum Kind: String, Equatable, Hashable, Sendable {
        /// The alias is an ordinary English word ("Council", "Police", "Home") and would
        /// match wherever the word is capitalised.
        case commonWord
        /// The same alias (ignoring case and apostrophe style) is listed twice, in one entity
        /// or across entities.
        case duplicateAlias
        /// Fewer than three characters: too likely to match initials or abbreviations.
        case tooShort
        /// The alias equals the surname of a registered person, so it would link that person's
        /// bare surname to this entity without the surname-only safeguards.
        case shadowsSurname
    }

    public var entityID: String
    public var alias: String
    public var kind: Kind
    /// Other entities involved (for `.duplicateAlias` and `.shadowsSurname`).
    public var otherEntityIDs: [String]

    public init(entityID: String, alias: String, kind: Kind, otherEntityIDs: [String] = []) {
        self.entityID = entityID
        self.alias = alias
        self.kind = kind
        self.otherEntityIDs = otherEntityIDs
    }
}
