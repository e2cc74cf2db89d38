@testable import DossierCore
import Foundation
import Testing

@Suite struct OpenDataFilesTests {
    static let plan: SitePlan = {
        let settings = BuildSettings(contentDirectory: Fixtures.repository.appendingPathComponent("content"),
                                     templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: URL(fileURLWithPath: "/nonexistent"))
        return try! SiteBuilder(settings: settings).plan().0
    }()

    @Test func everyMentionInEntitiesJSONPointsAtItsSurfaceInTheArticle() throws {
        let data = try #require(Self.plan.files["data/entities.json"])
        let entities = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let articles = Dictionary(uniqueKeysWithValues: BriefingComposerTests.dossier.articles.map { ($0.slug, $0) })
        var checked = 0
        for entity in entities {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                let article = try #require(articles[mention["article"] as! String])
                let text = article.blocks[(mention["paragraph"] as! Int) - 1].text
                let start = text.index(text.startIndex, offsetBy: mention["start"] as! Int)
                let end = text.index(text.startIndex, offsetBy: mention["end"] as! Int)
                #expect(String(text[start..<end]) == mention["surface"] as! String)
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    /// Computed in one pass (counting from the start for each mention was quadratic in a long
    /// paragraph); the same offsets as counting each from the start.
    @Test func characterOffsetsMatchCountingFromTheStart() {
        let text = "Cafe\u{301} 🇬🇧 Yvette Cooper’s e\u{301}e\u{301} NPCC"
        let bytes = Set(0...text.utf8.count + 2)
        let offsets = OpenDataFiles.characterOffsets(of: bytes, in: text)
        for byte in bytes {
            let utf8 = text.utf8
            let expected = utf8.index(utf8.startIndex, offsetBy: byte, limitedBy: utf8.endIndex).map { text.distance(from: text.startIndex, to: $0) }
            #expect(offsets[byte] == expected, "byte \(byte)")
        }
    }

    @Test func noReaderCommentReachesAnyOutputFile() {
        for (path, data) in Self.plan.files {
            let text = String(decoding: data, as: UTF8.self)
            for phrase in ["Alec Fraher", "Ryan Webb", "Shopping and Fucking", "Rag Nymph", "indo-pacific", "Recuriter", "Kirklees"] {
                #expect(!text.contains(phrase), "\(phrase) in \(path)")
            }
        }
    }

    @Test func articlesJSONAccountsForRemovalsByRuleWithoutTheirText() throws {
        let data = try #require(Self.plan.files["data/articles.json"])
        let articles = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let community = try #require(articles.first { ($0["slug"] as? String)?.hasPrefix("2025-01-16-government-orders") == true })
        let removed = try #require(community["removed"] as? [[String: String]])
        #expect(removed.contains { $0["rule"] == "comment-section" })
        #expect(removed.allSatisfy { $0.keys.sorted() == ["lines", "rule"] })
        #expect(community["topics"] as? [String] == ["iicsa-recommendations", "local-inquiries", "national-audit"])
    }

    /// The data files are written without `JSONEncoder`, for speed, but laid out as it lays
    /// them out: each file, read back into its records and encoded again by `JSONEncoder`
    /// (with "<", ">" and "&" escaped, as the writer escapes them), is the same bytes.
    @Test func dataFilesAreLaidOutAsJSONEncoderLaysThemOut() throws {
        let files = Self.plan.files
        try expectEncoderLayout([OpenDataFiles.ArticleRecord].self, files["data/articles.json"])
        try expectEncoderLayout([OpenDataFiles.EntityRecord].self, files["data/entities.json"])
        try expectEncoderLayout([OpenDataFiles.ClassificationRecord].self, files["data/classification.json"])
        // Nil members, empty arrays and markup in strings, which the repository's content may lack.
        let edge = OpenDataFiles.EntityRecord(id: "x", kind: "person", name: "A <b>&amp;</b> \"quoted\" \\ é 😀", aliases: [], roles: [
            .init(title: "Chair", organisation: nil, from: "2025-01-01", until: nil),
        ], organisationKind: nil, parent: nil, mentions: [])
        #expect(OpenDataFiles.json([edge]) == Self.encoderLayout([edge]))
        #expect(OpenDataFiles.json([OpenDataFiles.ClassificationRecord]()) == Self.encoderLayout([OpenDataFiles.ClassificationRecord]()))
    }

    /// Where the writer parts from `JSONEncoder` on purpose: the line and paragraph separators
    /// are escaped (they end a line in older JavaScript), and so is every control character;
    /// the text read back is the text written.
    @Test func dataFilesEscapeSeparatorsAndControlCharacters() throws {
        let text = "a\u{2028}b\u{2029}c\u{8}d\u{C}e\u{1F}f\u{7F}g\u{2026}"
        let record = OpenDataFiles.ClassificationRecord(article: text, paragraph: 1, topic: "t", score: 0, matched: [text], reason: "matched")
        let data = OpenDataFiles.json([record])
        let written = String(decoding: data, as: UTF8.self)
        #expect(written.contains("\"a\\u2028b\\u2029c\\u0008d\\u000ce\\u001ff\u{7F}g\u{2026}\""))
        let decoded = try JSONDecoder().decode([OpenDataFiles.ClassificationRecord].self, from: data)
        #expect(decoded.first?.article == text)
        #expect(decoded.first?.matched == [text])
    }

    private func expectEncoderLayout<Record: Codable>(_ type: [Record].Type, _ data: Data?, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let data = try #require(data, sourceLocation: sourceLocation)
        let records = try JSONDecoder().decode(type, from: data)
        #expect(!records.isEmpty, sourceLocation: sourceLocation)
        #expect(data == Self.encoderLayout(records), sourceLocation: sourceLocation)
    }

    /// What `JSONEncoder` writes, with markup characters escaped on the bytes.
    static func encoderLayout<Record: Encodable>(_ records: [Record]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes: [UInt8] = []
        for byte in try! encoder.encode(records) {
            switch byte {
            case UInt8(ascii: "<"): bytes += "\\u003c".utf8
            case UInt8(ascii: ">"): bytes += "\\u003e".utf8
            case UInt8(ascii: "&"): bytes += "\\u0026".utf8
            default: bytes.append(byte)
            }
        }
        return Data(bytes + [UInt8(ascii: "\n")])
    }
}
