/// The complete, reviewed list of mentions for each seed article (one section per article,
/// one run per paragraph). Every line here was checked by hand against the article text;
/// a change in this list is a change in what readers see linked.
enum SeedExpectations {
    struct Expected: Equatable, CustomStringConvertible {
        var run: Int
        var id: String
        var surface: String
        init(_ run: Int, _ id: String, _ surface: String) {
            self.run = run
            self.id = id
            self.surface = surface
        }
        var description: String { "[\(run)] \(id): \(surface)" }
    }

    static let stokeCabinetBriefing: [Expected] = [
        .init(5, "stoke-on-trent-city-council", "Stoke-on-Trent City Council"),
        .init(7, "louise-casey", "Baroness Casey"),
        .init(8, "louise-casey", "Baroness Casey"),
        .init(10, "louise-casey", "Casey"),
        .init(11, "sarah-hill", "Cllr Sarah Hill"),
        .init(11, "louise-casey", "Casey"),
        .init(13, "jane-ashworth", "Jane Ashworth"),
        .init(15, "rebecca-riggs", "Deputy Chief Constable Rebecca Riggs"),
        .init(15, "staffordshire-police", "Staffordshire Police"),
        .init(19, "rebecca-riggs", "DCC Riggs"),
        .init(21, "ben-adams", "Commissioner Ben Adams"),
        .init(21, "staffordshire-police", "Staffordshire Police"),
        .init(22, "jane-ashworth", "Cllr Ashworth"),
        .init(22, "louise-casey", "Casey"),
    ]

    static let caseyReportCollectiveFailure: [Expected] = [
        .init(4, "louise-casey", "Baroness Louise Casey"),
        .init(7, "louise-casey", "Baroness Casey"),
        .init(8, "yvette-cooper", "Home Secretary Yvette Cooper"),
        .init(9, "louise-casey", "Baroness Casey"),
        .init(10, "louise-casey", "Baroness Casey"),
        .init(13, "louise-gittins", "Cllr Louise Gittins"),
        .init(13, "local-government-association", "Local Government Association"),
    ]

    static let nationalAuditOrdered: [Expected] = [
        .init(1, "yvette-cooper", "home secretary Yvette Cooper"),
        .init(2, "yvette-cooper", "Yvette Cooper"),
        .init(3, "yvette-cooper", "Home secretary Yvette Cooper"),
        .init(3, "house-of-commons", "House of Commons"),
        .init(4, "yvette-cooper", "Home secretary Yvette Cooper"),
        .init(5, "louise-casey", "Baroness (Louise) Casey"),
        .init(5, "yvette-cooper", "Cooper"),
        .init(5, "house-of-commons", "House of Commons"),
        .init(8, "jess-phillips", "Jess Phillips"),
        .init(8, "oldham-council", "Oldham Council"),
        .init(9, "jess-phillips", "Phillips"),
        .init(9, "keir-starmer", "prime minister Keir Starmer"),
        .init(10, "iicsa", "Independent Inquiry into Child Sexual Abuse"),
        .init(10, "iicsa", "IICSA"),
        .init(12, "yvette-cooper", "Cooper"),
        .init(12, "iicsa", "IICSA"),
        .init(13, "tom-crowther", "Tom Crowther KC"),
        .init(14, "tom-crowther", "Crowther"),
        .init(15, "louise-casey", "Casey"),
        .init(17, "yvette-cooper", "Cooper"),
        .init(17, "louise-casey", "Casey"),
        .init(18, "chris-philp", "shadow home secretary Chris Philp"),
        .init(19, "yvette-cooper", "Cooper"),
        .init(21, "yvette-cooper", "Cooper"),
        .init(21, "iicsa", "IICSA"),
        .init(23, "iicsa", "IICSA"),
        .init(24, "iicsa", "IICSA"),
        .init(25, "iicsa", "IICSA"),
        .init(26, "home-office", "Home Office"),
        .init(28, "yvette-cooper", "Cooper"),
        .init(28, "iicsa", "IICSA"),
        .init(29, "home-office", "Home Office"),
        .init(32, "iicsa", "IICSA"),
        .init(38, "iicsa", "IICSA"),
        .init(41, "yvette-cooper", "Cooper"),
        .init(41, "house-of-commons", "House of Commons"),
        .init(41, "iicsa", "IICSA"),
    ]

    static let homeSecretaryMeasures: [Expected] = [
        .init(2, "yvette-cooper", "Yvette Cooper"),
        .init(3, "cps", "Crown Prosecution Service"),
        .init(3, "cps", "CPS"),
        .init(4, "npcc", "National Police Chiefs’ Council"),
        .init(4, "npcc", "NPCC"),
        .init(5, "yvette-cooper", "Ms Cooper"),
        .init(5, "iicsa", "Independent Inquiry into Child Sexual Abuse"),
        .init(5, "iicsa", "IICSA"),
        .init(7, "tom-crowther", "Tom Crowther KC"),
        .init(7, "home-office", "Home Office"),
        .init(7, "oldham-council", "Oldham Council"),
        .init(10, "yvette-cooper", "Ms Cooper"),
        .init(10, "louise-casey", "Baroness Louise Casey"),
        .init(11, "iicsa", "IICSA"),
        .init(12, "louise-casey", "Baroness Casey"),
        .init(13, "tom-crowther", "Mr Crowther KC"),
        .init(14, "house-of-commons", "House of Commons"),
        .init(14, "yvette-cooper", "Ms Cooper"),
        .init(21, "home-office", "Home Office"),
        .init(22, "jess-phillips", "Jess Phillips"),
        .init(25, "npcc", "NPCC"),
        .init(25, "rebecca-riggs", "Assistant Chief Constable Rebecca Riggs"),
        .init(28, "arooj-shah", "Arooj Shah"),
        .init(28, "oldham-council", "Oldham Metropolitan Borough Council"),
        .init(30, "baroness-newlove", "Baroness Newlove"),
        .init(32, "alexis-jay", "Professor Alexis Jay"),
        .init(32, "iicsa", "IICSA"),
        .init(34, "tom-crowther", "Tom Crowther KC"),
        .init(36, "louise-casey", "Baroness Casey"),
        .init(36, "alexis-jay", "Professor Jay"),
        .init(39, "iicsa", "IICSA"),
        .init(39, "iicsa", "IICSA"),
        .init(41, "iicsa", "IICSA"),
        .init(42, "iicsa", "IICSA"),
        .init(44, "iicsa", "IICSA"),
    ]

    static let rapidAuditAnnounced: [Expected] = [
        .init(1, "yvette-cooper", "Home Secretary Yvette Cooper"),
        .init(2, "house-of-commons", "House of Commons"),
        .init(2, "yvette-cooper", "Cooper"),
        .init(2, "louise-casey", "Baroness Louise Casey"),
        .init(2, "louise-casey", "Casey"),
        .init(4, "keir-starmer", "Prime Minister Keir Starmer"),
        .init(5, "yvette-cooper", "Cooper"),
        .init(7, "tom-crowther", "Tom Crowther KC"),
        .init(8, "tom-crowther", "Crowther"),
        .init(9, "louise-casey", "Baroness Louise Casey"),
        .init(9, "yvette-cooper", "Cooper"),
        .init(12, "yvette-cooper", "Cooper"),
        .init(15, "yvette-cooper", "Cooper"),
        .init(16, "yvette-cooper", "Cooper"),
        .init(16, "npcc", "National Police Chiefs’ Council"),
        .init(17, "kemi-badenoch", "Kemi Badenoch"),
    ]
}
