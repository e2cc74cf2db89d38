@testable import DossierCore
import Testing

@Suite struct DateResolverTests {
    let resolver = DateResolver()
    let thursday = Day(year: 2025, month: 1, day: 16)!
    let june = Day(year: 2025, month: 6, day: 26)!

    func dates(_ sentence: String, _ published: Day?) -> [String] {
        resolver.find(in: sentence, published: published).map { "\($0.expression) → \($0.date.text) (\($0.date.precision.rawValue))" }
    }

    @Test func resolvesAbsoluteDates() {
        #expect(dates("By Phil Corrigan - Local Democracy Reporter 26th Jun 2025", nil) == ["26th Jun 2025 → 26 June 2025 (day)"])
        #expect(dates("Alec wrote on January 17, 2025 at 2:24 am", nil) == ["January 17, 2025 → 17 January 2025 (day)"])
    }

    @Test func resolvesRelativeDatesAgainstThePublicationDate() {
        #expect(dates("In an oral statement in the House of Commons on Thursday afternoon (January 16), Ms Cooper said:", thursday)
                == ["on Thursday → 16 January 2025 (day)", "January 16 → 16 January 2025 (day)"])
        #expect(dates("Speaking in the House of Commons on Thursday, Cooper said", Day(year: 2025, month: 1, day: 17)) == ["on Thursday → 16 January 2025 (day)"])
        #expect(dates("In March a total of 169 children in Stoke-on-Trent were being considered", june) == ["In March → March 2025 (month)"])
        #expect(dates("Cooper responded, initially, with a statement to Parliament last week", thursday) == ["last week → Around January 2025 (approximate)"])
        #expect(dates("Ms Cooper has pledged that by Easter this year the Government will lay out a clear timetable", thursday)
                == ["by Easter → By Easter, April 2025 (approximate)", "this year → 2025 (year)"])
        #expect(dates("Cllr Ashworth asked for a further report in six months' time", june) == ["in six months' time → Around December 2025 (approximate)"])
        #expect(dates("Cooper told the House of Commons today.", thursday) == ["today → 16 January 2025 (day)"])
        #expect(dates("In March", nil) == [])
    }

    @Test func aMonthLaterInTheYearThanPublicationIsLastYears() {
        #expect(dates("The council met in November.", Day(year: 2025, month: 1, day: 16)) == ["in November → November 2024 (month)"])
    }

    @Test func computesEaster() {
        #expect(DateResolver.easterSunday(2025) == Day(year: 2025, month: 4, day: 20))
        #expect(DateResolver.easterSunday(2024) == Day(year: 2024, month: 3, day: 31))
    }
}
