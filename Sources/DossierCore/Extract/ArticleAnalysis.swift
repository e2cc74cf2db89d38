/// One article taken apart once, for every topic that draws on it: its sentences with their
/// place in the article and the people and organisations each names, and its quotes with
/// their speakers resolved.
struct ArticleAnalysis: Sendable {
    struct Sentence: Sendable, Equatable {
        var text: String
        var position: Int
        var entities: Set<String>
        var isQuotation: Bool
        /// Worked out only for the paragraphs some topic uses, and only where the extract stage
        /// looks: dates and content words for reporting and for speech with a "said" (timeline
        /// events, key points), figures for reporting.
        var dates: [DateResolver.Found] = []
        var figures: [FigureExtractor.Found] = []
        var terms: [String] = []
        /// `terms` numbered by the dossier's `TermVocabulary`.
        var termIDs: [TermID] = []
    }

    var sentencesByBlock: [[Sentence]]
    var mentionsByBlock: [[Mention]]
    var quotes: [AttributedQuote]
    /// Each paragraph's digest: its sentences, mentions and quotes, so that what a topic reads of
    /// a paragraph is compared without comparing the paragraph (`FactExtractor.TopicSource`).
    var blockDigests: [PageKey]

    init(_ article: Article, registry: EntityRegistry, roles: DatedRoles, usedBlocks: Set<Int> = []) {
        // The whole article is one section, so "Cooper" is found after "Yvette Cooper".
        let mentions = registry.finder.mentions(in: article.blocks.map(\.text))
        var byBlock = Array(repeating: [Mention](), count: article.blocks.count)
        for mention in mentions where byBlock.indices.contains(mention.run) { byBlock[mention.run].append(mention) }
        mentionsByBlock = byBlock
        let continuations = Set(article.quotes.flatMap { $0.blockIndexes.dropFirst() })
        let dates = DateResolver(), figures = FigureExtractor()
        var position = 0
        sentencesByBlock = article.blocks.enumerated().map { index, block in
            var cursor = 0
            let quoted = QuotedSpans(block.text)
            let bytes = Array(block.text.utf8)
            let used = usedBlocks.contains(index)
            return SentenceSplitter.sentences(block.text).map { text in
                defer { position += 1 }
                let start = Self.byteOffset(of: text, in: bytes, from: cursor)
                let span = start..<(start + text.utf8.count)
                cursor = span.upperBound
                let named = Set(byBlock[index].filter { span.contains($0.range.lowerBound) }.map(\.entityID))
                var sentence = Sentence(text: text, position: position, entities: named.union(roles.holders(in: text, on: article.published)),
                                        isQuotation: continuations.contains(index) || FactExtractor.isQuotation(text) || quoted.isSpeech(span))
                if used, !sentence.isQuotation || TextScan.contains(text, " said") {
                    sentence.dates = dates.find(in: text, published: article.published)
                    sentence.terms = StatementClusterer.terms(text)
                    if !sentence.isQuotation { sentence.figures = figures.find(in: text) }
                }
                return sentence
            }
        }
        quotes = QuoteAttributor(registry: registry).attribute(article)
        let quotesByBlock = Dictionary(grouping: quotes, by: \.source.block)
        blockDigests = sentencesByBlock.indices.map { [sentencesByBlock, mentionsByBlock] index in
            CacheWriter.digest(of: Paragraph(sentences: sentencesByBlock[index], mentions: mentionsByBlock[index], quotes: quotesByBlock[index] ?? []))
        }
    }

    /// What a topic reads of one paragraph.
    private struct Paragraph: CacheEncodable {
        var sentences: [Sentence]
        var mentions: [Mention]
        var quotes: [AttributedQuote]

        func encode(to writer: inout CacheWriter) { writer.fields(sentences, mentions, quotes) }
    }

    static func byteOffset(of sentence: String, in bytes: [UInt8], from cursor: Int) -> Int {
        let needle = Array(sentence.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return cursor }
        var index = min(cursor, bytes.count)
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return cursor
    }
}

