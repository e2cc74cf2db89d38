// Article text from the five seed articles in /work/shared/seeds, embedded so the tests
// do not depend on the file system. Reader comments (002), job adverts (001) and site
// boilerplate (000, 004) are cut off. Paragraphs are separated by newlines.
enum SeedArticleTexts {
    /// 000_10b9d87ab0e3e1e9.txt
    static let stokeCabinetBriefing = #"""
Council leaders urge victims in Stoke-on-Trent to come forward following grooming gangs report
By Phil Corrigan - Local Democracy Reporter 26th Jun 2025
Cabinet members at the city council received a briefing on work to tackle child exploitation in Stoke-on-Trent. (Nub News)
Cabinet members at the city council received a briefing on work to tackle child exploitation in Stoke-on-Trent. (Nub News)
Council leaders have urged victims of child sexual exploitation to come forward following a national report on grooming gangs.
Cabinet members at Stoke-on-Trent City Council received a briefing on the local work being undertaken to tackle child abuse in the city.
This work includes safeguarding around child sexual exploitation (CSE) as well as child criminal exploitation (CCE), which can involve youngsters being coerced into working for county lines gangs.
The briefing followed recent publication of Baroness Casey's report on group-based CSE, which called for a new national inquiry into grooming gangs.
Baroness Casey found deep-rooted institutional failures that allowed CSE to continue, and specifically condemned organisations' reluctance to acknowledge the over-representation of Asian and Pakistani men as perpetrators due to the fear of being branded racist.
A petition calling for a Stoke-on-Trent inquiry into CSE and grooming gangs, started by former city MP Jonathan Gullis and signed by more than 1,800 people, is due to be debated by councillors.
Cabinet members said that the Casey report had to be a 'turning point' and that it is vital that victims have the confidence to come forward.
Cllr Sarah Hill, cabinet member for finance, said: "We've been waiting for the Casey report for some time. It's a shocking report, and there's a lot in there for us to think about our own behaviour in the past. The key thing for us is making sure children are safe now, but recognising that there's a lot of bad stuff happening.
"If there are women or men who have been exploited in the past, it's really important that they come forward, so we can make sure they get the help they need."
Council leader Jane Ashworth said: "This has to be a turning point whereby the good work that's going on is consolidated. We have to be alert to the changes in the challenge, particularly around social media and the increased sophistication of those who prey upon children.
"There's going to be a national inquiry, and if people who want to come forward for help or see justice done, this is the time to do that. We need to be confident in the city that we are absolutely as sharp as we can be going forward, and we address the problems of the past."
The cabinet heard from Deputy Chief Constable Rebecca Riggs from Staffordshire Police, the national policing lead for child protection, as well as the council's own officers.
They explained the multi-agency approach to safeguarding, which involves data-sharing between organisations, prevention work and early intervention, as well as criminal proceedings against perpetrators.
In March a total of 169 children in Stoke-on-Trent were being considered by the multi-agency child exploitation panel, most of whom are classed as 'medium' risk. CCE cases make up the majority of this caseload – 129 cases compared to 18 CSE and 22 cases involving both – with boys accounting for around two thirds of the cohort.
The report to cabinet says partners are aware 'of the need to continue to be vigilant to ensure that the signs of exploitation in girls are not being missed'.
DCC Riggs explained that at a national level, 800 CSE cases where there had been 'no further action' were being reviewed.
She added: "I've been able to work with partners on a local scale, and how we work together around the national announcements that have come from government, and how we as a collective work together to make sure that our children here in Staffordshire are protected and kept safe."
Police, Fire and Crime Commissioner Ben Adams told the meeting that safeguarding children was 'absolutely crucial' for him and Staffordshire Police, and noted the recruitment of 100 more public protection officers.
Cllr Ashworth asked for a further report in six months' time on the local implementation of the Casey report's recommendations.
"""#

    /// 001_04f38c8d5024e41e.txt
    static let caseyReportCollectiveFailure = #"""
William Eichler 16 June 2025
Grooming gangs report warns of ‘collective failure’
Grooming gangs report warns of ‘collective failure’ image
© fizkes / Shutterstock.com.
There has been a ‘collective failure’ to address questions about the ethnicity of perpetrators when it comes to child sexual exploitation, according to Baroness Louise Casey's report into grooming gangs.
Commissioned by the Prime Minister in January, the review of the scale and nature of group-based child exploitation and abuse found that the only available figure on group-based child sexual exploitation comes from the Complex and Organised Child Abuse Dataset which identified around 700 recorded offences of group-based child sexual exploitation in 2023.
However, it warned that because of ‘confusing and inconsistently’ applied definitions and a lack of data across local authorities and other public bodies, it is ‘highly unlikely’ that this figure reflects the true scale of the issue.
The ethnicity of perpetrators was ‘shied away from’ and is still not recorded for two-thirds of offenders, Baroness Casey found, adding that while perpetrators came from a mix of ethnicities and nationalities, ‘a high proportion of the perpetrators in these cases were from Asian ethnic backgrounds.’
Responding to the report, Home Secretary Yvette Cooper said the Government will make it a formal requirement for ethnicity and nationality data to be collected for all child sexual abuse cases.
Baroness Casey’s report also highlighted the fact that child protection plans on the grounds of sexual abuse have fallen to their lowest level in 30 years, while there is no data published by children’s services about group-based abuse.
Elsewhere in the report, Baroness Casey praised many local authorities for going ‘above and beyond’ to safeguard children when it comes to issuing taxi licenses, but warned they were hindered by ‘legal loopholes’ that allow drivers to apply for a license in one area before operating in another.
The Government has announced a new national inquiry into the grooming gangs scandal will be launched.
A Downing Street spokesperson reportedly said: ‘By setting up a new inquiry under the inquiries act with statutory powers to compel witnesses, the local authorities and institutions who fail to act to protect young people will not be able to hide and will finally be held to account for their action.’
Cllr Louise Gittins, chair of the Local Government Association, commented: ‘Child sexual exploitation is a horrific crime and one that we must all work together to tackle. Children’s safety is of paramount importance. Councils stand ready to support and play their part in the national inquiry.’
"""#

    /// 002_1bff51154b3364f7.txt
    static let nationalAuditOrdered = #"""
Government orders national audit of child sexual exploitation by gangs
Three-month review to probe current scale and nature of gang-based exploitation, while government will also fund and support councils to carry out local inquiries into past abuse, says home secretary Yvette Cooper
Yvette Cooper
Home secretary Yvette Cooper (copyright: House of Commons)
Home secretary Yvette Cooper has ordered a national audit of gang-related child sexual exploitation (CSE), to examine the current scale and nature of the problem.
Alongside the three-month review, led by Baroness (Louise) Casey, the government will support – and fund – councils to carry out local inquiries into gang-based abuse, initially in five areas, Cooper told the House of Commons today.
The announcements are ministers’ latest moves to address the furore over gang-related CSE that has blown up in recent weeks.
Elon Musk’s interventions
That followed news that safeguarding minister Jess Phillips had rejected a request from Oldham Council to set up a public inquiry into CSE in the borough, instead advising it commission its own local review.
The revelation triggered a series of posts on X by its owner, Elon Musk, which were highly critical of Phillips and prime minister Keir Starmer. Meanwhile, the Conservatives called for a national public inquiry into gang-based CSE, with a focus on crimes committed by men of Pakistani heritage.
This was despite the issue having been covered by the seven-year Independent Inquiry into Child Sexual Abuse (IICSA), which reported in 2022, as well as by various local inquiries, for example, in Rotherham and Telford.
Mandatory reporting of child sexual abuse
Cooper responded, initially, with a statement to Parliament last week, in which she pledged to implement some of IICSA’s recommendations, including the introduction of mandatory reporting of child sexual abuse (CSA) by those in positions of trust over children.
She also said that Tom Crowther KC, who led the inquiry into CSE in Telford, would work with the government and councils where “more formal inquiries are required to tackle persistent problems”.
Today, she said Crowther would work with the government to “develop a new framework for victim-centred, locally led inquiries”, which would be piloted in Oldham and four other areas, backed by £5m of government funding.
Alongside this, Casey’s review would audit both police intelligence and child protection referrals, examine the demographics of gangs and victims, look at the cultural drivers of group-based CSE and make recommendations about further actions to address “current and historical failures”.
No public inquiry into CSE
Cooper’s announcement will be seen as a concession to the government’s critics. However, neither Casey’s audit nor the local reviews are public inquiries, with the power to compel witnesses to give evidence, as called for by the Conservatives and others.
On this point, shadow home secretary Chris Philp questioned how they could “possibly get to the truth when faced with cover-ups”.
Cooper said the government would work with councils “to bolster the accountability mechanisms that can support and follow up local inquiries, to ensure that those who are complicit in cover-ups, or who try to resist scrutiny, are always robustly held to account so that truth and justice are never denied”.
Inquiry implementation plan to come
In her previous statement, Cooper said the government would implement some of the recommendations from IICSA’s final report and its separate report into child sexual exploitation by organised networks, including:
• Mandatory reporting of CSA, which was recommended in the final report.
• Creating a new performance framework, with data collection requirements, for the police concerning CSA and CSE. This responds to IICSA’s recommendation, from its final report, to introduce a core data set for the issue, to tackle what it found was a lack of reliable data, particularly in relation to CSE.
• Legislating to make grooming an aggravating factor in the sentencing of child sexual offences, a recommendation from recommendation from IICSA’s report on CSE by organised networks.
In her latest statement, the home secretary said the government would publish a plan for taking forward the 20 recommendations from IICSA’s final report before Easter, though did not commit to implementing all of them.
She said the government had accepted in full four recommendations that were directed at the Home Office and had started implementing them. Besides mandatory reporting, these include improving compliance by relevant organisations with their duty to refer concerns about people’s suitability to work with children to the Disclosure and Barring Service procedures.
Recommendations from report on CSE by organised groups
Cooper added that the government would also implement all remaining recommendations from IICSA’s report on CSE by organised networks beyond making grooming an aggravating factor in sentencing.
Of the other five recommendations, one – updating the Home Office’s child exploitation disruption toolkit to improve guidance to practitioners on tackling CSE – appears to have been met.
Another concerns improving police and local authority collection of CSE data, including by separating it from data on other forms of abuse, such as CSA, and collecting information on the sex, ethnicity and disability of both the victim and perpetrator. This will likely be covered by the plan to create a new performance framework for the police in relation to CSA and CSE.
Call for ban on unregulated placements
IICSA also called for a ban on the use of unregulated placements in independent or semi-independent accommodation for 16 and 17-year-olds in care who have experienced, or are at heightened risk of, CSE, in the light of the risks many have faced in those settings.
The recommendation came after the government had banned unregulated placements for under-16s, but before it ended the legal use of unregulated provision for looked-after children, by requiring organisations to register as supported accommodation providers and comply with regulations.
These include ensuring that staff “have the skills to identify and act upon signs that a child is at risk of abuse, neglect, exploitation or any other harm, and act to reduce such risk” and can “support children to maintain appropriate and safe relationships with family, friends and other people who are important to them”.
It is likely this recommendation will be interpreted as met by the government, despite longstanding criticisms from campaigners that the supported accommodation regime is insufficiently protective of children and young people.
CSE guidance to be revised
That leaves two recommendations, both of which concern the Department for Education updating its 2017 guidance for practitioners and leaders on protecting children on CSE.
This should include providing further advice on online exploitation and abuse by organised networks and making clear that, where there are signs that a child is being exploited, they should not be treated as merely being “at risk” of CSE, IICSA said.
The inquiry found “a distinctive professional language around child sexual exploitation has developed over many years, which describes children being ‘at risk’ despite clear evidence of actual harm having occurred”.
As a result, children who had, for example, contracted sexually transmitted infections or were regularly going missing with adults, were not being given the support they needed because they were not treated as having experienced CSE.
In her statement, Cooper told the House of Commons  that the DfE guidance would be updated, in response to IICSA’s recommendations.
"""#

    /// 003_aa27b6e4088c5d31.txt
    static let homeSecretaryMeasures = #"""
Home Secretary unveils new measures to tackle grooming gangs
Victims will be given more power to have their cases re-examined as part of a £10 million action plan unveiled by the Home Secretary to tackle grooming gangs and child sexual abuse.
Yvette Cooper has set out new measures that she says will “finally deliver change and action for survivors of grooming gang crimes to get justice”.
Survivors and victims will be able to ask for their closed cases to be reviewed by an independent criminal justice review panel where their previous investigations were not taken forward to prosecution by the police or Crown Prosecution Service (CPS).
The Home Secretary is writing to the National Police Chiefs’ Council (NPCC) requesting officers look again at these unsolved and closed grooming gangs cases, backed by £2.5 million in funding for stronger investigations.
Ms Cooper has pledged that by Easter this year the Government will lay out a clear timetable for taking forward the recommendations in the final Independent Inquiry into Child Sexual Abuse (IICSA) report.
It will also provide new national backing for locally-led inquiries, backed by £5 million of funding.
Working in partnership with Tom Crowther KC, the chair of the impactful Telford Inquiry into grooming gangs, the Home Office will develop a new effective framework for victim-centred, locally-led inquiries, and work with Oldham Council and four other pilot areas to implement it.
It will also develop new ways for councils to work locally with victims. Further work is underway as part of the forthcoming Hillsborough Law and the duty of candour to boost the accountability mechanisms that support and follow up on local inquiries, ensuring that public servants that fail victims are properly held to account.
At the same time, the Home Secretary has unveiled a rapid national audit to uncover the scale and profile of group-based offending in the UK today, including ethnicity.
Ms Cooper has commissioned this audit led by Baroness Louise Casey to examine existing data and evidence to draw a comprehensive picture of the nature, scale and profile of group-based child sexual abuse offending identified by police and agencies, and equip law enforcement with the information and understanding they need to combat these crimes.
Dhe says this analysis of data and evidence “will allow us to deliver quicker change on the recommendations in the IICSA report”.
Baroness Casey is well placed to conduct this audit, given her no holds barred 2015 report following the Jay inquiry into child sexual exploitation committed by Pakistani-heritage gangs in Rotherham.
The audit will begin soon and last three months. It will be supported by an expert advisory board and draw on the views of victims and survivors. This work, including the new Victims and Survivors Panel and work with Mr Crowther KC, will be backed by £2.5 million in funding.
In an oral statement in the House of Commons on Thursday afternoon (January 16), Ms Cooper said: “Nothing matters more than the safety of our children. Yet for too long, this horrific abuse was allowed to continue. The victims were ignored. The perpetrators were left unpunished. Too many people looked the other way.
“And even when these shocking crimes were brought to light, and national inquiries were commissioned to get to the truth, the resulting reports were too often left on the shelf as their recommendations gathered dust.
“We are taking action not just on those recommendations, but on the additional work we need protect victims, put perpetrators behind bars and to uncover the truth wherever things have gone wrong.
“This is about the protection of children, the protection of young girls, and the radical and ambitious mission we have set for this government to halve violence against women and girls in a decade.
“We have already announced we will introduce a mandatory reporting duty for those working with children to report sexual abuse as part of the Crime and Policing Bill and legislate to make grooming an aggravating factor when sentencing child sexual offences – so punishments properly fit the crime.
“We will ensure police learn lessons from the past and make all 43 forces improve data collection on child sexual abuse – including ethnicity.”
Of the 115,000 child sexual exploitation and abuse offences recorded in 2023 by police, more than 4,000 of them were group-based offending. Of those, around 1,100 involved abuse within the family, and over 300 involved abuse in institutions, whilst over 700 of them were group-based grooming gang offences.
However, the Home Office says the vast majority of child sexual exploitation and abuse goes unidentified and unreported and it expects this to be a “significant underestimate”.
Minister for Safeguarding and Violence Against Women and Girls, Jess Phillips, said: “Child sexual abuse and exploitation is one of the most harrowing crimes anyone could face. I have dedicated many years of my life to tackling it, both before I was a government minister, and now I have never been more steadfast in my resolve to protect more children and arrest more appalling perpetrators.
“But change is about deeds, not words. That’s why we are working quickly to empower more victims to get justice by giving more the right to request their cases are re-examined, and making sure survivors are a core part of the rapid audit of existing evidence in these heartbreaking cases.
“Our work does not stop here. We are also urging police forces to look again at closed and unsolved cases on their files, to ensure they pursue criminals and put them behind bars so they cannot hurt anyone else.”
In a joint statement, NPCC lead for child protection and abuse investigation, Assistant Chief Constable Rebecca Riggs, and director of the Child Sexual Exploitation (CSE) Taskforce, Richard Fewkes, said: “We welcome the investment in the Child Sexual Exploitation Taskforce and are encouraged by the ongoing commitment to protect children and address this critical issue.
“The ambitions set out will not be easy, it requires resource when demand on policing is high however, this new investment equips us with additional tools and resources to increase our impact in supporting victims and survivors. It enables us to strengthen collaboration with our partners and stakeholders to ensure we deliver the best possible outcomes for those who need it.
“Since its establishment, the taskforce has made significant strides in improving policing efforts to enhance our response to CSE to ensure further meaningful action is taken to empower victims and survivors to come forward but there is more to do working closely with our partners, coordinating the national response, and maintaining continuous collaboration to ensure we meet the needs of victims and survivors with the utmost care and urgency.”
Arooj Shah, leader of Oldham Metropolitan Borough Council, said: “This government intervention today will transform the next steps for Oldham.
“These new measures will empower the victims to achieve the justice they deserve and support police in their vital work.”
The Victims’ Commissioner for England and Wales, Baroness Newlove, said: “I welcome the Home Secretary’s statement to the House on tackling child sexual abuse. For me, one thing is clear: the needs of victims and survivors must always come first.
“Earlier this week, I wrote to the Home Secretary, emphasising that protecting and supporting survivors must remain our top priority. Those who come forward must be supported with life-saving therapeutic services and must never be left to shoulder their burden alone.
“In her inquiry report, Professor Alexis Jay recommended the government introduce a national guarantee, ensuring that child victims of sexual abuse are offered specialist and accredited therapeutic support. I welcome the government’s commitment to this, and to set a timetable for implementing all the IICSA recommendations. This must include the fast-tracking of that national guarantee.
“It is crucial that children receive the support they need. But we must not forget there are also many adult survivors who need help and support, who are unable to access the services they require. The government must extend this commitment to adult survivors, with new dedicated funding made available.
“I welcome the Home Secretary’s announcement of robust local inquiries. These inquiries must be rooted in the experiences of victims and survivors, and I am encouraged by the involvement of Tom Crowther KC. The new framework for victim-centred inquiries, including support for local victim panels and involving victim-survivors in the design, is a positive step forward.
“However, while these inquiries rely on the testimony of victims, we too often fail to recognise the personal toll this process takes on victims. These inquiries must guarantee dedicated specialist wraparound support to ensure victims do not risk being retraumatised or left to face the trauma alone.
“We must uncover the full scale and nature of the abuse, and I welcome the involvement of Baroness Casey on the rapid audit. Yet we know that the data captured is still inadequate. In her report, Professor Jay recommended a core dataset capturing key data on victims and perpetrators, consistent across public agencies. Yet this was not what was outlined in the Home Secretary’s statement last week. Such a dataset is critical for understanding and preventing future child sexual abuse, and I urge the government to take this recommendation forward in full.
“Other commitments, too, also require further scrutiny. The effectiveness of the mandatory reporting requirement will hinge on social care, health, and justice professionals receiving the necessary training to recognise signs of abuse, as well as adequate resources to manage the increased referrals. Without these measures, we risk abuse continuing to go undetected and underreported.
“There is much to commend in the Home Secretary’s statement, but now is the time for victims’ voices to be heard and for meaningful action to follow. These victims and survivors must receive the protection and life-saving therapeutic support they need and deserve—we cannot, and must not, fail them once again.”
Lucy Duckworth, national policy lead for The Survivors Trust, said: “It’s really good news that IICSA’s recommendations are finally to be acted upon. As a whole programme of change, IICSA’s recommendations will bring about fundamental and cultural change in how we protect children from sexual abuse of any form and how we support victims and survivors to recover from the trauma they experienced.
“We look forward to working with the Government and partner agencies to support this work. As we go forward it is essential that we ensure specialist support is available for all survivors at the time and in the location they need.”
ACT on IICSA said the Home Secretary’s commitment marks “a pivotal step” in addressing the systemic issues surrounding child sexual abuse.
“It ensures that survivors’ voices lead the way in creating change,” it added and represents a “major milestone” for the 7,500 victims who shared their testimonies and the more than 200 dedicated staff who worked tirelessly at IICSA.
“We emphasise again that the devastating and serious crime of child sexual abuse must never be politicised or weaponised for any purpose other than safeguarding children,” it said. “This is why we are so pleased to see the Home Secretary treating this issue with the gravitas it deserves. While an ambitious work plan lies ahead, today we take a crucial step toward lasting change. By embracing and implementing these measures, we can move forward with renewed purpose and determination.”
“This is a significant milestone in our journey,” said Fay Maxted, CEO of The Survivors Trust and ACT on IICSA steering member. “I, along with many other survivors, look forward to working closely with the government through the implementation process to turn these recommendations into real action. Together, we can forge a future where all forms of sexual abuse are eradicated.”
The Government is also working to tackle online predators of child sexual abuse, through a £11 million investment in an undercover online network of police officers and £5 million investment in the Child Abuse Image Database (CAID).
Investment continues to be made in a range of other work to strengthen law enforcement capacity and capability to tackle child sexual abuse and exploitation, including providing £6.5 million this year for the Tackling Organised Exploitation Programme (TOEX), which brings together local, regional and national data to ensure police can effectively uncover and prosecute exploitation.
"""#

    /// 004_ef44fa292b8c4792.txt
    static let rapidAuditAnnounced = #"""
3 min read
Home Secretary Yvette Cooper has announced a “rapid three-month audit” of the scale and nature of grooming gangs in the UK, as well as “stronger national backing for local inquiries”.
Speaking in the House of Commons on Thursday, Cooper said the audit would be led by Baroness Louise Casey, who is also leading the independent commission into adult social care. Casey was the author of the 2015 report on child sexual exploitation in Rotherham.
The government has come under pressure in recent weeks both from opposition politicians and some of its own Labour MPs to announce a new national inquiry into gang-based sexual exploitation.
Prime Minister Keir Starmer has refused to do so, arguing it would only delay the implementation of recommendations previously set out to help victims.
Cooper did not today announce a full new national inquiry into grooming gangs.
However, the home secretary announced there would be a “rapid” three-month audit of the problem as well as “national backing” for councils to carry out their own inquiries.
Tom Crowther KC, chair of the independent inquiry into child sexual exploitation in the town of Telford, has been asked to work with the government to develop a new framework for victim-centered, locally-led inquiries where they are needed.
Crowther will work with Oldham council and four other pilot areas in the first instance.
“I have asked Baroness Louise Casey to oversee a rapid audit of the current scale and nature of gang-based exploitation across the country and to make recommendations on the further work that is needed,” Cooper told MPs.
“The specific 2022 independent inquiry report on gang exploitation concluded that an accurate picture of the prevalence of gang exploitation could not be gleaned from the data and evidence that it had available.
“So this audit will seek to fill that gap.”
Cooper said that the audit will look at further evidence not previously available.
“It will include an equivalent audit of children protection referrals.
“It will properly examine ethnicity data and the demographics of the gangs involved and their victims and will look at the cultural and societal drivers for this type of offending, including amongst different ethnic groups.”
Cooper added that the audit would also make recommendations about “further analysis, investigations, and actions that are needed to address current and historic failures”.
Cooper also said that she would write to the National Police Chiefs’ Council on Thursday to ask all chief constables to “look again at historic gang exploitation cases where no further action was taken and to work with the police child sexual exploitation taskforce to pursue new lines of inquiry and reopen investigations where appropriate”.
Speaking at a press conference in London today, the leader of the opposition Kemi Badenoch said that local inquiries were not enough.
“Oldham has decided not to do a local inquiry and ask for a national inquiry because it knows the local inquiries are limited,” the Tory leader said.
“It doesn’t need to take forever. It can have limited terms of reference…all work being done in this space is welcome, but we still need a national inquiry.”
"""#

    static let all: [(name: String, text: String)] = [
        ("000", stokeCabinetBriefing),
        ("001", caseyReportCollectiveFailure),
        ("002", nationalAuditOrdered),
        ("003", homeSecretaryMeasures),
        ("004", rapidAuditAnnounced),
    ]

    /// Paragraphs of one article: each is one text run of the section.
    static func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init)
    }
}
