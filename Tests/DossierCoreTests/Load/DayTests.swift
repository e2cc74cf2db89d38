@testable import DossierCore
import Testing

@Suite struct DayTests {
    @Test func parsesOnlyRealISODates() {
        #expect(Day(iso: "2025-01-16") == Day(year: 2025, month: 1, day: 16))
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2025-13-01") == nil)
        #expect(Day(iso: "16/01/2025") == nil)
        #expect(Day(iso: "2025-1-16") == nil)
    }

    @Test func writesDatesAsGOVUKDoes() {
        #expect(Day(year: 2025, month: 1, day: 16)?.long == "16 January 2025")
        #expect(Day(year: 2025, month: 6, day: 5)?.iso == "2025-06-05")
    }

    @Test func convertsEpochDaysBothWays() {
        let day = Day(year: 2025, month: 6, day: 26)!
        #expect(day.daysSinceEpoch == 20265)
        #expect(Day(daysSinceEpoch: 20265) == day)
        #expect(Day(daysSinceEpoch: 0) == Day(year: 1970, month: 1, day: 1))
    }
}
