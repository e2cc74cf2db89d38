/// Everything in `content/`, read and validated, before any processing.
public struct Content: Sendable {
    public var config: DossierConfig
    public var articles: [ArticleSource]
    public var topics: [Topic]
    public var people: [Person]
    public var organisations: [Organisation]
    public var safeguarding: SafeguardingPolicy = SafeguardingPolicy()
    /// `content/support.yml`: the "If you are worried about a child" contacts.
    public var support: [SupportContact] = []
    /// `content/glossary.yml`: abbreviations and what they stand for.
    public var glossary: [GlossaryEntry] = []
}

/// `content/dossier.yml`.
public struct DossierConfig: Equatable, Sendable {
    public var title: String
    public var description: String
    public var language: String
    public var baseURL: String?
    public var allowRawHTML: Bool
    /// Link every mention of a person or organisation, not only the first in each section.
    public var linkEveryMention: Bool = false
    /// Where readers report errors and accessibility problems: an email address or a web page.
    public var contact: Contact? = nil
    /// How many items the site-wide lists (source articles, sources, timeline, key figures)
    /// show on one page: at 10,000 articles each was 3-12 MB as one page, too much for a phone.
    public var listPageSize = 100
}

/// How readers reach the dossier's editors.
public enum Contact: Equatable, Sendable {
    case email(String)
    case webPage(String)

    public var href: String {
        switch self {
        case .email(let address): return "mailto:" + address
        case .webPage(let url): return url
        }
    }

    public var text: String {
        switch self {
        case .email(let address): return address
        case .webPage(let url): return url
        }
    }
}

/// One file of `content/articles/` as the curator pasted it.
public struct ArticleSource: Equatable, Sendable {
    public var slug: String
    public var path: String
    /// File line of each front-matter key.
    public var keyLines: [String: Int] = [:]
    public var title: String?
    public var source: String?
    public var author: String?
    public var published: Day?
    public var url: String?
    public var topics: [String]
    /// Topics the article must never feed, whatever its words match.
    public var excludedTopics: [String] = []
    public var draft: Bool
    /// The pasted text after the front matter.
    public var body: String
    /// The file line on which `body` starts, so every later line number names the file's line.
    public var bodyFirstLine: Int
}

public struct Topic: Equatable, Sendable {
    public var slug: String
    public var path: String
    /// File line on which the Markdown body starts.
    public var bodyFirstLine: Int = 1
    /// File line of each front-matter key, for diagnostics found after loading.
    public var keyLines: [String: Int] = [:]
    public var title: String
    public var order: Int
    /// The editor's lede, in Markdown.
    public var lede: String
    public var rules: TopicRules = TopicRules()
}

/// How paragraphs are matched to a topic: content, written by the editor in the topic's file.
public struct TopicRules: Equatable, Sendable {
    public struct WeightedPhrase: Equatable, Sendable {
        public let phrase: String
        public let weight: Int
        /// The phrase folded once for searching, as it is asked of every paragraph.
        let needle: [UInt8]

        public init(phrase: String, weight: Int) {
            self.phrase = phrase
            self.weight = weight
            needle = PhraseSearch.needle(phrase)
        }
    }

    /// Phrases that suggest the topic, with their weight (matched case-insensitively, whole words).
    public var phrases: [WeightedPhrase] = []
    /// Groups of terms that score only when all appear in the same paragraph.
    public var together: [[String]] = []
    /// A paragraph containing any of these is never assigned to the topic.
    public var exclude: [String] = []
    /// An article feeds the topic only if it meets every entry somewhere in its text; an entry
    /// "a | b" is met by either phrase. Keeps an article about a council's budget out of a
    /// topic just because it names the same council.
    public var requires: [String] = []
    /// The score a paragraph needs.
    public var threshold: Int = 3
}

public struct Person: Equatable, Sendable {
    public var slug: String
    public var path: String
    /// File line on which the Markdown body starts.
    public var bodyFirstLine: Int = 1
    /// File line of each front-matter key, for diagnostics found after loading.
    public var keyLines: [String: Int] = [:]
    public var name: String
    public var aliases: [String]
    public var roles: [Role]
    public var description: String
    /// A survivor who chose to speak publicly (waived anonymity): the only kind of person who
    /// may be described as a survivor or victim.
    public var survivor: Bool = false
}

public struct Role: Equatable, Sendable {
    public var title: String
    public var organisation: String?
    public var from: Day?
    public var until: Day?
}

public struct Organisation: Equatable, Sendable {
    public var slug: String
    public var path: String
    /// File line on which the Markdown body starts.
    public var bodyFirstLine: Int = 1
    /// File line of each front-matter key, for diagnostics found after loading.
    public var keyLines: [String: Int] = [:]
    public var name: String
    public var aliases: [String]
    public var kind: String?
    public var parent: String?
    public var description: String
}
