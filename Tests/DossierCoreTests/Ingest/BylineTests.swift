import Testing
@testable import DossierCore

@Suite("Byline and headline")
struct BylineTests {
    static let body = "The council has agreed to commission an independent review of how it responded to reports of child sexual exploitation."

    @Test("byline forms", arguments: [
        ("By Jane Doe", "Jane Doe", nil),
        ("Published 3 March 2025", nil, "2025-03-03"),
        ("By Phil Corrigan - Local Democracy Reporter 26th Jun 2025", "Phil Corrigan", "2025-06-26"),
        ("William Eichler 16 June 2025", "William Eichler", "2025-06-16"),
        ("By Jane Doe, Political Editor | 3 June 2025", "Jane Doe", "2025-06-03"),
        ("BY JOHN SMITH", "JOHN SMITH", nil),
        ("Updated: 10:32, 16 June 2025", nil, "2025-06-16"),
    ] as [(String, String?, String?)])
    func forms(line: String, author: String?, iso: String?) {
        let article = ArticleCleaner().clean("Council orders abuse review\n\(line)\n\(Self.body)")
        #expect(article.title == "Council orders abuse review")
        #expect(article.byline?.author == author)
        #expect(article.byline?.date?.iso == iso)
        #expect(article.byline?.line == 2)
        #expect(article.blocks.map(\.text) == [Self.body])
    }

    @Test("a byline-shaped line in the body is text, not metadata")
    func noBylineInBody() {
        let text = "Council orders abuse review\n\(Self.body)\n\(Self.body) Again.\nBy Jane Doe\n16 June 2025"
        let article = ArticleCleaner().clean(text)
        #expect(article.byline == nil)
        #expect(article.blocks.count == 4)
    }

    @Test("sentences are not bylines", arguments: ["By 2030 the council will have rebuilt its safeguarding team.", "By then it was too late."])
    func sentencesAreNotBylines(line: String) {
        #expect(BylineParser.parse(line) == nil)
    }

    @Test("headline must precede the body; reading-time lines are skipped")
    func headlineRules() {
        let withReadingTime = ArticleCleaner().clean("4 min read\nCouncil orders abuse review\n\(Self.body)")
        #expect(withReadingTime.title == "Council orders abuse review")
        let noHeadline = ArticleCleaner().clean("\(Self.body)\nCouncil orders abuse review\n\(Self.body) More.")
        #expect(noHeadline.title == nil)
    }

    @Test("BBC style: Published label, date line, name line and outlet line")
    func bbcHeader() {
        let text = """
        Rochdale grooming: Report finds 'serious failings' by council

        Published
        14 January 2025

        Image source, Getty Images
        Image caption, The report looked at cases between 2004 and 2013

        Sarah Smith
        BBC News, North West

        \(Self.body)
        """
        let article = ArticleCleaner().clean(text)
        #expect(article.byline?.author == "Sarah Smith")
        #expect(article.byline?.date?.iso == "2025-01-14")
        #expect(article.byline?.lines == [4, 9, 10])
        #expect(article.blocks.map(\.text) == [Self.body])
        #expect(ArticleExpectations.rule(article, line: 3) == .timestamp)
        #expect(ArticleExpectations.rule(article, line: 6) == .imageCredit)
        #expect(ArticleExpectations.rule(article, line: 7) == .imageCaption)
    }

    @Test("Guardian style: standfirst, caption credit, name with role, weekday date")
    func guardianHeader() {
        let text = """
        Ministers to launch national inquiry into grooming gangs after Casey audit
        Prime minister accepts all 12 recommendations of review into group-based child sexual exploitation
        Keir Starmer in the Commons on Monday. Photograph: House of Commons/PA
        Jessica Elgot Deputy political editor
        Mon 16 Jun 2025 18.45 BST
        Share
        \(Self.body)
        """
        let article = ArticleCleaner().clean(text)
        #expect(article.title == "Ministers to launch national inquiry into grooming gangs after Casey audit")
        #expect(article.byline?.author == "Jessica Elgot")
        #expect(article.byline?.date?.iso == "2025-06-16")
        #expect(article.blocks.map(\.line) == [2, 7])
    }

    @Test("tabloid and WordPress bylines", arguments: [
        ("By Jane Reporter, Crime Correspondent\n10:32, 16 Jun 2025 Updated 11:05, 16 Jun 2025", "Jane Reporter", "2025-06-16"),
        ("Posted on March 3, 2025 by Jo Bloggs", "Jo Bloggs", "2025-03-03"),
        ("Last modified on Tue 14 Jan 2025 15.02 GMT", nil, "2025-01-14"),
    ] as [(String, String?, String?)])
    func otherBylines(header: String, author: String?, iso: String?) {
        let article = ArticleCleaner().clean("Council orders abuse review\n\(header)\n\(Self.body)")
        #expect(article.byline?.author == author)
        #expect(article.byline?.date?.iso == iso)
        #expect(article.blocks.map(\.text) == [Self.body])
    }
}
