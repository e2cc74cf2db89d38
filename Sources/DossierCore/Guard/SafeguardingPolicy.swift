/// `content/safeguarding.yml`: what must never be published, and the words the dossier's own
/// text avoids.
public struct SafeguardingPolicy: Equatable, Sendable {
    public struct Withheld: Equatable, Sendable {
        public enum Mode: String, Sendable, Decodable {
            /// Any occurrence in the output fails the build.
            case fail
            /// Replaced by "[name withheld]" everywhere, and said so on the article's page.
            case redact
        }

        public var phrase: String
        public var mode: Mode
        public var line: Int?
    }

    public struct Term: Equatable, Sendable {
        public var avoid: String
        public var prefer: String
        public var note: String?
        /// Flag for an editor to review rather than a plain warning ("at risk").
        public var review: Bool
    }

    public var withheld: [Withheld] = []
    public var language: [Term] = []
    public var path: String = "content/safeguarding.yml"

    public static let replacement = "[name withheld]"

    public init(withheld: [Withheld] = [], language: [Term] = [], path: String = "content/safeguarding.yml") {
        self.withheld = withheld
        self.language = language
        self.path = path
    }
}

struct SafeguardingFields: FrontMatterFields {
    struct WithheldFields: Decodable {
        var phrase: String
        var mode: SafeguardingPolicy.Withheld.Mode?
        var note: String?
    }

    struct TermFields: Decodable {
        var avoid: String
        var prefer: String
        var note: String?
        var review: Bool?
    }

    var never_publish: [WithheldFields]?
    var language: [TermFields]?

    static let schema = KeySchema(keys: ["never_publish", "language"], nested: [
        "never_publish": KeySchema(keys: ["phrase", "mode", "note"]),
        "language": KeySchema(keys: ["avoid", "prefer", "note", "review"]),
    ])
}
