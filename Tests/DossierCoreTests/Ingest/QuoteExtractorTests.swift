import Testing
@testable import DossierCore

@Suite("Quote extraction")
struct QuoteExtractorTests {
    func quotes(_ paragraphs: [String]) -> [Quote] {
        ArticleCleaner().clean(paragraphs.joined(separator: "\n\n")).quotes
    }

    @Test("said-after attribution with a role after the name")
    func saidAfter() throws {
        let found = quotes(["\"We will act on every recommendation,\" said Cllr Jo Bloggs, leader of Anytown Council."])
        let quote = try #require(found.first)
        #expect(quote.text == "We will act on every recommendation")
        #expect(quote.speaker == "Cllr Jo Bloggs")
        #expect(quote.speakers == ["Cllr Jo Bloggs"])
    }

    @Test("colon introduction with straight quotes across paragraphs, then a pronoun")
    func multiParagraphAndPronoun() throws {
        let found = quotes([
            "Detective Superintendent Amy Clarke, who leads the investigation, said: \"This was a complex inquiry.",
            "\"We have spoken to more than 40 witnesses.\"",
            "The court heard the abuse took place between 2004 and 2011 in several towns across the county.",
            "She added: 'We would urge anyone with information to come forward.'",
        ])
        #expect(found.count == 2)
        #expect(found[0].speaker == "Detective Superintendent Amy Clarke")
        #expect(found[0].speakerName == "Amy Clarke")
        #expect(found[0].text == "This was a complex inquiry.\n\nWe have spoken to more than 40 witnesses.")
        #expect(found[0].blockIndexes == [0, 1])
        #expect(found[1].speaker == "Detective Superintendent Amy Clarke")
        #expect(found[1].text == "We would urge anyone with information to come forward.")
    }

    @Test("an unresolvable 'it said' keeps the speaker unknown")
    func unresolvedPronoun() throws {
        let quote = try #require(quotes(["“Lessons have been learned,” it said."]).first)
        #expect(quote.speaker == nil)
        #expect(quote.speakers.isEmpty)
    }

    @Test("'it said' after a named organisation resolves to it")
    func organisationPronoun() throws {
        let found = quotes([
            "The Local Government Association said councils needed more funding to carry out the reviews.",
            "“Councils cannot do this alone,” it said.",
        ])
        #expect(found.first?.speaker == "The Local Government Association")
        #expect(found.first?.speakerName == nil)
    }

    @Test("joint statement names two people", arguments: [
        "Jo Bloggs and Sam Smith said: “We welcome the review.”",
        "In a statement, council leader Jo Bloggs, and chief executive Sam Smith, said: “We welcome the review.”",
    ])
    func jointStatements(paragraph: String) throws {
        let quote = try #require(quotes([paragraph]).first)
        #expect(quote.speakers.count == 2)
        #expect(quote.speakers.last == "Sam Smith")
    }

    @Test("quoted phrases inside reported speech are not quotes")
    func inlineFragments() {
        let found = quotes([
            "The minister said the findings were “deeply troubling” and promised action.",
            "‘Collective failure’ was the phrase used most often by the report's authors in their conclusions.",
        ])
        #expect(found.isEmpty)
    }

    @Test("apostrophes inside single-quoted speech do not end it")
    func apostrophes() throws {
        let quote = try #require(quotes(["Cllr Jo Bloggs commented: ‘Children’s safety isn’t negotiable.’"]).first)
        #expect(quote.text == "Children’s safety isn’t negotiable.")
        #expect(quote.speaker == "Cllr Jo Bloggs")
    }

    @Test("speaker names from role phrases")
    func speakerNames() {
        #expect(SpeakerParser.personalName(in: "Council leader Jane Ashworth") == "Jane Ashworth")
        #expect(SpeakerParser.personalName(in: "Assistant Chief Constable Rebecca Riggs") == "Rebecca Riggs")
        #expect(SpeakerParser.personalName(in: "Cllr Sarah Hill") == "Cllr Sarah Hill")
        #expect(SpeakerParser.personalName(in: "the Tory leader") == nil)
        #expect(SpeakerParser.personalName(in: "ACT on IICSA") == nil)
        #expect(SpeakerParser.attribution(from: "Cllr Sarah Hill, cabinet member for finance,")?.speaker == "Cllr Sarah Hill")
    }
}
