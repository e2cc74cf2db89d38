import CmarkGFM

/// The render stage: every piece of Markdown in the dossier becomes HTML through cmark-gfm,
/// with people and organisations linked on the tree, and every mention recorded for the
/// entity pages.
public struct ContentRenderer: Sendable {
    public let markdown: MarkdownRenderer
    public let linker: EntityLinker

    public init(markdown: MarkdownRenderer, linker: EntityLinker) {
        self.markdown = markdown
        self.linker = linker
    }

    public func render(articles: [Article], topics: [Topic], briefings: [Briefing], people: [Person], organisations: [Organisation]) -> RenderedContent {
        var rendered = RenderedContent()
        for briefing in briefings {
            let document = MarkdownDocument(briefing.body, options: markdown.options)
            for mention in linker.link(document, root: "../") {
                rendered.mentions.append(EntityMention(entityID: mention.entityID, source: .briefing(briefing.topic), mention: mention))
            }
            rendered.briefings[briefing.topic] = document.renderHTML()
        }
        for article in articles {
            let document = MarkdownDocument(markdown.articleMarkdown(article.blocks), options: [])
            for mention in linker.link(document, root: "../") {
                rendered.mentions.append(EntityMention(entityID: mention.entityID, source: .article(article.slug), mention: mention))
            }
            rendered.articleBlocks[article.slug] = document.renderTopLevelBlocks()
        }
        for topic in topics {
            rendered.ledes[topic.slug] = RenderedContent.Lede(onHome: html(topic.lede, root: ""), onTopicPage: html(topic.lede, root: "../"))
        }
        for person in people { rendered.descriptions[person.slug] = html(person.description, root: "../", selfID: person.slug) }
        for organisation in organisations { rendered.descriptions[organisation.slug] = html(organisation.description, root: "../", selfID: organisation.slug) }
        return rendered
    }

    /// Editors' Markdown with entities linked.
    public func html(_ text: String, root: String, selfID: String? = nil) -> String {
        let document = MarkdownDocument(text, options: markdown.options)
        _ = linker.link(document, root: root, selfID: selfID)
        return document.renderHTML()
    }
}

/// What the render stage hands to the template stage.
public struct RenderedContent: Sendable {
    public struct Lede: Sendable {
        public var onHome: String
        public var onTopicPage: String
    }

    /// Article slug → one HTML fragment per block.
    public var articleBlocks: [String: [String]] = [:]
    /// Topic slug → the briefing's HTML.
    public var briefings: [String: String] = [:]
    public var ledes: [String: Lede] = [:]
    /// Person or organisation slug → description HTML.
    public var descriptions: [String: String] = [:]
    public var mentions: [EntityMention] = []
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