/// Where a paragraph's double quotation marks open and close, so a sentence in the middle of
/// someone's words ("It's a shocking report, …") is known as speech, not reporting. Single
/// quotes are left alone: they mark short phrases ('turning point') and apostrophes.
struct QuotedSpans {
    private var spans: [Range<Int>] = []

    init(_ text: String) {
        var open: Int?
        var offset = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "“": if open == nil { open = offset }
            case "”": if let start = open { spans.append(start..<offset); open = nil }
            case "\"":
                if let start = open { spans.append(start..<offset); open = nil } else { open = offset }
            default: break
            }
            offset += UTF8.width(scalar)
        }
        if let start = open { spans.append(start..<offset) }
    }

    /// Speech: the sentence starts inside a quotation, or most of it is one (six words or more).
    func isSpeech(_ sentence: Range<Int>) -> Bool {
        spans.contains { span in
            (span.lowerBound < sentence.lowerBound && sentence.lowerBound < span.upperBound)
                || (sentence.contains(span.lowerBound) && span.clamped(to: sentence).count >= sentence.count / 2)
        }
    }
}

/// The registry's dated roles ("Home Secretary" from 5 July 2024 to 5 September 2025), so a
/// sentence that names only the role ("the Home Secretary") can be tied to whoever held it.
struct DatedRoles: Sendable {
    struct Entry: Sendable {
        var person: String
        /// Folded by `PhraseSearch.fold`.
        var title: String
        var needle: [UInt8]
        var from: Day?
        var until: Day?
    }

    let entries: [Entry]
    /// Entries by the first word of their title: a title is found whole only where its first
    /// word is a word of the sentence, so a sentence is compared with the titles of its own
    /// words, not with every dated role of the registry (which a national dossier has
    /// thousands of). Titles that start with no word (a quote mark) are in `unindexed`.
    private let byFirstWord: [String: [Int]]
    private let unindexed: [Int]

    init(registry: EntityRegistry) {
        entries = registry.people.values.sorted { $0.slug < $1.slug }.flatMap { person in
            person.roles.filter { $0.from != nil || $0.until != nil }.map {
                let title = PhraseSearch.fold($0.title)
                return Entry(person: person.slug, title: title, needle: Array(title.utf8), from: $0.from, until: $0.until)
            }
        }
        var byFirstWord: [String: [Int]] = [:], unindexed: [Int] = []
        for (index, entry) in entries.enumerated() {
            let first = entry.needle.prefix(while: PhraseSearch.isWordByte)
            if first.isEmpty { unindexed.append(index) } else { byFirstWord[String(decoding: first, as: UTF8.self), default: []].append(index) }
        }
        self.byFirstWord = byFirstWord
        self.unindexed = unindexed
    }

    /// "shadow home secretary" and "former home secretary" are someone else.
    func holders(in sentence: String, on date: Day?) -> Set<String> {
        guard let date, !entries.isEmpty else { return [] }
        let lower = PhraseSearch.fold(sentence)
        let search = PhraseSearch(folded: Array(lower.utf8))
        let bytes = search.lowercasedText
        var candidates = unindexed
        var words = Set<String>()
        var start = 0
        while start < bytes.count {
            guard PhraseSearch.isWordByte(bytes[start]) else {
                start += 1
                continue
            }
            var end = start + 1
            while end < bytes.count, PhraseSearch.isWordByte(bytes[end]) { end += 1 }
            let word = String(decoding: bytes[start..<end], as: UTF8.self)
            if words.insert(word).inserted { candidates += byFirstWord[word] ?? [] }
            start = end
        }
        var holders = Set<String>()
        for index in candidates {
            let entry = entries[index]
            guard (entry.from.map { $0 <= date } ?? true), (entry.until.map { date <= $0 } ?? true), search.contains(folded: entry.needle),
                  !TextScan.contains(lower, "shadow " + entry.title), !TextScan.contains(lower, "former " + entry.title) else { continue }
            holders.insert(entry.person)
        }
        return holders
    }
}
