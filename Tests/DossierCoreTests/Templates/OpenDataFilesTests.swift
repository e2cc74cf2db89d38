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
}
