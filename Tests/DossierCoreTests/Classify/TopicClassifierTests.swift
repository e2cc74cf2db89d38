@testable import DossierCore
import Testing

@Suite struct TopicClassifierTests {
    static let audit = Topic(slug: "national-audit", path: "content/topics/national-audit.md", title: "National audit", order: 1, lede: "",
                             rules: TopicRules(phrases: [.init(phrase: "Casey's report", weight: 3), .init(phrase: "audit", weight: 2), .init(phrase: "Baroness Casey", weight: 2)],
                                               requires: ["child sexual exploitation | grooming | CSE"]))
    static let stoke = Topic(slug: "stoke-panel", path: "content/topics/stoke-panel.md", title: "Stoke panel", order: 2, lede: "",
                             rules: TopicRules(phrases: [.init(phrase: "Stoke-on-Trent", weight: 2), .init(phrase: "cabinet", weight: 2), .init(phrase: "multi-agency", weight: 2)],
                                               requires: ["child sexual exploitation | CSE | grooming", "Stoke-on-Trent"]))

    func article(_ slug: String, _ paragraphs: [String], pinned: [String] = []) -> Article {
        Article(slug: slug, path: "content/articles/\(slug).txt", title: slug, pinnedTopics: pinned, draft: false,
                blocks: paragraphs.enumerated().map { ArticleBlock(kind: .paragraph, text: $0.element, line: $0.offset + 1) }, removals: [], quotes: [])
    }

    @Test func oneArticleFeedsSeveralTopicsParagraphByParagraph() {
        let stokeArticle = article("stoke", [
            "Cabinet members at Stoke-on-Trent City Council received a briefing on child sexual exploitation.",
            "The briefing followed recent publication of Baroness Casey's report on group-based CSE.",
        ])
        let (assignment, diagnostics) = TopicClassifier(topics: [Self.audit, Self.stoke]).classify([stokeArticle])
        #expect(diagnostics.isEmpty)
        #expect(assignment.paragraphs.map { "\($0.block) \($0.topic) \($0.score) \($0.matched.joined(separator: ", "))" } == [
            "0 stoke-panel 4 Stoke-on-Trent, cabinet",
            "1 national-audit 5 Casey's report, Baroness Casey",
        ])
        #expect(assignment.topics(for: "stoke") == ["national-audit", "stoke-panel"])
    }

    /// Articles are classified on both cores: the result is the one-thread result, in order.
    @Test func classifyingManyArticlesKeepsTheirOrder() {
        let paragraphs = [
            "Cabinet members at Stoke-on-Trent City Council received a briefing on child sexual exploitation.",
            "The briefing followed recent publication of Baroness Casey's report on group-based CSE.",
            "The multi-agency road works group said the A500 will close for resurfacing in March.",
        ]
        let articles = (0..<200).map { article("article-\($0)", Array(paragraphs.shuffled().prefix(1 + $0 % 3)), pinned: $0 % 7 == 0 ? ["unknown"] : []) }
        let classifier = TopicClassifier(topics: [Self.audit, Self.stoke])
        let (assignment, diagnostics) = classifier.classify(articles)
        #expect(assignment.paragraphs == articles.flatMap(classifier.classify))
        #expect(diagnostics.map(\.path) == articles.filter { !$0.pinnedTopics.isEmpty }.map(\.path))
    }

    @Test func anArticleAboutSomethingElseFeedsNoTopic() {
        let budget = article("budget", [
            "Stoke-on-Trent City Council's cabinet approved a budget that raises council tax by 4.99 per cent.",
            "The multi-agency road works group said the A500 will close for resurfacing in March.",
        ])
        let (assignment, _) = TopicClassifier(topics: [Self.audit, Self.stoke]).classify([budget])
        #expect(assignment.paragraphs.isEmpty)
        #expect(assignment.articles(for: "stoke-panel").isEmpty)
    }

    @Test func aPinnedArticleFeedsItsTopicAndAnUnknownPinIsAnError() {
        let pinned = article("pinned", ["Nothing here matches any rule at all."], pinned: ["stoke-panel", "stoke-panle"])
        let (assignment, diagnostics) = TopicClassifier(topics: [Self.audit, Self.stoke]).classify([pinned])
        #expect(assignment.articles(for: "stoke-panel") == ["pinned"])
        #expect(diagnostics.map(\.summaryLine) == ["content/articles/pinned.txt: error: unknown topic 'stoke-panle'"])
        #expect(diagnostics.first?.hint == "did you mean 'stoke-panel'?")
    }

    @Test func anArticleCanExcludeATopicItsWordsWouldMatch() {
        var stokeArticle = article("stoke", [
            "Cabinet members at Stoke-on-Trent City Council received a briefing on child sexual exploitation.",
            "The briefing followed recent publication of Baroness Casey's report on group-based CSE.",
        ])
        stokeArticle.excludedTopics = ["national-audit"]
        let (assignment, diagnostics) = TopicClassifier(topics: [Self.audit, Self.stoke]).classify([stokeArticle])
        #expect(diagnostics.isEmpty)
        #expect(assignment.topics(for: "stoke") == ["stoke-panel"])
        #expect(!assignment.paragraphs.contains { $0.topic == "national-audit" })
    }
}
