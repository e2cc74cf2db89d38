import Testing
@testable import DossierCore

/// One test per matching rule, on sentences taken from the seed articles.
@Suite struct MentionFinderRuleTests {
    let finder: MentionFinder

    init() throws {
        finder = try TestRegistry.finder()
    }

    // MARK: Titles

    @Test func sentenceCaseHomeSecretaryTitleIsPartOfTheMention() {
        let mentions = finder.mentions(in: ["Home secretary Yvette Cooper has ordered a national audit of gang-related child sexual exploitation (CSE)."])
        #expect(mentions == [Mention(entityID: "yvette-cooper", run: 0, range: 0..<28, surface: "Home secretary Yvette Cooper", form: .titleForm)])
    }

    @Test func titleCaseAndLowerCaseOfficesAreTitles() {
        #expect(finder.found(in: "Responding to the report, Home Secretary Yvette Cooper said the Government will act.")
            == [Found("yvette-cooper", "Home Secretary Yvette Cooper")])
        #expect(finder.found(in: "highly critical of Phillips and prime minister Keir Starmer.")
            == [Found("keir-starmer", "prime minister Keir Starmer")])
        #expect(finder.found(in: "On this point, shadow home secretary Chris Philp questioned how they could")
            == [Found("chris-philp", "shadow home secretary Chris Philp")])
        #expect(finder.found(in: "Shadow Home Secretary Chris Philp said") == [Found("chris-philp", "Shadow Home Secretary Chris Philp")])
    }

    @Test func policeRankTitles() {
        #expect(finder.found(in: "The cabinet heard from Deputy Chief Constable Rebecca Riggs from Staffordshire Police, the national policing lead.")
            == [Found("rebecca-riggs", "Deputy Chief Constable Rebecca Riggs"), Found("staffordshire-police", "Staffordshire Police")])
        #expect(finder.found(in: "NPCC lead for child protection and abuse investigation, Assistant Chief Constable Rebecca Riggs, and director")
            == [Found("npcc", "NPCC"), Found("rebecca-riggs", "Assistant Chief Constable Rebecca Riggs")])
    }

    @Test func titleAndSurnameLinksWithoutContextWhenTheSurnameIsUnique() {
        #expect(finder.found(in: "DCC Riggs explained that at a national level, 800 CSE cases were being reviewed.") == [Found("rebecca-riggs", "DCC Riggs")])
        #expect(finder.found(in: "Baroness Casey found deep-rooted institutional failures") == [Found("louise-casey", "Baroness Casey")])
        #expect(finder.found(in: "In her report, Professor Jay recommended a core dataset") == [Found("alexis-jay", "Professor Jay")])
        #expect(finder.found(in: "Cllr Ashworth asked for a further report in six months' time") == [Found("jane-ashworth", "Cllr Ashworth")])
        #expect(finder.mentions(in: ["Ms Cooper has pledged"]).first?.form == .titleSurname)
    }

    @Test func titleWithParenthesisedFirstName() {
        #expect(finder.found(in: "Alongside the three-month review, led by Baroness (Louise) Casey, the government will")
            == [Found("louise-casey", "Baroness (Louise) Casey")])
    }

    @Test func chainedTitles() {
        #expect(finder.found(in: "Prime Minister Sir Keir Starmer has refused") == [Found("keir-starmer", "Prime Minister Sir Keir Starmer")])
    }

    @Test func titleContradictingTheRegisteredFormIsSomeoneElse() {
        // Louise Casey is registered as "Baroness Casey", Yvette Cooper as "Ms Cooper".
        #expect(finder.found(in: "Lord Casey and Mr Cooper disagreed.").isEmpty)
        // "Mr Cooper" shows a second Cooper is in play, so even "Ms Cooper" is left unlinked.
        #expect(finder.found(in: "Yvette Cooper spoke; Mr Cooper did not. Ms Cooper later added")
            == [Found("yvette-cooper", "Yvette Cooper")])
        // Nothing registered about Sarah Hill's title, so any title is accepted.
        #expect(finder.found(in: "Mrs Hill spoke.") == [Found("sarah-hill", "Mrs Hill")])
    }

    @Test func aTitleAloneIsNotAMention() {
        #expect(finder.found(in: "the Home Secretary is writing to chief constables; the Prime Minister agreed.").isEmpty)
    }

    @Test func titlesDoNotExtendOrganisationNames() {
        #expect(finder.found(in: "Minister Home Office officials said") == [Found("home-office", "Home Office")])
    }

    // MARK: Post-nominals

    @Test func kcIsIncludedInTheMention() {
        #expect(finder.found(in: "She also said that Tom Crowther KC, who led the inquiry into CSE in Telford, would work with the government")
            == [Found("tom-crowther", "Tom Crowther KC")])
        #expect(finder.found(in: "This work, including the new Victims and Survivors Panel and work with Mr Crowther KC, will be backed by £2.5 million in funding.")
            == [Found("tom-crowther", "Mr Crowther KC")])
    }

    @Test func possessiveAfterKC() {
        let mentions = finder.mentions(in: ["under Mr Crowther KC’s framework"])
        #expect(mentions.map(\.surface) == ["Mr Crowther KC"])
        #expect(mentions.first?.isPossessive == true)
    }

    // MARK: Surname-only

    @Test func surnameLinksAfterAFullMentionInTheSameSection() {
        let runs = [
            "Home secretary Yvette Cooper has ordered a national audit of gang-related child sexual exploitation (CSE).",
            "Alongside the three-month review, the government will support councils, Cooper told the House of Commons today.",
        ]
        let mentions = finder.mentions(in: runs)
        #expect(mentions.map { Found($0.entityID, $0.surface) } == [
            Found("yvette-cooper", "Home secretary Yvette Cooper"),
            Found("yvette-cooper", "Cooper"),
            Found("house-of-commons", "House of Commons"),
        ])
        #expect(mentions[1].form == .surnameOnly)
        #expect(mentions[1].run == 1)
    }

    @Test func surnameWithoutAnEarlierFullMentionIsNotLinkedEvenIfRegisteredAsAlias() {
        #expect(finder.found(in: "Cooper told the House of Commons today.") == [Found("house-of-commons", "House of Commons")])
    }

    @Test func surnameBeforeTheFullMentionIsNotLinked() {
        #expect(finder.found(in: "Crowther will work with Oldham Council. Tom Crowther KC chaired the Telford inquiry. Crowther said more.")
            == [Found("oldham-council", "Oldham Council"), Found("tom-crowther", "Tom Crowther KC"), Found("tom-crowther", "Crowther")])
    }

    @Test func sectionsDoNotShareContext() {
        _ = finder.mentions(in: ["Yvette Cooper spoke."])
        #expect(finder.found(in: "Cooper said the audit would be led by others.").isEmpty)
    }

    @Test func aUniqueTitleFormIntroducesTheSurname() {
        #expect(finder.found(in: "Baroness Casey found failures. Cabinet members said that the Casey report had to be a 'turning point'.")
            == [Found("louise-casey", "Baroness Casey"), Found("louise-casey", "Casey")])
    }

    @Test func surnameInsideALongerCapitalisedNameIsNotLinked() {
        let text = "Cllr Sarah Hill spoke. Officials in Hill Street disagreed, but Hill said the report was shocking."
        #expect(finder.found(in: text) == [Found("sarah-hill", "Cllr Sarah Hill"), Found("sarah-hill", "Hill")])
        // "Capitol Hill" is another name ending in Hill, so bare "Hill" is ambiguous in that section.
        let withCapitol = "Cllr Sarah Hill spoke. Officials on Capitol Hill disagreed, but Hill said the report was shocking."
        #expect(finder.found(in: withCapitol) == [Found("sarah-hill", "Cllr Sarah Hill")])
    }

    @Test func unregisteredNamesakeMakesShortFormsAmbiguous() {
        #expect(finder.found(in: "Ben Adams spoke. Gerry Adams was also there. Adams said, and Mr Adams agreed.")
            == [Found("ben-adams", "Ben Adams")])
        #expect(finder.found(in: "Sam Cooper, a campaigner, and Yvette Cooper spoke. Cooper said it was overdue.")
            == [Found("yvette-cooper", "Yvette Cooper")])
    }

    @Test func sentenceConnectorBeforeASurnameDoesNotBlockIt() {
        #expect(finder.found(in: "Jess Phillips rejected the request. But Phillips said councils could act.")
            == [Found("jess-phillips", "Jess Phillips"), Found("jess-phillips", "Phillips")])
        #expect(finder.found(in: "Baroness Casey found failures. The Casey report was shocking.")
            == [Found("louise-casey", "Baroness Casey"), Found("louise-casey", "Casey")])
    }

    @Test func commonWordSurnameIsNotLinkedAtASentenceStart() throws {
        let finder = try TestRegistry.finder(adding: [EntityName(id: "alex-young", kind: .person, name: "Alex Young")])
        #expect(finder.found(in: "Alex Young chairs the panel. Young people were not heard, said Young.")
            == [Found("alex-young", "Alex Young"), Found("alex-young", "Young")])
    }

    // MARK: Ambiguity

    @Test func sharedSurnameMentionedInFullIsNeverLinkedBare() throws {
        let finder = try TestRegistry.finder(adding: [EntityName(id: "sam-cooper", kind: .person, name: "Sam Cooper", aliases: ["Cooper", "Mr Cooper"])])
        let runs = [
            "Home secretary Yvette Cooper has ordered a national audit.",
            "Cooper told the House of Commons today.",
            "Sam Cooper, a campaigner, welcomed it. Cooper said it was overdue, and Ms Cooper agreed.",
        ]
        #expect(finder.found(inRuns: runs) == [
            Found("yvette-cooper", "Home secretary Yvette Cooper"),
            Found("house-of-commons", "House of Commons"),
            Found("sam-cooper", "Sam Cooper"),
        ])
    }

    @Test func sharedSurnameWithTitleNeedsExactlyOnePriorFullMention() throws {
        let finder = try TestRegistry.finder(adding: [EntityName(id: "sam-cooper", kind: .person, name: "Sam Cooper")])
        #expect(finder.found(in: "Ms Cooper has pledged action.").isEmpty)
        #expect(finder.found(in: "Yvette Cooper spoke. Ms Cooper has pledged action. Cooper added more.")
            == [Found("yvette-cooper", "Yvette Cooper"), Found("yvette-cooper", "Ms Cooper"), Found("yvette-cooper", "Cooper")])
    }

    // MARK: Boundaries, case and apostrophes

    @Test func wordBoundaries() {
        #expect(finder.found(in: "Cooperation between agencies is vital.").isEmpty)
        #expect(finder.found(in: "The CPSx system and CPS-led reviews.").isEmpty)
        #expect(finder.found(in: "referred to the CPS.") == [Found("cps", "CPS")])
        #expect(finder.found(in: "Hillsborough Law and the Crowthers.").isEmpty)
    }

    @Test func longestMatchWins() {
        #expect(finder.found(in: "Cabinet members at Stoke-on-Trent City Council received a briefing.")
            == [Found("stoke-on-trent-city-council", "Stoke-on-Trent City Council")])
        #expect(finder.found(in: "Cabinet members at the city council received a briefing on work to tackle child exploitation in Stoke-on-Trent.").isEmpty)
        #expect(finder.found(in: "Arooj Shah, leader of Oldham Metropolitan Borough Council, said")
            == [Found("arooj-shah", "Arooj Shah"), Found("oldham-council", "Oldham Metropolitan Borough Council")])
    }

    @Test func curlyAndStraightApostrophesInNames() {
        let curly = "The Home Secretary is writing to the National Police Chiefs’ Council (NPCC) requesting officers look again."
        #expect(finder.found(in: curly) == [Found("npcc", "National Police Chiefs’ Council"), Found("npcc", "NPCC")])
        #expect(finder.found(in: "the National Police Chiefs' Council on Thursday") == [Found("npcc", "National Police Chiefs' Council")])
    }

    @Test func matchingIsCaseSensitive() {
        #expect(finder.found(in: "the npcc and the home office and yvette cooper and YVETTE COOPER and Iicsa").isEmpty)
    }

    @Test func possessivesAreExcludedFromTheRange() {
        let text = "Baroness Casey found failures. Casey's report and Casey’s review."
        let mentions = finder.mentions(in: [text])
        #expect(mentions.map(\.surface) == ["Baroness Casey", "Casey", "Casey"])
        #expect(mentions.map(\.isPossessive) == [false, true, true])
        let bytes = Array(text.utf8)
        for mention in mentions {
            #expect(String(decoding: bytes[mention.range], as: UTF8.self) == mention.surface)
        }
        #expect(finder.found(in: "according to Baroness Louise Casey's report into grooming gangs")
            == [Found("louise-casey", "Baroness Louise Casey")])
    }

    @Test func possessiveAcronymWithCurlyApostrophe() {
        let mentions = finder.mentions(in: ["IICSA’s recommendations, including mandatory reporting"])
        #expect(mentions == [Mention(entityID: "iicsa", run: 0, range: 0..<5, surface: "IICSA", form: .acronym, isPossessive: true)])
    }

    @Test func rangesAreUTF8ByteOffsetsAfterMultiByteText() {
        let text = "£5m — “Yvette Cooper’s plan”"
        let mentions = finder.mentions(in: [text])
        let start = "£5m — “".utf8.count
        #expect(mentions.map(\.range) == [start..<(start + "Yvette Cooper".utf8.count)])
        #expect(mentions.first?.surface == "Yvette Cooper")
    }

    @Test func mentionsNeverSpanRuns() {
        #expect(finder.found(inRuns: ["Yvette", "Cooper said"]).isEmpty)
        #expect(finder.found(in: "Yvette\nCooper said") == [Found("yvette-cooper", "Yvette\nCooper")])
    }

    @Test func firstMentionPerEntity() {
        let mentions = finder.mentions(in: ["Tom Crowther KC spoke. Crowther will work with Oldham Council. Mr Crowther KC agreed."])
        #expect(mentions.count == 4)
        #expect(mentions.firstMentionPerEntity().map(\.surface) == ["Tom Crowther KC", "Oldham Council"])
    }

    @Test func emptyInput() {
        #expect(finder.mentions(in: []).isEmpty)
        #expect(finder.mentions(in: ["", "   "]).isEmpty)
    }
}
