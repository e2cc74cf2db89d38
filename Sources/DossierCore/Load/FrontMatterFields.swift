/// The front matter each kind of content file may carry. Decoded by `FrontMatterDecoder`.

struct ConfigFields: FrontMatterFields {
    var title: String
    var description: String?
    var language: String?
    var base_url: String?
    var allow_raw_html: Bool?
    var link_every_mention: Bool?
    var contact: String?
    var list_page_size: Int?

    static let schema = KeySchema(keys: ["title", "description", "language", "base_url", "allow_raw_html", "link_every_mention", "contact", "list_page_size"])
}

struct ArticleFields: FrontMatterFields {
    var title: String?
    var source: String?
    var author: String?
    var published: Day?
    var url: String?
    var topics: [String]?
    var exclude_topics: [String]?
    var draft: Bool?

    static let schema = KeySchema(keys: ["title", "source", "author", "published", "url", "topics", "exclude_topics", "draft"])
}

struct TopicFields: FrontMatterFields {
    struct MatchFields: Decodable {
        var phrases: [String: Int]?
        var together: [[String]]?
        var exclude: [String]?
        var requires: [String]?
        var threshold: Int?
    }

    var title: String
    var order: Int?
    var match: MatchFields?

    static let schema = KeySchema(
        keys: ["title", "order", "match"],
        nested: ["match": KeySchema(keys: ["phrases", "together", "exclude", "requires", "threshold"])])
}

struct PersonFields: FrontMatterFields {
    struct RoleFields: Decodable {
        var title: String
        var organisation: String?
        var from: Day?
        var until: Day?
    }

    var name: String
    var aliases: [String]?
    var roles: [RoleFields]?
    var survivor: Bool?

    static let schema = KeySchema(
        keys: ["name", "aliases", "roles", "survivor"],
        nested: ["roles": KeySchema(keys: ["title", "organisation", "from", "until"])])
}

struct OrganisationFields: FrontMatterFields {
    var name: String
    var aliases: [String]?
    var kind: String?
    var parent: String?

    static let schema = KeySchema(keys: ["name", "aliases", "kind", "parent"])
}

/// `content/support.yml`.
struct SupportFields: FrontMatterFields {
    struct ContactFields: Decodable {
        var name: String
        var `for`: String
        var number: String?
        var url: String?
        var link_text: String?
        var source: String
        var checked: Day
    }

    var contacts: [ContactFields]

    static let schema = KeySchema(
        keys: ["contacts"],
        nested: ["contacts": KeySchema(keys: ["name", "for", "number", "url", "link_text", "source", "checked"])])
}

/// `content/glossary.yml`.
struct GlossaryFields: FrontMatterFields {
    struct TermFields: Decodable {
        var term: String
        var expansion: String
        var definition: String
    }

    var terms: [TermFields]

    static let schema = KeySchema(keys: ["terms"], nested: ["terms": KeySchema(keys: ["term", "expansion", "definition"])])
}
