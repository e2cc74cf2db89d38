/// Who a quote is attributed to, as read from the attribution phrase.
struct SpeakerAttribution: Equatable {
    /// The phrase as written ("Cllr Sarah Hill", "the Tory leader"), or the
    /// joined names of a joint statement.
    var speaker: String?
    /// Personal name with job titles removed, when recognisable.
    var speakerName: String?
    /// One entry per person.
    var speakers: [String]
    /// "she", "it", …: the caller must resolve it from context.
    var isPronoun: Bool = false
}
