import Foundation

/// Names in the articles that the registry does not know, so a curator can add them: runs of
/// capitalised words after a title ("Cllr", "Baroness", "Chief Constable") or next to "said".
public struct UnregisteredNameFinder: Sendable {
    public struct Suggestion: Equatable, Sendable {
        public var name: String
        /// `path:line` of each occurrence.
        public var places: [String]
    }

    let finder: MentionFinder

    public init(finder: MentionFinder) {
        self.finder = finder
    }

    private static let name = #"((?:[A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?)(?: [A-Z][a-z]+(?:[’'-][A-Z]?[a-z]+)?){1,2})"#
    private static let patterns: [NSRegularExpression] = [
        #"\b(?:Cllr|Councillor|Baroness|Lord|Lady|Sir|Dame|Professor|Prof|Dr|Mr|Mrs|Ms|Chief Constable|Deputy Chief Constable|Assistant Chief Constable|DCC|ACC|Commissioner|Minister|Secretary|MP|KC) \#(name)"#,
        #"\#(name),? (?:[a-z ,]{0,60})?(?:said|told|added|explained|commented)\b"#,
        #"\b(?:said|added) \#(name)\b"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// Words that start sentences or name things rather than people.
    private static let notNames: Set<String> = ["The", "This", "That", "These", "It", "He", "She", "They", "We", "In", "On", "At", "But", "And",
                                                "Government", "Council", "Police", "Home", "Office", "Secretary", "Minister", "Prime", "Chief",
                                                "Local", "National", "Speaking", "Responding", "Commissioned", "Cabinet", "Members", "Today"]

    public func suggestions(in articles: [Article]) -> [Suggestion] {
        var places: [String: [String]] = [:]
        for article in articles {
            let mentions = finder.mentions(in: article.blocks.map(\.text))
            for (index, block) in article.blocks.enumerated() {
                let text = block.text as NSString
                let known = mentions.filter { $0.run == index }
                for regex in Self.patterns {
                    for match in regex.matches(in: block.text, range: NSRange(location: 0, length: text.length)) {
                        let range = match.range(at: 1)
                        let candidate = text.substring(with: range)
                        let words = candidate.split(separator: " ").map(String.init)
                        guard words.count >= 2, !words.contains(where: Self.notNames.contains) else { continue }
                        let start = text.substring(to: range.location).utf8.count
                        let covered = known.contains { $0.range.overlaps(start..<(start + candidate.utf8.count)) }
                        guard !covered, finder.mentions(in: [candidate]).isEmpty else { continue }
                        let place = "\(article.path):\(block.line)"
                        if places[candidate]?.contains(place) != true { places[candidate, default: []].append(place) }
                    }
                }
            }
        }
        return places.keys.sorted().map { Suggestion(name: $0, places: places[$0]!) }
    }
}
