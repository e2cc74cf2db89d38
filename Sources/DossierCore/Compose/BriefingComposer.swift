import Foundation

/// The compose stage: writes each topic's briefing as Markdown. It only selects, merges and
/// cites the sources' own sentences; it never writes a claim of its own.
public struct BriefingComposer: Sendable {
    /// A councillor reads a briefing in five minutes whether the topic has five articles or
    /// five thousand: past these, the briefing shows the newest and says how many more there are.
    public struct Limits: Sendable {
        /// Articles cited for one statement (each with the paragraphs it says it in).
        public var articlesPerStatement = 5
        /// Dated events under "What has happened"; the site's timeline has all of them.
        public var events = 20

        public init(articlesPerStatement: Int = 5, events: Int = 20) {
            self.articlesPerStatement = articlesPerStatement
            self.events = events
        }
    }

    public let registry: EntityRegistry
    public let articles: [String: Article]
    /// When raw HTML is off, the editor's HTML is shown as text on the page, and the published
    /// Markdown must read the same wherever it is rendered next.
    public let rawHTMLAllowed: Bool
    public let limits: Limits

    public init(registry: EntityRegistry, articles: [String: Article], rawHTMLAllowed: Bool = false, limits: Limits = Limits()) {
        self.registry = registry
        self.articles = articles
        self.rawHTMLAllowed = rawHTMLAllowed
        self.limits = limits
    }

    /// The editor's raw HTML as text, and a link to a script or data URL as its words alone:
    /// the page drops both, and the Markdown file must not carry them to another renderer.
    static func neutralisingHTML(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "<", with: "\\<")
            .replacingOccurrences(of: #"!?\[([^\]]*)\]\(\s*(?i:javascript|vbscript|data):[^)]*\)"#, with: "$1", options: .regularExpression)
    }

