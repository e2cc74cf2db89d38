import Testing
@testable import DossierCore

/// Each rule on small invented inputs shaped like other publications' pages.
@Suite("Cleaning rules")
struct CleaningRuleTests {
    typealias Expect = ArticleExpectations
    let cleaner = ArticleCleaner()

    static let body1 = "Campaigners have called for an independent inquiry into how the council handled reports of child sexual exploitation over two decades in the town."
    static let body2 = "The council said it had overhauled its safeguarding procedures since 2015 and would co-operate fully with any review ordered by ministers this year."

    @Test("BBC-style related topics and more-on-this-story footer")
    func relatedLinksFooter() {
        let text = """
        Council faces inquiry call over abuse failings

        By Jane Doe

        Published 3 March 2025

        \(Self.body1)

        \(Self.body2)

        Related Topics

        Rochdale
        Child abuse

        More on this story

        Council apologises to abuse survivors
        Published 2 days ago
        """
        let article = cleaner.clean(text)
        #expect(article.title == "Council faces inquiry call over abuse failings")
        #expect(article.byline?.author == "Jane Doe")
        #expect(article.byline?.date?.iso == "2025-03-03")
        #expect(article.byline?.lines == [3, 5])
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(Expect.rule(article, line: 11) == .relatedLinks)
        #expect(Expect.rule(article, line: 14) == .relatedLinks)
        #expect(Expect.rule(article, line: 19) == .timestamp)
    }

