/// Direct speech attributed to a speaker, possibly spanning several paragraphs.
public struct Quote: Equatable, Sendable {
    /// The spoken words without the surrounding quotation marks or attribution;
    /// separate paragraphs or passages are joined with "\n\n".
    public var text: String
    /// The attribution as written, e.g. "Cllr Sarah Hill", "the Tory leader",
    /// or "Rebecca Riggs and Richard Fewkes" for a joint statement. A pronoun
    /// ("she", "it") is replaced by the speaker it refers to when that is known.
    public var speaker: String?
    /// The personal name inside `speaker` with job titles removed, when one is
    /// recognisable ("Council leader Jane Ashworth" -> "Jane Ashworth").
    public var speakerName: String?
    /// One entry per person for joint statements; one entry otherwise.
    public var speakers: [String]
    /// Indexes into `CleanedArticle.blocks` of the paragraphs the quote covers.
    public var blockIndexes: [Int]

    public init(text: String, speaker: String?, speakerName: String? = nil, speakers: [String] = [], blockIndexes: [Int]) {
        self.text = text
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakers = speakers
        self.blockIndexes = blockIndexes
    }
}
