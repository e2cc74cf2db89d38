@testable import DossierCore
import Testing

@Suite struct UnregisteredNameFinderTests {
    @Test func suggestsNamesAfterTitlesAndBesideSaidThatAreNotRegistered() throws {
        let finder = try MentionFinder(entities: [EntityName(id: "yvette-cooper", kind: .person, name: "Yvette Cooper")])
        let article = Article(slug: "a", path: "content/articles/a.txt", title: "A", pinnedTopics: [], draft: false, blocks: [
            ArticleBlock(kind: .paragraph, text: "Home Secretary Yvette Cooper met Cllr Amina Lone and Professor Alexis Jay.", line: 5),
            ArticleBlock(kind: .paragraph, text: "Jess Phillips said the work would continue. The Government said nothing.", line: 7),
        ], removals: [], quotes: [])
        let suggestions = UnregisteredNameFinder(finder: finder).suggestions(in: [article])
        #expect(suggestions == [
            .init(name: "Alexis Jay", places: ["content/articles/a.txt:5"]),
            .init(name: "Amina Lone", places: ["content/articles/a.txt:5"]),
            .init(name: "Jess Phillips", places: ["content/articles/a.txt:7"]),
        ])
    }
}
