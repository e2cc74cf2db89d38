import Testing
@testable import DossierCore

@Suite("Seed articles")
struct SeedCleaningTests {
    typealias Expect = ArticleExpectations

    @Test("000: local news site with duplicated caption and support appeals")
    func seed000() throws {
        let article = try SeedFixture.cleaned("000")
        #expect(article.title == "Council leaders urge victims in Stoke-on-Trent to come forward following grooming gangs report")
        #expect(article.titleLine == 1)
        #expect(article.byline?.author == "Phil Corrigan")
        #expect(article.byline?.date?.iso == "2025-06-26")
        #expect(article.byline?.line == 3)
        Expect.expectKept(article, [
            "Council leaders have urged victims of child sexual exploitation to come forward following a national report on grooming gangs.",
            "Cllr Sarah Hill, cabinet member for finance, said: \"We've been waiting for the Casey report for some time. It's a shocking report, and there's a lot in there for us to think about our own behaviour in the past. The key thing for us is making sure children are safe now, but recognising that there's a lot of bad stuff happening.",
            "\"If there are women or men who have been exploited in the past, it's really important that they come forward, so we can make sure they get the help they need.\"",
            "In March a total of 169 children in Stoke-on-Trent were being considered by the multi-agency child exploitation panel, most of whom are classed as 'medium' risk. CCE cases make up the majority of this caseload – 129 cases compared to 18 CSE and 22 cases involving both – with boys accounting for around two thirds of the cohort.",
            "She added: \"I've been able to work with partners on a local scale, and how we work together around the national announcements that have come from government, and how we as a collective work together to make sure that our children here in Staffordshire are protected and kept safe.\"",
            "Cllr Ashworth asked for a further report in six months' time on the local implementation of the Casey report's recommendations.",
        ])
        #expect(article.blocks.first?.line == 8)
        #expect(article.blocks.last?.line == 44)
        Expect.expectAbsent(article, [
            "(Nub News)", "Please Support Us", "Your City. Your News.", "Local news is essential",
            "monthly supporter", "Your support makes", "Monthly supporters", "Ad-free experience", "Share:",
            "Sign-up for our FREE newsletter", "clickbait-free", "become a Supporter", "Your donation makes",
            "For monthly donators",
        ])
        #expect(Expect.rule(article, line: 6) == .repeatedLine)
        #expect(Expect.rule(article, line: 48) == .supportAppeal)
        #expect(Expect.rule(article, line: 56) == .shareWidget)
        #expect(Expect.rule(article, line: 59) == .newsletterPrompt)
        #expect(article.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test("000: quotes spanning paragraphs and a pronoun attribution")
    func seed000Quotes() throws {
        let article = try SeedFixture.cleaned("000")
        let hill = try #require(Expect.quote(article, startingWith: "We've been waiting for the Casey report"))
        #expect(hill.speaker == "Cllr Sarah Hill")
        #expect(hill.blockIndexes.count == 2)
        #expect(hill.text.hasSuffix("so we can make sure they get the help they need."))
        #expect(hill.blockIndexes.map { article.blocks[$0].line } == [22, 24])

        let ashworth = try #require(Expect.quote(article, startingWith: "This has to be a turning point"))
        #expect(ashworth.speaker == "Council leader Jane Ashworth")
        #expect(ashworth.speakerName == "Jane Ashworth")
        #expect(ashworth.blockIndexes.map { article.blocks[$0].line } == [26, 28])

        let riggs = try #require(Expect.quote(article, startingWith: "I've been able to work with partners"))
        #expect(riggs.speaker?.contains("Riggs") == true)
        #expect(riggs.speakerName == "Riggs")
    }

    @Test("001: byline before headline, alt text, credit and job adverts")
    func seed001() throws {
        let article = try SeedFixture.cleaned("001")
        #expect(article.title == "Grooming gangs report warns of ‘collective failure’")
        #expect(article.titleLine == 3)
        #expect(article.byline?.author == "William Eichler")
        #expect(article.byline?.date?.iso == "2025-06-16")
        #expect(article.byline?.line == 1)
        Expect.expectKept(article, [
            "There has been a ‘collective failure’ to address questions about the ethnicity of perpetrators when it comes to child sexual exploitation, according to Baroness Louise Casey's report into grooming gangs.",
            "Responding to the report, Home Secretary Yvette Cooper said the Government will make it a formal requirement for ethnicity and nationality data to be collected for all child sexual abuse cases.",
            "A Downing Street spokesperson reportedly said: ‘By setting up a new inquiry under the inquiries act with statutory powers to compel witnesses, the local authorities and institutions who fail to act to protect young people will not be able to hide and will finally be held to account for their action.’",
            "Cllr Louise Gittins, chair of the Local Government Association, commented: ‘Child sexual exploitation is a horrific crime and one that we must all work together to tackle. Children’s safety is of paramount importance. Councils stand ready to support and play their part in the national inquiry.’",
        ])
        #expect(article.blocks.first?.line == 8)
        #expect(article.blocks.last?.line == 26)
        #expect(article.blocks.count == 10)
        Expect.expectAbsent(article, [
            "‘collective failure’ image", "© fizkes", "Shutterstock", "SIGN UP", "free daily news bulletin",
            "Highways jobs", "Housing Assurance Service Manager", "Kirklees Metropolitan Council", "£55,675",
            "Recuriter", "Trainee Public Health Practitioner", "Durham County Council", "Grade 13",
            "SEND and Inclusion", "Pay Award Pending", "Linkedin Banner",
        ])
        #expect(Expect.rule(article, line: 5) == .repeatedLine)
        #expect(Expect.rule(article, line: 6) == .imageCredit)
        #expect(Expect.rule(article, line: 35) == .jobListing)
        #expect(Expect.rule(article, line: 37) == .jobListing)
        #expect(Expect.rule(article, line: 66) == .shareWidget)

        let gittins = try #require(Expect.quote(article, startingWith: "Child sexual exploitation is a horrific crime"))
        #expect(gittins.speaker == "Cllr Louise Gittins")
        let spokesperson = try #require(Expect.quote(article, startingWith: "By setting up a new inquiry"))
        #expect(spokesperson.speaker == "A Downing Street spokesperson")
        #expect(spokesperson.text.hasSuffix("held to account for their action."))
    }

    @Test("002: standfirst, subheadings, list, caption and a comment section")
    func seed002() throws {
        let article = try SeedFixture.cleaned("002")
        #expect(article.title == "Government orders national audit of child sexual exploitation by gangs")
        #expect(article.byline == nil, "comment dates must never become the article date")
        let standfirst = "Three-month review to probe current scale and nature of gang-based exploitation, while government will also fund and support councils to carry out local inquiries into past abuse, says home secretary Yvette Cooper"
        #expect(article.blocks.first == ArticleBlock(kind: .paragraph, text: standfirst, line: 3))
        Expect.expectKept(article, [
            "Alongside the three-month review, led by Baroness (Louise) Casey, the government will support – and fund – councils to carry out local inquiries into gang-based abuse, initially in five areas, Cooper told the House of Commons today.",
            "In her previous statement, Cooper said the government would implement some of the recommendations from IICSA’s final report and its separate report into child sexual exploitation by organised networks, including:",
            "These include ensuring that staff “have the skills to identify and act upon signs that a child is at risk of abuse, neglect, exploitation or any other harm, and act to reduce such risk” and can “support children to maintain appropriate and safe relationships with family, friends and other people who are important to them”.",
            "In her statement, Cooper told the House of Commons that the DfE guidance would be updated, in response to IICSA’s recommendations.",
        ])
        #expect(article.blocks.last?.line == 80)
        let subheadings = article.blocks.filter { $0.kind == .subheading }.map(\.text)
        #expect(subheadings == [
            "Elon Musk’s interventions",
            "Mandatory reporting of child sexual abuse",
            "No public inquiry into CSE",
            "Inquiry implementation plan to come",
            "Recommendations from report on CSE by organised groups",
            "Call for ban on unregulated placements",
            "CSE guidance to be revised",
        ])
        let listItems = article.blocks.filter { $0.kind == .listItem }
        #expect(listItems.map(\.line) == [44, 45, 46])
        #expect(listItems.first?.text == "Mandatory reporting of CSA, which was recommended in the final report.")
        #expect(listItems.last?.text == "Legislating to make grooming an aggravating factor in the sentencing of child sexual offences, a recommendation from recommendation from IICSA’s report on CSE by organised networks.")
        #expect(!article.blocks.contains { $0.text == "Yvette Cooper" })
        Expect.expectAbsent(article, [
            "(copyright: House of Commons)", ", , ,", "5 Responses to", "Alec Fraher", "Ryan Webb",
            "Shopping and Fucking", "truth and justice never denied", "Here’s the thing", "cptsd",
            "doi.org", "the meaning of the child", "indo-pacific",
        ])
        #expect(Expect.rule(article, line: 5) == .imageCaption)
        #expect(Expect.rule(article, line: 6) == .imageCredit)
        #expect(Expect.rule(article, line: 82) == .tagRow)
        #expect(article.removals.contains { $0.rule == .commentSection && $0.lines == 84...143 })
    }

    @Test("003: one paragraph per line, long multi-speaker quotes")
    func seed003() throws {
        let article = try SeedFixture.cleaned("003")
        #expect(article.title == "Home Secretary unveils new measures to tackle grooming gangs")
        #expect(article.byline == nil)
        #expect(article.blocks.count == 46, "every line after the headline is a paragraph")
        #expect(article.blocks.allSatisfy { $0.kind == .paragraph })
        Expect.expectKept(article, [
            "Victims will be given more power to have their cases re-examined as part of a £10 million action plan unveiled by the Home Secretary to tackle grooming gangs and child sexual abuse.",
            "In a joint statement, NPCC lead for child protection and abuse investigation, Assistant Chief Constable Rebecca Riggs, and director of the Child Sexual Exploitation (CSE) Taskforce, Richard Fewkes, said: “We welcome the investment in the Child Sexual Exploitation Taskforce and are encouraged by the ongoing commitment to protect children and address this critical issue.",
            "“There is much to commend in the Home Secretary’s statement, but now is the time for victims’ voices to be heard and for meaningful action to follow. These victims and survivors must receive the protection and life-saving therapeutic support they need and deserve—we cannot, and must not, fail them once again.”",
            "Investment continues to be made in a range of other work to strengthen law enforcement capacity and capability to tackle child sexual abuse and exploitation, including providing £6.5 million this year for the Tackling Organised Exploitation Programme (TOEX), which brings together local, regional and national data to ensure police can effectively uncover and prosecute exploitation.",
        ])
        #expect(article.removals.isEmpty)
    }

    @Test("003: joint statement, multi-paragraph and organisation quotes")
    func seed003Quotes() throws {
        let article = try SeedFixture.cleaned("003")
        let joint = try #require(Expect.quote(article, startingWith: "We welcome the investment"))
        #expect(joint.speakers == ["Rebecca Riggs", "Richard Fewkes"])
        #expect(joint.speaker == "Rebecca Riggs and Richard Fewkes")
        #expect(joint.blockIndexes.map { article.blocks[$0].line } == [26, 27, 28])

        let newlove = try #require(Expect.quote(article, startingWith: "I welcome the Home Secretary’s statement"))
        #expect(newlove.speaker == "Baroness Newlove")
        #expect(newlove.blockIndexes.map { article.blocks[$0].line } == Array(31...39))
        #expect(newlove.text.hasSuffix("we cannot, and must not, fail them once again."))

        let phillips = try #require(Expect.quote(article, startingWith: "Child sexual abuse and exploitation is one of the most harrowing"))
        #expect(phillips.speaker == "Jess Phillips")
        #expect(phillips.blockIndexes.count == 3)

        let cooper = try #require(Expect.quote(article, startingWith: "Nothing matters more than the safety"))
        #expect(cooper.speaker == "Ms Cooper")
        #expect(cooper.blockIndexes.map { article.blocks[$0].line } == Array(15...20))

        let actAdded = try #require(Expect.quote(article, startingWith: "It ensures that survivors’ voices"))
        #expect(actAdded.speaker == "ACT on IICSA")
        #expect(actAdded.text == "It ensures that survivors’ voices lead the way in creating change")
        let actSaid = try #require(Expect.quote(article, startingWith: "We emphasise again"))
        #expect(actSaid.speaker == "ACT on IICSA")
        #expect(actSaid.text.contains("This is why we are so pleased"))

        let maxted = try #require(Expect.quote(article, startingWith: "This is a significant milestone"))
        #expect(maxted.speaker == "Fay Maxted")
        #expect(maxted.text.contains("I, along with many other survivors"))

        #expect(!article.quotes.contains { $0.text.hasPrefix("finally deliver change") }, "inline fragments are not direct speech")
    }

    @Test("004: reading time, no headline, trailing newsletter and comments")
    func seed004() throws {
        let article = try SeedFixture.cleaned("004")
        #expect(article.title == nil, "the first line of text is a sentence, not a headline")
        #expect(article.byline == nil)
        #expect(Expect.rule(article, line: 1) == .readingTime)
        Expect.expectKept(article, [
            "Home Secretary Yvette Cooper has announced a “rapid three-month audit” of the scale and nature of grooming gangs in the UK, as well as “stronger national backing for local inquiries”.",
            "“I have asked Baroness Louise Casey to oversee a rapid audit of the current scale and nature of gang-based exploitation across the country and to make recommendations on the further work that is needed,” Cooper told MPs.",
            "“So this audit will seek to fill that gap.”",
            "“It doesn’t need to take forever. It can have limited terms of reference…all work being done in this space is welcome, but we still need a national inquiry.”",
        ])
        #expect(article.blocks.first?.line == 2)
        #expect(article.blocks.last?.line == 20)
        Expect.expectAbsent(article, ["3 min read", "PoliticsHome", "Subscribe", "There are no comments", "Add yours"])
        #expect(Expect.rule(article, line: 21) == .newsletterPrompt)
        #expect(Expect.rule(article, line: 23) == .commentSection)
        #expect(Expect.rule(article, line: 24) == .commentSection)

        let cooper = try #require(Expect.quote(article, startingWith: "I have asked Baroness Louise Casey"))
        #expect(cooper.speaker == "Cooper")
        #expect(cooper.blockIndexes.map { article.blocks[$0].line } == [10, 11, 12])

        let unattributed = try #require(Expect.quote(article, startingWith: "It will include an equivalent audit"))
        #expect(unattributed.speaker == "Cooper", "speech after 'Cooper said that …' is Cooper's")

        let badenoch = try #require(Expect.quote(article, startingWith: "Oldham has decided not to do a local inquiry"))
        #expect(badenoch.speaker == "the Tory leader")
        #expect(badenoch.speakerName == "Kemi Badenoch")
        #expect(badenoch.blockIndexes.map { article.blocks[$0].line } == [19, 20])
    }
}