    @Test("a mid-article newsletter prompt does not take the short paragraphs after it")
    func midArticlePromptWithShortParagraphs() {
        let text = """
        Ministers to launch national inquiry into grooming gangs after Casey audit
        A full national inquiry into grooming gangs will be launched, the prime minister has said, after a review found "collective failure" across institutions.
        Sign up for First Edition, our free daily newsletter – every weekday morning at 7am
        The home secretary, Yvette Cooper, told MPs the inquiry would have statutory powers.
        Speaking in the Commons, Cooper said: "For too long, victims have been failed."
        "It must never happen again," she added.
        Explore more on these topics
        Child protection
        Yvette Cooper
        Share
        Reuse this content
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.line) == [2, 4, 5, 6])
        #expect(Expect.rule(article, line: 3) == .newsletterPrompt)
        #expect(Expect.rule(article, line: 7) == .relatedLinks)
        #expect(Expect.rule(article, line: 9) == .relatedLinks)
        #expect(Expect.rule(article, line: 10) == .shareWidget)
        #expect(article.quotes.map(\.speaker) == ["Cooper", "Cooper"])
    }

    @Test("WordPress like buttons and a thoughts-on comment heading")
    func wordPressFooter() {
        let text = """
        \(Self.body1)
        Like this:
        Like Loading...
        Related
        4 thoughts on “Councillors demand answers over CSE review delay”
        Anne Other says:
        March 4, 2025 at 9:14 am
        Disgraceful.
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1])
        #expect(Expect.rule(article, line: 2) == .shareWidget)
        #expect(Expect.rule(article, line: 4) == .relatedLinks)
        #expect(article.removals.last == Removal(lines: 5...8, rule: .commentSection, text: article.removals.last?.text ?? ""))
    }

    @Test("Guardian-style caption with Photograph credit")
    func guardianCaption() {
        let text = """
        \(Self.body1)
        Keir Starmer at Prime Minister's Questions on Wednesday. Photograph: Jessica Taylor/UK Parliament/AFP/Getty Images
        \(Self.body2)
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(Expect.rule(article, line: 2) == .imageCredit)
    }

    @Test("credit lines in several house styles", arguments: [
        "© Getty Images",
        "Photo: Stefan Rousseau/PA Wire",
        "Image: Anytown Council",
        "Credit: Jo Bloggs",
        "Stefan Rousseau / PA",
        "The town hall (Image: Google Maps)",
        "Protesters outside the court on Monday (Anytown Post)",
        "A file photo of police officers / Shutterstock",
    ])
    func creditLines(line: String) {
        #expect(LineClassifier.rule(for: line) == .imageCredit)
    }

    @Test("a caption above its credit and a doubled caption are both removed")
    func captions() {
        let text = """
        \(Self.body1)

        Cllr Jo Bloggs
        Council leader Jo Bloggs (copyright: Anytown Council)

        \(Self.body2)

        Police outside the town hall on Monday
        Police outside the town hall on Monday
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(Expect.rule(article, line: 3) == .imageCaption)
        #expect(Expect.rule(article, line: 4) == .imageCredit)
        #expect(Expect.rule(article, line: 8) == .imageCaption)
        #expect(Expect.rule(article, line: 9) == .repeatedLine)
    }

    @Test("advert slugs mid-article are removed and the text around them kept")
    func adverts() {
        let text = "\(Self.body1)\nAdvertisement\n\(Self.body2)\nADVERTISEMENT\nSponsored\nStory continues below advertisement\nThe inquiry will report next year."
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2, "The inquiry will report next year."])
        #expect(article.removals.map(\.rule) == [.advert, .advert])
        #expect(article.removals.map(\.lines) == [2...2, 4...6])
    }

    @Test("a Leave a Reply form ends the article")
    func leaveAReply() {
        let text = """
        \(Self.body1)

        \(Self.body2)

        Leave a Reply
        Your email address will not be published. Required fields are marked *
        Comment *
        Name *
        I think the council has a lot to answer for and should resign immediately over this scandal.
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(article.removals.last == Removal(lines: 5...9, rule: .commentSection, text: article.removals.last?.text ?? ""))
        Expect.expectAbsent(article, ["should resign immediately"])
    }

    @Test("a comment-count heading removes every comment after it")
    func commentCount() {
        let text = """
        \(Self.body1)

        12 comments

        Jo Public
        This is a disgrace and everyone involved should be sacked, I have been saying this for years now.
        Reply
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1])
        #expect(Expect.rule(article, line: 3) == .commentSection)
        #expect(Expect.rule(article, line: 7) == .commentSection)
    }

    @Test("a commenter line starts the comments even without a heading, and its date is ignored")
    func commenterLineWithoutHeading() {
        let text = """
        Council sets up abuse review panel

        \(Self.body1)

        1. Jo Bloggs 3 June 2025 at 10:15 am #

        Shame it has taken so long for anybody in authority to listen to what survivors were telling them.

        • Sam Smith June 4, 2025 at 9:02 pm

        Agreed.
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1])
        #expect(article.byline == nil)
        #expect(article.removals.last?.lines == 5...11)
        #expect(article.removals.last?.rule == .commentSection)
    }

    @Test("comment-count link beside the headline does not swallow the article")
    func commentCountAtTop() {
        let text = "Council sets up abuse review panel\n3 comments\n\(Self.body1)\n\(Self.body2)"
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(Expect.rule(article, line: 2) == .commentSection)
    }

    @Test("navigation crumbs and menu labels", arguments: [
        "Home > News > Local",
        "Home | News",
        "News › UK › Politics",
        "Skip to main content",
        "Back to top",
    ])
    func navigation(line: String) {
        #expect(LineClassifier.rule(for: line) == .navigation)
    }

    @Test("share widgets", arguments: [
        "Share:", "Share this article", "Facebook", "Twitter", "Email", "Share on WhatsApp",
        "Linkedin Banner", "LinkedIn Banner", "Facebook Twitter LinkedIn Email", "Copy link",
    ])
    func shareWidgets(line: String) {
        #expect(LineClassifier.rule(for: line) == .shareWidget)
    }

    @Test("reading time", arguments: ["3 min read", "5 minute read", "12 mins read", "Reading time: 4 minutes"])
    func readingTime(line: String) {
        #expect(LineClassifier.rule(for: line) == .readingTime)
    }

    @Test("tag rows", arguments: [", , ,", ",", "| |", "Tags: CSE, Rochdale, Safeguarding"])
    func tagRows(line: String) {
        #expect(LineClassifier.rule(for: line) == .tagRow)
    }

    @Test("newsletter and support appeals", arguments: [
        ("Sign up to our daily newsletter for the latest local news straight to your inbox", CleaningRule.newsletterPrompt),
        ("Subscribe now", .newsletterPrompt),
        ("Morning Briefing Newsletter", .newsletterPrompt),
        ("Get our free email alerts", .newsletterPrompt),
        ("Support our journalism", .supportAppeal),
        ("Become a monthly supporter today", .supportAppeal),
        ("Donate now", .supportAppeal),
    ])
    func appeals(line: String, rule: CleaningRule) {
        #expect(LineClassifier.rule(for: line) == rule)
    }

    @Test("speech that mentions support or newsletters is never treated as an appeal")
    func quotedSpeechIsKept() {
        #expect(LineClassifier.rule(for: "\"Please support us in this,\" said Cllr Jo Bloggs.") == nil)
        #expect(LineClassifier.rule(for: "Support for victims") == nil)
        #expect(LineClassifier.rule(for: "The charity said more than 1,000 people had signed up to volunteer in the last year.") == nil)
    }

    @Test("trailing newsletter block sweeps up the short lines inside it")
    func trailingNewsletterBlock() {
        let text = """
        \(Self.body1)

        \(Self.body2)

        Never miss a story
        Sign up for our free newsletter
        Get the headlines you need.
        We promise to keep it short.
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1, Self.body2])
        #expect(article.removals.filter { $0.rule != .blank }.map(\.rule) == [.newsletterPrompt])
        #expect(article.removals.last?.lines == 5...8)
    }

    @Test("a job board widget in another house style")
    func jobBoard() {
        let text = """
        \(Self.body1)

        Latest social care jobs

        Senior Social Worker

        Anytown Borough Council
        £38,000 - £42,000 per annum
        Join our friendly children's services team in the heart of the county Anytown
        Recruiter: Anytown Borough Council
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.text) == [Self.body1])
        for line in [3, 5, 7, 8, 9, 10] {
            #expect(Expect.rule(article, line: line) == .jobListing)
        }
    }

    @Test("a subheading about job losses is not a jobs board")
    func jobsWordInSubheading() {
        let text = "\(Self.body1)\n\nCouncil cuts 200 jobs\n\n\(Self.body2)"
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.kind) == [.paragraph, .subheading, .paragraph])
    }

    @Test("an input that is only boilerplate yields no blocks")
    func onlyBoilerplate() {
        let text = "3 min read\n\nAdvertisement\n\nShare this article\nFacebook\nTwitter\n\nSign up for our newsletter\n\n, , ,\n\nLeave a Reply"
        let article = cleaner.clean(text)
        #expect(article.blocks.isEmpty)
        #expect(article.title == nil)
        #expect(article.quotes.isEmpty)
        #expect(LineAccountingTests.accountedLines(article).sorted() == Array(1...13))
    }

    @Test("empty input")
    func emptyInput() {
        let article = cleaner.clean("")
        #expect(article == CleanedArticle())
    }

    @Test("bullets and numbers become list items; a short final line is not a subheading")
    func structure() {
        let text = """
        \(Self.body1)

        The review will look at:

        - police referrals
        * social care records
        – licensing decisions
        1. school exclusions

        What happens next?

        \(Self.body2)

        More to follow
        """
        let article = cleaner.clean(text)
        #expect(article.blocks.map(\.kind) == [.paragraph, .paragraph, .listItem, .listItem, .listItem, .listItem, .subheading, .paragraph, .paragraph])
        #expect(article.blocks[2].text == "police referrals")
        #expect(article.blocks[5].text == "school exclusions")
        #expect(article.blocks.last?.text == "More to follow")
    }
}
