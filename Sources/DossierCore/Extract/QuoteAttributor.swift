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
            var ids: [String] = []
            for name in names where ids.isEmpty || joint {
                for mention in registry.finder.mentions(in: [name]) where !ids.contains(mention.entityID) { ids.append(mention.entityID) }
            }
            return AttributedQuote(text: quote.text, speaker: quote.speaker, speakerIDs: ids,
                                   source: SourceRef(article: article.slug, block: first), published: article.published)
        }
    }
}
