@testable import DossierCore
import Foundation
import Mustache
import Testing

@Suite struct TemplateFieldsTests {
    /// The lookup switches must list exactly the contexts' stored properties: a field added to
    /// PageContexts.swift without regenerating would render as empty, silently.
    @Test func theGeneratedLookupsMatchThePageContexts() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("template-fields-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.repository.appendingPathComponent("scripts/generate-template-fields.py").path, output.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let fresh = try String(contentsOf: output, encoding: .utf8)
        let committed = try String(contentsOf: Fixtures.repository.appendingPathComponent("Sources/DossierCore/Templates/TemplateFields.swift"), encoding: .utf8)
        #expect(fresh == committed, "run: python3 scripts/generate-template-fields.py")
    }

    @Test func aLookupAnswersEachFieldAndANullForAnEmptyOne() {
        let item = LinkItem(title: "Home", href: "index.html", current: true, detail: nil)
        #expect(item.child(named: "title") as? String == "Home")
        #expect(item.child(named: "current") as? Bool == true)
        #expect(item.child(named: "detail") is TemplateNull)
        #expect(item.child(named: "nonsense") == nil)
    }

    /// An empty field is false where it is, as the Mustache spec says of a null: the name is not
    /// looked up again in the enclosing values, which would show theirs.
    @Test func anEmptyFieldIsNotTakenFromAnEnclosingValue() throws {
        let template = try MustacheTemplate(string: "{{#items}}[{{title}}: {{detail}}{{^detail}}no detail{{/detail}}]{{/items}}")
        let context: [String: Any] = ["detail": "the page's own detail",
                                      "items": [LinkItem(title: "Home", href: "index.html", detail: nil),
                                                LinkItem(title: "People", href: "people/index.html", detail: "240 people")]]
        #expect(template.render(context) == "[Home: no detail][People: 240 people]")
    }
}
