@testable import DossierCore
import Testing

@Suite struct FrontMatterTests {
    private func split(_ text: String) -> FrontMatter? {
        try? FrontMatter.split(text).get()
    }

    @Test func theYAMLAndTheBodyKeepTheirLines() throws {
        let parsed = try #require(split("---\ntitle: Audit\npublished: 2025-06-16\n---\n\nFirst paragraph.\n\nSecond.\n"))
        #expect(parsed.yaml == "title: Audit\npublished: 2025-06-16")
        #expect(parsed.yamlFirstLine == 2)
        #expect(parsed.body == "\nFirst paragraph.\n\nSecond.\n")
        #expect(parsed.bodyFirstLine == 5)
    }

    @Test func theClosingLineMayBeDotsAndEndInSpaces() throws {
        #expect(split("---\na: 1\n... \t\nbody")?.body == "body")
        #expect(split("---\na: 1\n---  \nbody")?.yaml == "a: 1")
        // A closing line with anything else on it is YAML, so this one never closes.
        #expect(split("---\na: 1\n--- x\nbody") == nil)
        #expect(split("---\na: 1\n-\u{301}--\nbody") == nil)
    }

    @Test func emptyFrontMatterAndAnEmptyBody() throws {
        let empty = try #require(split("---\n---\nbody"))
        #expect(empty.yaml == "")
        #expect(empty.body == "body")
        #expect(empty.bodyFirstLine == 3)
        #expect(split("---\na: 1\n---")?.body == "")
        #expect(split("---\na: 1\n---\n")?.body == "")
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(FrontMatter.split("---") == .failure(.unterminated))
        #expect(FrontMatter.split("---\n") == .failure(.unterminated))
        #expect(FrontMatter.split("---\ntitle: x\nbody") == .failure(.unterminated))
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let parsed = try #require(split("Headline\n---\nText"))
        #expect(parsed.yaml == nil)
        #expect(parsed.body == "Headline\n---\nText")
        #expect(parsed.bodyFirstLine == 1)
    }
}
