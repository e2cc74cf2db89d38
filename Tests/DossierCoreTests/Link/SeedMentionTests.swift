import Testing
@testable import DossierCore

/// The finder over the article text of the five seed articles, one section per article
/// and one run per paragraph.
@Suite struct SeedMentionTests {
    let finder: MentionFinder

    init() throws {
        finder = try TestRegistry.finder()
    }

    private func mentions(_ text: String) -> (runs: [String], mentions: [Mention]) {
        let runs = SeedArticleTexts.paragraphs(text)
        return (runs, finder.mentions(in: runs))
    }

    private func expected(_ mentions: [Mention]) -> [SeedExpectations.Expected] {
        mentions.map { .init($0.run, $0.entityID, $0.surface) }
    }

    @Test func stokeCabinetBriefing() {
        #expect(expected(mentions(SeedArticleTexts.stokeCabinetBriefing).mentions) == SeedExpectations.stokeCabinetBriefing)
    }

    @Test func caseyReportCollectiveFailure() {
        #expect(expected(mentions(SeedArticleTexts.caseyReportCollectiveFailure).mentions) == SeedExpectations.caseyReportCollectiveFailure)
    }

    @Test func nationalAuditOrdered() {
        #expect(expected(mentions(SeedArticleTexts.nationalAuditOrdered).mentions) == SeedExpectations.nationalAuditOrdered)
    }

    @Test func homeSecretaryMeasures() {
        #expect(expected(mentions(SeedArticleTexts.homeSecretaryMeasures).mentions) == SeedExpectations.homeSecretaryMeasures)
    }

    @Test func rapidAuditAnnounced() {
        #expect(expected(mentions(SeedArticleTexts.rapidAuditAnnounced).mentions) == SeedExpectations.rapidAuditAnnounced)
    }

    @Test func policeAndCrimeCommissionerParagraph() {
        let paragraph = "Police, Fire and Crime Commissioner Ben Adams told the meeting that safeguarding children was 'absolutely crucial' for him and Staffordshire Police, and noted the recruitment of 100 more public protection officers."
        #expect(finder.found(in: paragraph) == [Found("ben-adams", "Commissioner Ben Adams"), Found("staffordshire-police", "Staffordshire Police")])
    }

    @Test func gittinsParagraph() {
        let paragraph = "Cllr Louise Gittins, chair of the Local Government Association, commented: ‘Child sexual exploitation is a horrific crime and one that we must all work together to tackle.’"
        #expect(finder.found(in: paragraph) == [Found("louise-gittins", "Cllr Louise Gittins"), Found("local-government-association", "Local Government Association")])
    }

    @Test func jayInquiryBeforeJayIsIntroducedIsNotLinked() {
        let (runs, found) = mentions(SeedArticleTexts.homeSecretaryMeasures)
        let jayRun = try! #require(runs.firstIndex { $0.contains("the Jay inquiry") })
        #expect(found.filter { $0.run == jayRun }.map(\.surface) == ["Baroness Casey"])
        #expect(found.contains { $0.entityID == "alexis-jay" && $0.surface == "Professor Alexis Jay" })
    }

    @Test func newloveParagraph() {
        let paragraph = "The Victims’ Commissioner for England and Wales, Baroness Newlove, said: “I welcome the Home Secretary’s statement to the House on tackling child sexual abuse.”"
        #expect(finder.found(in: paragraph) == [Found("baroness-newlove", "Baroness Newlove")])
    }

    /// Independent of the reviewed lists: every surface is exactly the text at its range,
    /// names a form of its own entity, and no unregistered person or lower-case word is linked.
    @Test(arguments: SeedArticleTexts.all.map(\.name))
    func everySurfaceBelongsToItsEntity(article: String) throws {
        let text = try #require(SeedArticleTexts.all.first { $0.name == article }?.text)
        let (runs, found) = mentions(text)
        let byID = Dictionary(uniqueKeysWithValues: TestRegistry.entities.map { ($0.id, $0) })
        #expect(!found.isEmpty)
        for mention in found {
            let bytes = Array(runs[mention.run].utf8)
            #expect(String(decoding: bytes[mention.range], as: UTF8.self) == mention.surface)
            let entity = try #require(byID[mention.entityID])
            let normalisedSurface = mention.surface.replacing("’", with: "'")
            switch entity.kind {
            case .organisation:
                #expect(([entity.name] + entity.aliases).contains(normalisedSurface), "\(mention)")
            case .person:
                let surname = String(entity.name.split(separator: " ").last!)
                #expect(normalisedSurface.hasSuffix(surname) || normalisedSurface.hasSuffix(surname + " KC"), "\(mention)")
                #expect(mention.surface.first?.isUppercase == true || mention.form == .titleForm, "\(mention)")
            }
            // A link never swallows the possessive.
            #expect(!mention.surface.hasSuffix("'s") && !mention.surface.hasSuffix("’s"))
        }
    }
}
