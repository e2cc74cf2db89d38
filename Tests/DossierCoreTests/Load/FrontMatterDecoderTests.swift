@testable import DossierCore
import Foundation
import Testing

/// Diagnostics from the YAML decoder name the file's own lines. Regressions found by
/// Fuzz/FuzzFrontMatter.
@Suite struct FrontMatterDecoderTests {
    private func diagnostics<Fields: FrontMatterFields>(_ type: Fields.Type, _ text: String) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return FrontMatterDecoder().decode(type, yaml: text, path: "content/dossier.yml", firstLine: 1, fileLines: lines).1
    }

    /// libyaml also breaks lines at NEL, U+2028 and U+2029; the file has two lines, and the
    /// error was reported on line 4, past its end, with no source line to show.
    @Test func lineSeparatorsInsideALineDoNotMoveTheDiagnostic() throws {
        let data = try Data(contentsOf: Fixtures.repository.appendingPathComponent("Fuzz/Regressions/FuzzFrontMatter/nel-and-line-separator-in-yaml"))
        let text = try TextFileReader().decode(data, displayPath: "content/dossier.yml").get()
        let found = diagnostics(ConfigFields.self, text)
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.sourceLine != nil)
    }

    @Test func unknownKeyAfterALineSeparatorKeepsItsLineAndColumn() {
        let found = diagnostics(ConfigFields.self, "title: \"a\u{2028}b\"\ndescription: \"c\u{85}d\"\ntitel: x\n")
        #expect(found.map(\.summaryLine) == ["content/dossier.yml:3:1: error: unknown key 'titel'"])
        #expect(found.first?.sourceLine == "titel: x")
    }

    @Test func columnAfterASeparatorOnTheSameLineCountsTheWholeLine() {
        let found = diagnostics(ConfigFields.self, "{title: \"a\u{2028}b\", titel: x}\n")
        #expect(found.map(\.summaryLine) == ["content/dossier.yml:1:16: error: unknown key 'titel'"])
    }

    @Test func listItemKeyLinesCountNewlinesOnly() {
        let yaml = "terms:\n  - term: \"A\u{2029}B\"\n    expansion: x\n  - term: C\n    expansion: y\n"
        let lines = ContentLoader.keyLinesOfListItems(yaml, list: "terms")
        #expect(lines == [["term": 2, "expansion": 3], ["term": 4, "expansion": 5]])
    }
}
