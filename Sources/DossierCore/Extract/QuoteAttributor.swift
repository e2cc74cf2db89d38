/// Resolves the speakers of an article's quotes to registered people and organisations:
/// "Cllr Sarah Hill, cabinet member for finance" → sarah-hill; a joint statement → both.
public struct QuoteAttributor: Sendable {
    public let registry: EntityRegistry

    public init(registry: EntityRegistry) {
        self.registry = registry
    }

    public func attribute(_ article: Article) -> [AttributedQuote] {
        article.quotes.compactMap { quote in
            guard let first = quote.blockIndexes.first else { return nil }
            // The speaker as written ("DCC Riggs") names more precisely than the bare name the
            // cleaner extracts from it ("Riggs"), which alone is never linked.
            let joint = quote.speakers.count > 1
            let names = joint ? quote.speakers : [quote.speaker, quote.speakerName].compactMap { $0 } + quote.speakers
            var people: [String] = [], organisations: [String] = []
            for name in names {
                for mention in registry.finder.mentions(in: [name]) {
                    if registry.people[mention.entityID] != nil {
                        if !people.contains(mention.entityID) { people.append(mention.entityID) }
                    } else if !organisations.contains(mention.entityID) {
                        organisations.append(mention.entityID)
                    }
                }
                if !joint, !people.isEmpty { break }
            }
            // "the Tory leader" names a party but the speaker is a person: an organisation is the
            // speaker only when no person is named ("ACT on IICSA said").
            let ids = people.isEmpty ? Array(organisations.prefix(1)) : people
            return AttributedQuote(text: quote.text, speaker: quote.speaker, speakerIDs: ids,
                                   source: SourceRef(article: article.slug, block: first), published: article.published)
        }
    }
}