    public func compose(_ topic: Topic, facts: TopicFacts) -> Briefing {
        var citations = Citations(articles: articles, articlesPerStatement: limits.articlesPerStatement)
        let dates = facts.statements.compactMap(\.published)
        let sourceSlugs = Article.newestFirst(Set(facts.statements.map(\.source.article)), in: articles)

        var sections: [String] = []

        let points = keyPoints(facts)
        if !points.isEmpty {
            sections.append("## Key points\n\n" + points.map { cluster in
                let count = cluster.sources.count
                let mark = count == 1 ? " *(single source)*" : " *(\(count) sources)*"
                return "- " + MarkdownEscaping.escape(cluster.representative.text) + mark + citations.cite(cluster.statements.map(\.source), firstOfEachArticle: true)
            }.joined(separator: "\n"))
        }

        if !facts.events.isEmpty {
            let earlier = max(0, facts.events.count - limits.events)
            sections.append("## What has happened\n\n" + facts.events.suffix(limits.events).map { event in
                "- **\(event.date.text):** " + MarkdownEscaping.escape(Self.trimmed(event.text, words: 60)) + citations.cite(event.sources)
            }.joined(separator: "\n") + (earlier == 0 ? "" : "\n\n*\(String(counting: earlier, "earlier event")) on this topic \(earlier == 1 ? "is" : "are") on the [timeline](../timeline.html).*"))
        }

        let figures = facts.figures.sorted { ($1.sources.count, $0.sources[0]) < ($0.sources.count, $1.sources[0]) }.prefix(12)
        if !figures.isEmpty {
            sections.append("## Key figures\n\n| Figure | In context | As of | Source |\n| --- | --- | --- | --- |\n" + figures.map { figure in
                "| " + MarkdownEscaping.escape(figure.phrase) + " | " + MarkdownEscaping.escape(Self.trimmed(figure.sentence, words: 40))
                    + " | " + (figure.asOf?.text ?? "Undated") + " | " + citations.cite(figure.sources).trimmingCharacters(in: .whitespaces) + " |"
            }.joined(separator: "\n"))
        }

        let involved = facts.entities.keys.sorted { (-facts.entities[$0]!.count, registry.name(of: $0)) < (-facts.entities[$1]!.count, registry.name(of: $1)) }
        if !involved.isEmpty {
            sections.append("## Who’s involved\n\n" + involved.prefix(15).map { id in
                let name = "[\(MarkdownEscaping.escape(registry.name(of: id)))](../\(registry.page(of: id)))"
                let at = facts.entities[id]!.compactMap { articles[$0.article]?.published }.max()
                let role = registry.role(of: id, on: at).map { ", " + MarkdownEscaping.escape($0) } ?? ""
                return "- \(name)\(role)" + citations.cite(facts.entities[id]!, firstOfEachArticle: true)
            }.joined(separator: "\n"))
        }

        // The first few that qualify: `lazy` stops looking once they are found.
        let quotes = Array(facts.quotes.lazy.filter { !$0.speakerIDs.isEmpty }.prefix(8))
        if !quotes.isEmpty {
            sections.append("## What was said\n\n" + quotes.map { quote in
                let speakers = quote.speakerIDs.map { "[\(MarkdownEscaping.escape(registry.name(of: $0)))](../\(registry.page(of: $0)))" }.joined(separator: " and ")
                let role = quote.speakerIDs.count == 1 ? registry.role(of: quote.speakerIDs[0], on: quote.published).map { ", " + MarkdownEscaping.escape($0) } ?? "" : ""
                let text = Self.trimmed(quote.text.replacingOccurrences(of: "\n\n", with: " "), words: 70)
                return "> " + MarkdownEscaping.escape(text) + "\n>\n> — \(speakers)\(role)" + citations.cite([quote.source])
            }.joined(separator: "\n\n"))
        }

        let chosen = Set(points.map(\.representative.text))
        let forCouncils = Array(facts.statements.lazy.filter { !$0.isQuotation && !chosen.contains($0.text) && Self.concernsCouncils($0.text) }.prefix(6))
        if !forCouncils.isEmpty {
            sections.append("## What this means for councils\n\n" + forCouncils.map {
                "- " + MarkdownEscaping.escape($0.text) + citations.cite([$0.source])
            }.joined(separator: "\n"))
        }

        let unknowns = Array(facts.statements.lazy.filter { !$0.isQuotation && Self.saysNotYetKnown($0.text) }.prefix(5))
        if !unknowns.isEmpty {
            sections.append("## What is not yet known\n\n" + unknowns.map {
                "- " + MarkdownEscaping.escape($0.text) + citations.cite([$0.source])
            }.joined(separator: "\n"))
        }

        // The page lists its sources and shows the lede itself; the Markdown file, read on its
        // own, carries both.
        let citedSet = Set(citations.labels.keys.map(\.article))
        let cited = sourceSlugs.filter(citedSet.contains)
        let uncited = sourceSlugs.count - cited.count
        let sources = "## Sources\n\n" + cited.compactMap { articles[$0] }.map { article in
            "- [\(MarkdownEscaping.escape(article.title))](../articles/\(article.slug).html)" + Self.attribution(article)
        }.joined(separator: "\n") + (uncited == 0 ? "" : "\n\nThis briefing cites \(cited.count) of the \(String(counting: sourceSlugs.count, "article")) its statements come from.")
        let definitions = citations.definitions()
        let body = (sections + [definitions]).joined(separator: "\n\n") + "\n"
        let standalone = ([rawHTMLAllowed ? topic.lede : Self.neutralisingHTML(topic.lede)].filter { !$0.isEmpty } + sections + [sources, definitions])
            .joined(separator: "\n\n") + "\n"
        let published = dates.min(), updated = dates.max()
        var header = "# \(MarkdownEscaping.escape(topic.title))\n\n"
        if let published, let updated { header += "*Published \(published.long). Last updated \(updated.long).*\n\n" }
        return Briefing(topic: topic.slug, title: topic.title, body: body, document: header + standalone, published: published, updated: updated,
                        sources: sourceSlugs, cited: cited, keyPoints: points.count, singleSourcePoints: points.filter { $0.sources.count == 1 }.count,
                        events: facts.events, figures: facts.figures)
    }

    /// Three to eight points: corroborated ones first, then the opening news of each article.
    func keyPoints(_ facts: TopicFacts) -> [StatementCluster] {
        // Each cluster's representative is found once, not at every comparison of the sort.
        let scored = facts.points.compactMap { cluster -> (cluster: StatementCluster, score: Int, source: SourceRef)? in
            let representative = cluster.representative
            guard Self.standsAlone(representative.text) else { return nil }
            let lead = cluster.statements.map(\.position).min() ?? 99
            return (cluster, cluster.sources.count * 10 + max(0, 6 - lead), representative.source)
        }
        let ranked = scored.sorted { ($1.score, $0.source) < ($0.score, $1.source) }.map(\.cluster)
        return Array(ranked.prefix(8))
    }

