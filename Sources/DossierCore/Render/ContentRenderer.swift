import CmarkGFM

/// The render stage: every piece of Markdown in the dossier becomes HTML through cmark-gfm,
/// with people and organisations linked on the tree, and every mention recorded for the
/// entity pages.
public struct ContentRenderer: Sendable {
    public let markdown: MarkdownRenderer
    public let linker: EntityLinker
    public let abbreviations: AbbreviationMarker

    public init(markdown: MarkdownRenderer, linker: EntityLinker, abbreviations: AbbreviationMarker = .none) {
        self.markdown = markdown
        self.linker = linker
        self.abbreviations = abbreviations
    }

    /// Each page's texts are rendered in reading order (its title, then its body) sharing one
    /// set of marked abbreviations, so only an abbreviation's first use on the page is marked.
    public func render(articles: [Article], topics: [Topic], briefings: [Briefing], people: [Person], organisations: [Organisation]) -> RenderedContent {
        render(articles: articles, topics: topics, briefings: briefings, people: people, organisations: organisations, memo: nil)
    }

    /// `memo`: each article as rendered by an earlier build of this process (`serve`).
    func render(articles: [Article], topics: [Topic], briefings: [Briefing], people: [Person], organisations: [Organisation],
                memo: StepMemo<BuildMemory.RenderInputs, Article, RenderedArticle>?) -> RenderedContent {
        var rendered = RenderedContent()
        let briefingsByTopic = Dictionary(briefings.map { ($0.topic, $0) }, uniquingKeysWith: { a, _ in a })
        // Articles are independent: rendered on both cores, collected in input order.
        let renderedArticles = articles.parallelMap { article in
            memo?.output(article.path, for: article) { render(article) } ?? render(article)
        }
        for (article, result) in zip(articles, renderedArticles) {
            rendered.articleTitles[article.slug] = result.title
            rendered.articleBlocks[article.slug] = result.blocks
            rendered.mentions += result.mentions
        }
        // Topics and entities the same way, each list after the other (a parallel map inside
        // another would run on one core).
        let renderedTopics = topics.parallelMap { topic in
            var marked = Set<String>()
            let title = inlineHTML(topic.title, marked: &marked)
            let lede = RenderedContent.Lede(onTopicPage: html(topic.lede, root: "../", marked: &marked))
            var briefingHTML: String?, briefingMarked = Set<String>(), mentions: [EntityMention] = []
            if let briefing = briefingsByTopic[topic.slug] {
                // The briefing's Markdown begins with the lede, so it is marked as the same page.
                _ = inlineHTML(topic.title, marked: &briefingMarked)
                let document = MarkdownDocument(briefing.body, options: markdown.options)
                mentions = linker.link(document, root: "../").map { EntityMention(entityID: $0.entityID, source: .briefing(briefing.topic), mention: $0) }
                abbreviations.mark(document, alreadyMarked: &briefingMarked)
                briefingHTML = document.renderHTML()
            }
            return (title: title, lede: lede, briefing: briefingHTML, marked: briefingMarked, mentions: mentions)
        }
        for (topic, result) in zip(topics, renderedTopics) {
            rendered.topicTitles[topic.slug] = result.title
            rendered.ledes[topic.slug] = result.lede
            if let briefing = result.briefing {
                rendered.briefings[topic.slug] = briefing
                rendered.briefingAbbreviations[topic.slug] = result.marked
            }
            rendered.mentions += result.mentions
        }
        let entities = people.map { ($0.slug, $0.name, $0.description) } + organisations.map { ($0.slug, $0.name, $0.description) }
        let renderedEntities = entities.parallelMap { slug, name, description in
            var marked = Set<String>()
            let nameHTML = inlineHTML(name, marked: &marked)
            return (name: nameHTML, description: html(description, root: "../", selfID: slug, marked: &marked), marked: marked)
        }
        for ((slug, _, _), result) in zip(entities, renderedEntities) {
            rendered.entityNames[slug] = result.name
            rendered.descriptions[slug] = result.description
            rendered.entityPageAbbreviations[slug] = result.marked
        }
        return rendered
    }

    func render(_ article: Article) -> RenderedArticle {
        var marked = Set<String>()
        let title = inlineHTML(article.title, marked: &marked)
        let document = MarkdownDocument(markdown.articleMarkdown(article.blocks), options: [])
        let mentions = linker.link(document, root: "../").map { EntityMention(entityID: $0.entityID, source: .article(article.slug), mention: $0) }
        abbreviations.mark(document, alreadyMarked: &marked)
        return RenderedArticle(title: title, blocks: document.renderTopLevelBlocks(), mentions: mentions)
    }

