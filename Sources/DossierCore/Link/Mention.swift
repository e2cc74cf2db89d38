/// How the surface text of a mention relates to the entity's registered names.
/// The caller may use this to decide what to link (e.g. skip `.surnameOnly` in headlines).
public enum MentionForm: String, Equatable, Hashable, Sendable, CaseIterable {
    /// The registered name, or first name + surname when the registered name has middle names.
    case fullName
    /// An explicitly registered alias that is neither an acronym nor a person-name form.
    case alias
    /// An all-caps registered alias such as "NPCC" or "IICSA".
    case acronym
    /// A title followed by the full name: "Home Secretary Yvette Cooper", "Baroness (Louise) Casey".
    case titleForm
    /// A title followed by the surname only: "Ms Cooper", "DCC Riggs", "Professor Jay".
    case titleSurname
    /// The bare surname: "Cooper said…". Only produced after an earlier full mention.
    case surnameOnly
}

/// One occurrence of a registered entity in a run of text.
public struct Mention: Equatable, Hashable, Sendable {
    public var entityID: String
    /// Index into the `runs` array given to `MentionFinder.mentions(in:)`.
    public var run: Int
    /// UTF-8 byte offsets into that run. Byte offsets are stable across Swift versions and
    /// across String.Index invalidation, and map directly onto Markdown source positions.
    /// A possessive "'s"/"’s" is NOT inside the range, so a link reads "[Casey](…)’s report".
    /// A trailing "KC"/"QC" IS inside the range ("Mr Crowther KC").
    public var range: Range<Int>
    /// Exactly the text covered by `range`, e.g. "Baroness Casey".
    public var surface: String
    public var form: MentionForm
    /// True when the text continued with "'s"/"’s" right after `range`.
    public var isPossessive: Bool

    public init(entityID: String, run: Int, range: Range<Int>, surface: String, form: MentionForm, isPossessive: Bool = false) {
        self.entityID = entityID
        self.run = run
        self.range = range
        self.surface = surface
        self.form = form
        self.isPossessive = isPossessive
    }
}

extension Array where Element == Mention {
    /// Keeps only the first mention of each entity, the usual "link once per section" policy.
    public func firstMentionPerEntity() -> [Mention] {
        var seen = Set<String>()
        return filter { seen.insert($0.entityID).inserted }
    }
}
