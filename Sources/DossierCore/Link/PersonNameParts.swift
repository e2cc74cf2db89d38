/// The pieces of a person's registered name that generated forms are built from.
///
/// "Baroness Newlove" has no first name and the surname "Newlove"; "Tom Crowther KC"
/// has the core "Tom Crowther"; "Mary Jane Smith" also yields "Mary Smith".
struct PersonNameParts: Equatable, Sendable {
    /// The registered name as tokens, without post-nominals.
    var registered: [String]
    /// The name without leading titles or post-nominals.
    var core: [String]

    var surname: String? { core.last }
    var firstName: String? { core.count >= 2 ? core.first : nil }

    /// First name + surname when that differs from the core ("Mary Smith" for "Mary Jane Smith").
    var firstAndSurname: [String]? {
        guard core.count > 2, let firstName, let surname else { return nil }
        return [firstName, surname]
    }

    init(name: String, titleSpellings: [[String]]) {
        var tokens = TextToken.tokenize(name).map(\.key)
        while let last = tokens.last, PersonTitles.postNominals.contains(last) || last == "," {
            tokens.removeLast()
        }
        registered = tokens
        var core = tokens[...]
        var strippedTitle = true
        while strippedTitle {
            strippedTitle = false
            // Longest title first so "Deputy Chief Constable" is not read as "Deputy" + name.
            for title in titleSpellings.sorted(by: { $0.count > $1.count })
            where core.count > title.count && Array(core.prefix(title.count)) == title {
                core = core.dropFirst(title.count)
                strippedTitle = true
                break
            }
        }
        self.core = Array(core)
    }

    /// Returns the alias without post-nominals if it starts with a title, plus what follows it.
    static func splitTitle(_ tokens: [String], titleSpellings: [[String]]) -> (title: [String], rest: [String])? {
        for title in titleSpellings.sorted(by: { $0.count > $1.count })
        where tokens.count > title.count && Array(tokens.prefix(title.count)) == title {
            return (title, Array(tokens.dropFirst(title.count)))
        }
        return nil
    }
}