    /// Editors' Markdown with entities linked.
    public func html(_ text: String, root: String, selfID: String? = nil) -> String {
        var marked = Set<String>()
        return html(text, root: root, selfID: selfID, marked: &marked)
    }

    /// Editors' Markdown with entities linked and abbreviations not yet marked on the page marked.
    public func html(_ text: String, root: String, selfID: String? = nil, marked: inout Set<String>) -> String {
        let document = MarkdownDocument(text, options: markdown.options)
        document.replaceUnsafeImagesWithText()
        _ = linker.link(document, root: root, selfID: selfID)
        abbreviations.mark(document, alreadyMarked: &marked)
        return document.renderHTML()
    }

    /// Plain text (a title, a quoted sentence) as inline HTML: escaped by cmark, word for word,
    /// with abbreviations not yet marked on the page marked.
    public func inlineHTML(_ text: String, marked: inout Set<String>) -> String {
        // One line, no leading spaces: an indented or multi-line title would otherwise be read
        // as a code block or several paragraphs. HTML collapses the spaces anyway.
        let document = MarkdownDocument(MarkdownEscaping.escape(TextExcerpt.oneLine(text)), options: [])
        abbreviations.mark(document, alreadyMarked: &marked)
        return document.renderFirstParagraphContents()
    }

    /// Markdown as plain text on one line: for search, feeds and page descriptions.
    public func plainText(_ markdownText: String) -> String {
        TextExcerpt.oneLine(MarkdownDocument(markdownText, options: markdown.options).renderPlainText())
    }
}

enum TextExcerpt {
    /// The words separated by single spaces: `Character`s that are whitespace are the
    /// separators. Splitting into `Character`s is slow, so the usual text (ASCII, Latin letters
    /// without combining marks, typographic quotes and dashes) is done on scalars, where each
    /// scalar is its own `Character` and only ASCII whitespace separates: the same result.
    /// Anything else (a combining mark, Unicode spaces, other scripts) takes the exact way.
    static func oneLine(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09...0x0D:
                space = !bytes.isEmpty
            case 0x00..<0x80, 0xA1...0x2FF, 0x2010...0x2027, 0x20AC:
                if space { bytes.append(UInt8(ascii: " ")); space = false }
                UTF8.encode(scalar) { bytes.append($0) }
            default:
                return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// At most `limit` characters, cut at a word boundary, with an ellipsis when cut.
    static func excerpt(_ text: String, limit: Int = 160) -> String {
        let text = oneLine(text)
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        while let last = cut.last, last.isPunctuation { cut.removeLast() }
        return cut + "…"
    }
}

/// What the render stage hands to the template stage.
public struct RenderedContent: Sendable {
    public struct Lede: Sendable {
        public var onTopicPage: String
    }

    /// Article slug → one HTML fragment per block.
    public var articleBlocks: [String: [String]] = [:]
    /// Topic slug → the briefing's HTML.
    public var briefings: [String: String] = [:]
    /// Article slug → the title as inline HTML, for the page's heading.
    public var articleTitles: [String: String] = [:]
    /// Topic slug → the title as inline HTML, for the briefing's heading.
    public var topicTitles: [String: String] = [:]
    /// Topic slug → the abbreviations the briefing marked, so the rest of its page does not repeat them.
    public var briefingAbbreviations: [String: Set<String>] = [:]
    public var ledes: [String: Lede] = [:]
    /// Person or organisation slug → the name as inline HTML, for the page's heading.
    public var entityNames: [String: String] = [:]
    /// Person or organisation slug → description HTML.
    public var descriptions: [String: String] = [:]
    /// Person or organisation slug → abbreviations its name and description marked, so the
    /// rest of its page marks only the others.
    public var entityPageAbbreviations: [String: Set<String>] = [:]
    public var mentions: [EntityMention] = []
}

/// An article's title and blocks as HTML, and the mentions linked in them.
struct RenderedArticle: Sendable {
    var title: String
    var blocks: [String]
    var mentions: [EntityMention]
}

/// A mention of an entity somewhere in the dossier's pages.
public struct EntityMention: Equatable, Sendable {
    public enum Source: Equatable, Hashable, Sendable {
        case article(String)
        case briefing(String)
    }

    public var entityID: String
    public var source: Source
    public var mention: FoundMention
}
