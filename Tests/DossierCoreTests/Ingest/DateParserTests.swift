import Testing
@testable import DossierCore

@Suite("Date parser")
struct DateParserTests {
    @Test("formats seen in bylines", arguments: [
        ("26th Jun 2025", "2025-06-26"),
        ("16 June 2025", "2025-06-16"),
        ("January 17, 2025", "2025-01-17"),
        ("2025-01-16", "2025-01-16"),
        ("Jun 26, 2025", "2025-06-26"),
        ("1st March 2024", "2024-03-01"),
        ("Thursday 16 January 2025", "2025-01-16"),
        ("Thu, 16 Jan 2025", "2025-01-16"),
        ("16/01/2025", "2025-01-16"),
        ("3 Sept 2024", "2024-09-03"),
        ("22nd of May 2023", "2023-05-22"),
        ("29 February 2024", "2024-02-29"),
    ])
    func parses(input: String, iso: String) {
        #expect(DateParser.parse(input)?.iso == iso)
    }

    @Test("rejects impossible dates and sentences", arguments: [
        "31 April 2025", "29 February 2025", "16 Junk 2025", "not a date",
        "Published 16 June 2025 by the council", "2025",
    ])
    func rejects(input: String) {
        #expect(DateParser.parse(input) == nil)
    }

    @Test("substring input and search inside a line")
    func substringsAndSearch() {
        let line = "By Phil Corrigan - Local Democracy Reporter 26th Jun 2025"
        #expect(DateParser.parse(line.suffix(13))?.iso == "2025-06-26")
        #expect(DateParser.find(in: line)?.date.iso == "2025-06-26")
    }

    @Test("dates order chronologically")
    func ordering() {
        let earlier = Day(year: 2024, month: 12, day: 31)!
        let later = Day(year: 2025, month: 1, day: 1)!
        #expect(earlier < later)
        #expect(Day(year: 987, month: 3, day: 4)!.iso == "0987-03-04")
    }
}