    /// A sentence that makes sense on its own: long enough, not opening with a word that
    /// points back at the sentence before it.
    static func standsAlone(_ sentence: String) -> Bool {
        guard sentence.last.map({ ".”’\"'".contains($0) }) == true else { return false }
        // Words are counted on the bytes where each scalar is a character of its own.
        let (words, firstWord) = sentence.unicodeScalars.allSatisfy(SentenceSplitter.isWholeCharacter)
            ? spaceSeparatedWords(sentence.utf8)
            : (sentence.split(separator: " ").count, sentence.split(separator: " ", maxSplits: 1).first.map(String.init))
        guard words >= 8, words <= 70, let firstWord else { return false }
        // A word that starts and ends with an ASCII letter or digit has no punctuation to trim.
        let bytes = firstWord.utf8
        let plain = bytes.first.map(PhraseSearch.isWordByte) == true && bytes.last.map(PhraseSearch.isWordByte) == true
        let first = plain ? firstWord.lowercased() : firstWord.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return !pointsBack.contains(first)
    }

    /// Words that open a sentence pointing back at the one before it.
    static let pointsBack: Set<String> = ["however", "but", "this", "it", "they", "she", "he", "that", "these", "those", "meanwhile",
                                          "elsewhere", "another", "of", "and", "so", "as"]

    /// `split(separator: " ")`'s count and first element, read off the bytes without making either.
    static func spaceSeparatedWords(_ bytes: String.UTF8View) -> (count: Int, first: String?) {
        var count = 0
        var first: Range<String.Index>?
        var start: String.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                if let wordStart = start {
                    count += 1
                    if first == nil { first = wordStart..<index }
                    start = nil
                }
            } else if start == nil {
                start = index
            }
            index = bytes.index(after: index)
        }
        if let wordStart = start {
            count += 1
            if first == nil { first = wordStart..<bytes.endIndex }
        }
        return (count, first.map { String(Substring(bytes[$0])) })
    }

    static func concernsCouncils(_ sentence: String) -> Bool {
        let lower = TextScan.asciiLowercased(sentence)
        return TextScan.contains(lower, " council") || lower.hasPrefix("council") || TextScan.contains(lower, "local authorit")
    }

    static let unknownCues = ["not yet", "unclear", "did not commit", "yet to", "not known", "unknown", "highly unlikely", "underestimate",
                              "not recorded", "no data", "is due to", "will publish", "not easy"]

    static func saysNotYetKnown(_ sentence: String) -> Bool {
        let lower = TextScan.asciiLowercased(sentence)
        return unknownCues.contains { TextScan.contains(lower, $0) }
    }

    static func trimmed(_ text: String, words limit: Int) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        return words.count <= limit ? text : words.prefix(limit).joined(separator: " ") + " …"
    }

    static func attribution(_ article: Article) -> String {
        let parts = [article.source, article.author, article.published?.long].compactMap { $0 }.map(MarkdownEscaping.escape)
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }

}

/// GFM footnotes, one per cited paragraph, each linking to that paragraph of the article.
struct Citations {
    let articles: [String: Article]
    let articlesPerStatement: Int
    private(set) var labels: [SourceRef: String] = [:]
    private var order: [SourceRef] = []

    init(articles: [String: Article], articlesPerStatement: Int) {
        self.articles = articles
        self.articlesPerStatement = articlesPerStatement
    }

    /// Footnotes for the newest few of the articles, and how many more say the same.
    mutating func cite(_ sources: [SourceRef], firstOfEachArticle: Bool = false) -> String {
        var seen = Set<String>()
        var chosen = firstOfEachArticle ? sources.filter { seen.insert($0.article).inserted } : Array(Set(sources)).sorted()
        let citing = Set(chosen.map(\.article))
        var more = ""
        if citing.count > articlesPerStatement {
            let newest = Set(Article.newestFirst(citing, in: articles).prefix(articlesPerStatement))
            chosen = chosen.filter { newest.contains($0.article) }
            more = " *(and \(String(counting: citing.count - articlesPerStatement, "more article")))*"
        }
        return chosen.map { "[^\(label($0))]" }.joined() + more
    }

    private mutating func label(_ source: SourceRef) -> String {
        if let label = labels[source] { return label }
        let label = "\(Slug.make(from: source.article).prefix(40))-p\(source.block + 1)"
        labels[source] = label
        order.append(source)
        return label
    }

    func definitions() -> String {
        // An article cited for many paragraphs has its title and attribution escaped once.
        var escaped: [String: (title: String, attribution: String)] = [:]
        return order.compactMap { source in
            guard let article = articles[source.article], let label = labels[source] else { return nil }
            let (title, attribution) = escaped[article.slug] ?? (MarkdownEscaping.escape(article.title), BriefingComposer.attribution(article))
            escaped[article.slug] = (title, attribution)
            return "[^\(label)]: [\(title), paragraph \(source.block + 1)](../articles/\(article.slug).html#\(Article.anchor(forBlock: source.block)))"
                + attribution + "."
        }.joined(separator: "\n")
    }
}
