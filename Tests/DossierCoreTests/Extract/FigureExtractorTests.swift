@testable import DossierCore
import Testing

@Suite struct FigureExtractorTests {
    let extractor = FigureExtractor()

    func phrases(_ sentence: String) -> [String] { extractor.find(in: sentence).map(\.phrase) }

    @Test func findsTheFiguresTheSeedsGive() {
        #expect(phrases("Victims will be given more power to have their cases re-examined as part of a £10 million action plan unveiled by the Home Secretary.")
                == ["£10 million action plan"])
        #expect(phrases("In March a total of 169 children in Stoke-on-Trent were being considered by the multi-agency child exploitation panel.")
                == ["a total of 169 children"])
        #expect(phrases("CCE cases make up the majority of this caseload – 129 cases compared to 18 CSE and 22 cases involving both – with boys accounting for around two thirds of the cohort.")
                == ["129 cases", "18 CSE", "22 cases involving both"])
        #expect(phrases("which identified around 700 recorded offences of group-based child sexual exploitation in 2023.") == ["around 700 recorded offences"])
        #expect(phrases("DCC Riggs explained that at a national level, 800 CSE cases where there had been 'no further action' were being reviewed.") == ["800 CSE cases"])
        #expect(phrases("started by former city MP Jonathan Gullis and signed by more than 1,800 people, is due to be debated by councillors.") == ["more than 1,800 people"])
        #expect(phrases("Alongside the three-month review, led by Baroness (Louise) Casey") == ["three-month review"])
        #expect(phrases("which would be piloted in Oldham and four other areas, backed by £5m of government funding.") == ["£5m"])
    }

    @Test func leavesDatesAndYearsAlone() {
        #expect(phrases("In an oral statement in the House of Commons on Thursday afternoon (January 16), Ms Cooper said it.") == [])
        #expect(phrases("given her no holds barred 2015 report following the Jay inquiry") == [])
        #expect(phrases("By Phil Corrigan - Local Democracy Reporter 26th Jun 2025") == [])
    }
}
