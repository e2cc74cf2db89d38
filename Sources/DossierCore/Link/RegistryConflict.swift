/// Thrown when the registry cannot be matched unambiguously, so that a bad registry fails
/// the build instead of silently linking a name to the wrong person.
public struct RegistryConflict: Error, Equatable, Hashable, Sendable {
    public enum Reason: String, Equatable, Hashable, Sendable {
        /// Two entities register the same name/alias (case-sensitive, after treating
        /// curly and straight apostrophes as equal).
        case sharedAlias
        /// Two entities use the same id.
        case duplicateID
        /// A name or alias contains no letters or digits, so it could never match.
        case unmatchableName
    }

    /// The contested text (or id, for `.duplicateID`).
    public var alias: String
    /// Sorted ids of the entities involved.
    public var entityIDs: [String]
    public var reason: Reason

    public init(alias: String, entityIDs: [String], reason: Reason = .sharedAlias) {
        self.alias = alias
        self.entityIDs = entityIDs
        self.reason = reason
    }
}
