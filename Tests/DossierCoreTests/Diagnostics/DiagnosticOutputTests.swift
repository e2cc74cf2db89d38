@testable import DossierCore
import Foundation
import Testing

@Suite struct DiagnosticOutputTests {
    static let misspelt = Diagnostic(.error, "content/people/jess.md", line: 3, column: 1, "unknown key 'alias'",
                                     hint: "did you mean 'aliases'?", sourceLine: "alias: [Ms Phillips]")

    @Test func oneFormatWithTheLineAndAHint() {
        #expect(DiagnosticFormatter(useColour: false).format(Self.misspelt) == """
            content/people/jess.md:3:1: error: unknown key 'alias'
              3 | alias: [Ms Phillips]
                | ^
              hint: did you mean 'aliases'?
            """)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() {
        #expect(DiagnosticFormatter.shouldColour(isTerminal: true, environment: [:]))
        #expect(!DiagnosticFormatter.shouldColour(isTerminal: false, environment: [:]))
        #expect(!DiagnosticFormatter.shouldColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(DiagnosticFormatter.shouldColour(isTerminal: true, environment: ["NO_COLOR": ""]))  // as no-color.org says
        #expect(!DiagnosticFormatter.shouldColour(isTerminal: true, environment: ["TERM": "dumb"]))
        #expect(DiagnosticFormatter(useColour: true).format(Self.misspelt).contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(!DiagnosticFormatter(useColour: false).format(Self.misspelt).contains("\u{1B}"))
    }

    @Test func theCaretFollowsTabs() {
        let diagnostic = Diagnostic(.warning, "a.md", line: 2, column: 3, "x", sourceLine: "\tab")
        #expect(DiagnosticFormatter(useColour: false).format(diagnostic).contains("  2 | \tab\n    | \t ^"))
    }

    @Test func summaryCountsBoth() {
        #expect(DiagnosticFormatter.summary(of: []) == nil)
        #expect(DiagnosticFormatter.summary(of: [Self.misspelt, .warning("a", "w"), .warning("b", "w")]) == "1 error, 2 warnings")
    }

    @Test func jsonHasEveryKeyAndIsSorted() throws {
        let data = DiagnosticJSON.encode([.warning("b.md", "later"), Self.misspelt])
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.map { $0["path"] as? String } == ["b.md", "content/people/jess.md"])
        #expect(Set(array[0].keys) == ["path", "line", "column", "severity", "message", "hint", "sourceLine"])
        #expect(array[0]["line"] is NSNull)
        #expect(array[1]["severity"] as? String == "error")
        #expect(array[1]["hint"] as? String == "did you mean 'aliases'?")
    }

    @Test func sourceLinesAreReadBackFromTheFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("people/x.md", "---\nname: X\nrole: y\n---\n")
        let located = SourceLines.attach(to: [.error(file.path, line: 3, "unknown key 'role'"), .error(file.path, line: 9, "past the end"), .error(file.path, "no line")])
        #expect(located.map(\.sourceLine) == ["role: y", nil, nil])
    }

    @Test func reportsCountPagesByKind() {
        let plan = SitePlan(files: ["index.html": Data(), "articles/index.html": Data(), "articles/a.html": Data(), "articles/b.html": Data(),
                                    "people/p.html": Data(), "assets/style.css": Data()])
        let report = BuildReport(plan: plan, warnings: [])
        #expect(report.pageSummary == "5 pages (2 articles, 1 home, 1 index, 1 people)")
        #expect(report.files == 6)
    }
}
