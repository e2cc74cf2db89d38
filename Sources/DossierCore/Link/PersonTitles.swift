/// Titles and offices that may precede a person's name and become part of the mention:
/// "Home Secretary Yvette Cooper", "DCC Riggs", "Baroness Casey".
///
/// A title on its own never produces a mention; it only extends a following name, so a
/// long list here costs no precision.
public enum PersonTitles {
    public static let standard: [String] = [
        "Ms", "Mr", "Mrs", "Miss", "Mx", "Dr", "Cllr", "Councillor",
        "Baroness", "Lord", "Lady", "Sir", "Dame", "Professor", "Prof",
        "Deputy Chief Constable", "Assistant Chief Constable", "Chief Constable", "DCC", "ACC",
        "Home Secretary", "home secretary", "Prime Minister", "prime minister",
        "shadow home secretary", "Minister", "Commissioner",
    ]

    /// Post-nominals that are swallowed into the mention when they follow a name
    /// ("Tom Crowther KC") and ignored when deriving the surname.
    public static let postNominals: Set<String> = ["KC", "QC", "MP", "OBE", "CBE", "MBE", "DBE", "KBE"]

    /// Titles that imply how the person is addressed. Used only to refuse a contradiction:
    /// if Louise Casey is registered as "Baroness Casey", then "Lord Casey" is someone else.
    static let feminineTitles: Set<String> = ["Ms", "Mrs", "Miss", "Baroness", "Lady", "Dame"]
    static let masculineTitles: Set<String> = ["Mr", "Lord", "Sir"]

    /// Abbreviated titles that some house styles write with a full stop ("Dr. Smith").
    static let abbreviations: Set<String> = ["Ms", "Mr", "Mrs", "Mx", "Dr", "Cllr", "Prof"]

    /// The spellings to recognise for one title: as given, with a capital first letter
    /// (sentence start: "Home secretary Yvette Cooper has ordered…") and in Title Case
    /// ("Shadow Home Secretary Chris Philp").
    static func spellings(of title: String) -> [[String]] {
        let words = TextToken.tokenize(title).map(\.key)
        guard !words.isEmpty else { return [] }
        var sentenceCase = words
        sentenceCase[0] = capitalisingFirstLetter(words[0])
        let titleCase = words.map(capitalisingFirstLetter)
        var result: [[String]] = []
        for candidate in [words, sentenceCase, titleCase] where !result.contains(candidate) {
            result.append(candidate)
        }
        if words.count == 1, abbreviations.contains(words[0]) {
            result.append(words + ["."])
        }
        return result
    }

    private static func capitalisingFirstLetter(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }
}
