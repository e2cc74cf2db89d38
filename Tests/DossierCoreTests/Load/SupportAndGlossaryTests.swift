@testable import DossierCore
import Foundation
import Testing

@Suite struct SupportAndGlossaryTests {
    static let validSupport = """
        contacts:
          - name: Police, in an emergency
            number: "999"
            for: if a child is in immediate danger
            source: https://www.example.org/999
            checked: 2026-11-21
          - name: Your local council
            url: https://www.gov.uk/find-local-council
            link_text: Find your local council
            for: to report a concern
            source: https://www.gov.uk/find-local-council
            checked: 2026-05-31

        """

    static func load(_ files: [String: String], today: Day? = nil) throws -> (Content, [Diagnostic]) {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        for (path, text) in files { try folder.write("content/\(path)", text) }
        return try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content", today: today).load()
    }

    static func failure(_ files: [String: String]) throws -> [String] {
        do {
            _ = try load(files)
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.summaryLine)
        }
    }

    @Test func loadsContactsAndGlossaryTerms() throws {
        let (content, warnings) = try Self.load([
            "support.yml": Self.validSupport,
            "glossary.yml": "terms:\n  - term: KC\n    expansion: King's Counsel\n    definition: A senior barrister.\n  - term: CSE\n    expansion: child sexual exploitation\n    definition: Abuse.\n",
        ], today: Day(iso: "2026-11-21"))
        #expect(warnings.isEmpty)
        #expect(content.support.map(\.name) == ["Police, in an emergency", "Your local council"])
        #expect(content.support[0].telephoneURL == "tel:999")
        #expect(content.support[0].line == 2)
        #expect(content.support[1].linkText == "Find your local council")
        #expect(content.glossary.map(\.term) == ["CSE", "KC"])
        #expect(content.glossary[1].expansion == "King's Counsel")
    }

    @Test func reportsUnknownKeysWithASuggestion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        try folder.write("content/support.yml", "contacts:\n  - name: NSPCC helpline\n    phone: \"0808 800 5000\"\n")
        let failure = try #require(throws: BuildFailure.self) {
            try ContentLoader(contentDirectory: folder.url.appendingPathComponent("content"), displayRoot: "content").load()
        }
        #expect(failure.diagnostics.map(\.summaryLine) == ["content/support.yml:3:5: error: unknown key 'phone'"])
        #expect(failure.diagnostics[0].hint == "known keys: name, for, number, url, link_text, source, checked")
        #expect(failure.diagnostics[0].sourceLine == "    phone: \"0808 800 5000\"")
    }

    @Test func reportsAMissingFieldOnItsContactsLine() throws {
        #expect(try Self.failure(["support.yml": "contacts:\n  - name: Childline\n    number: \"0800 1111\"\n    for: children\n    source: https://www.childline.org.uk/\n"])
                == ["content/support.yml:2: error: missing required key 'checked' in 'contacts[0]'"])
        #expect(try Self.failure(["glossary.yml": "terms:\n  - term: CSE\n    expansion: child sexual exploitation\n"])
                == ["content/glossary.yml:2: error: missing required key 'definition' in 'terms[0]'"])
        #expect(try Self.failure(["glossary.yml": "terms:\n  - term: CSE\n    expansion: x\n    definition: y\n    see: CSA\n"])
                == ["content/glossary.yml:5:5: error: unknown key 'see'"])
    }

    @Test func checksNumbersAndAddresses() throws {
        let support = """
            contacts:
              - name: Helpline
                number: call 0808
                for: adults
                source: https://example.org/
                checked: 2026-11-21
              - name: Website
                for: adults
                source: javascript:alert(1)
                checked: 2026-11-21
              - name: Link
                url: http://exa mple.org
                for: adults
                source: https://example.org/
                checked: 2026-11-21
            """
        #expect(try Self.failure(["support.yml": support]) == [
            "content/support.yml:3: error: number 'call 0808' may contain only digits, spaces and a leading '+'",
            "content/support.yml:7: error: contact 'Website' has neither a number nor a url",
            "content/support.yml:9: error: source: 'javascript:alert(1)' is not allowed: only http:// and https:// links are",
            "content/support.yml:12: error: url: 'http://exa mple.org' contains a space, quote or angle bracket",
        ])
    }

    @Test func checksGlossaryTerms() throws {
        let glossary = """
            terms:
              - term: child abuse
                expansion: x
                definition: y
              - term: CSE
                expansion: child sexual exploitation
                definition: y
              - term: CSE
                expansion: again
                definition: y
              - term: Cse
                expansion: again
                definition: y
            """
        #expect(try Self.failure(["glossary.yml": glossary]) == [
            "content/glossary.yml:2: error: term 'child abuse' must be one word of letters and digits",
            "content/glossary.yml:8: error: term 'CSE' is defined twice (first on line 5)",
            "content/glossary.yml:11: error: term 'Cse' differs only in case from 'CSE' (line 5)",
        ])
    }

    @Test func warnsAboutAContactNotCheckedForSixMonths() throws {
        // The council entry was checked on 31 May 2026: six months later is 30 November 2026.
        let onTime = try Self.load(["support.yml": Self.validSupport], today: Day(iso: "2026-11-30")).1
        #expect(onTime.isEmpty)
        let late = try Self.load(["support.yml": Self.validSupport], today: Day(iso: "2026-12-01")).1
        #expect(late.map(\.summaryLine) == [
            "content/support.yml:12: warning: contact 'Your local council' was last checked on 31 May 2026, more than 6 months ago",
        ])
        #expect(late[0].hint == "check it against https://www.gov.uk/find-local-council, then set 'checked: 2026-12-01'")
        #expect(late[0].sourceLine == "    checked: 2026-05-31")
        // Without a date (as in tests that must not depend on the clock) there is no warning.
        #expect(try Self.load(["support.yml": Self.validSupport], today: nil).1.isEmpty)
    }

    @Test func warnsWhenThereAreNoSupportContacts() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("content/dossier.yml", "title: T\n")
        var settings = BuildSettings(contentDirectory: folder.url.appendingPathComponent("content"),
                                     templatesDirectory: Fixtures.repository.appendingPathComponent("templates"), outputDirectory: folder.url.appendingPathComponent("site"))
        settings.today = nil
        let warnings = try SiteBuilder(settings: settings).plan().1
        #expect(warnings.map(\.message) == ["no contacts: the 'If you are worried about a child' box on every page will have no numbers"])
    }

    @Test func addsMonthsTheWayCalendarsDo() {
        #expect(Day(iso: "2026-08-31")!.adding(months: 6) == Day(iso: "2027-02-28"))
        #expect(Day(iso: "2027-08-31")!.adding(months: 6) == Day(iso: "2028-02-29"))
        #expect(Day(iso: "2026-11-21")!.adding(months: 6) == Day(iso: "2027-05-21"))
        #expect(Day(iso: "2026-12-15")!.adding(months: 1) == Day(iso: "2027-01-15"))
    }
}
