import Foundation

/// Finds date expressions in a sentence and resolves them against the article's publication
/// date: "on Thursday", "(January 16)", "in March", "last week", "by Easter", "in six months'
/// time". Precision is kept, so "in March" never becomes a made-up day.
public struct DateResolver: Sendable {
    public struct Found: Equatable, Sendable {
        public var expression: String
        public var date: FuzzyDate
    }

    public init() {}

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    static let shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    private static let monthPattern = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
    private static let patterns: [(NSRegularExpression, Kind)] = ([
        (#"\b(\d{1,2})(?:st|nd|rd|th)? \#(monthPattern)\.? (\d{4})\b"#, .dayMonthYear),
        (#"\b\#(monthPattern)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b"#, .monthDayYear),
        (#"\b(\d{1,2})(?:st|nd|rd|th)? \#(monthPattern)\b"#, .dayMonth),
        (#"\b\#(monthPattern) (\d{1,2})(?:st|nd|rd|th)?\b"#, .monthDay),
        (#"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ff]rom|[Bb]y|[Uu]ntil|[Ll]ast|[Ee]arly|[Ll]ate|[Mm]id-) ?\#(monthPattern)(?: (\d{4}))?\b"#, .month),
        (#"\b[Oo]n (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#, .weekday),
        (#"\b(today|yesterday|this morning|this afternoon|this week|last week|earlier this week|last month|this month|this year|last year|recently|recent)\b"#, .relative),
        (#"\bby Easter\b"#, .easter),
        (#"\bin (one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+) months?'?’? time\b"#, .monthsAhead),
        (#"\b(?:in|since|by|until|during) (19\d\d|20\d\d)\b"#, .year),
    ] as [(String, Kind)]).map { (try! NSRegularExpression(pattern: $0.0), $0.1) }

    enum Kind { case dayMonthYear, monthDayYear, dayMonth, monthDay, month, weekday, relative, easter, monthsAhead, year }

    /// Every date expression in the sentence, resolved; overlapping expressions keep the most precise.
    public func find(in sentence: String, published: Day?) -> [Found] {
        // Most sentences hold no date at all: ten regular expressions need not say so.
        guard Self.mayHoldADate(sentence) else { return [] }
        let text = sentence as NSString
        var found: [(NSRange, Found)] = []
        let mentionsMonth = Self.monthPrefixes.contains { TextScan.contains(sentence, $0) }
        let hasDigit = TextScan.hasDigit(sentence)
        for (regex, kind) in Self.patterns where (mentionsMonth || !Self.monthKinds.contains(kind)) && (hasDigit || !Self.digitKinds.contains(kind)) {
            // A pattern's literal words must be there before its expression is run.
            if let words = Self.requiredWords[kind], !words.contains(where: { TextScan.contains(sentence, $0) }) { continue }
            for match in regex.matches(in: sentence, range: NSRange(location: 0, length: text.length)) {
                if found.contains(where: { NSIntersectionRange($0.0, match.range).length > 0 }) { continue }
                let groups = (1..<match.numberOfRanges).map { match.range(at: $0).location == NSNotFound ? "" : text.substring(with: match.range(at: $0)) }
                if let date = resolve(kind, groups, published: published) {
                    found.append((match.range, Found(expression: text.substring(with: match.range), date: date)))
                }
            }
        }
        return found.sorted { $0.0.location < $1.0.location }.map(\.1)
    }

    /// The patterns that need a month's name, which starts with one of `monthPrefixes` (case matters).
    static let monthKinds: Set<Kind> = [.dayMonthYear, .monthDayYear, .dayMonth, .monthDay, .month]
    static let monthPrefixes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    /// The patterns that need a digit.
    static let digitKinds: Set<Kind> = [.dayMonthYear, .monthDayYear, .dayMonth, .monthDay, .year]
    /// Every match holds one of these.
    static let requiredWords: [Kind: [String]] = [
        .weekday: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        .relative: ["today", "yesterday", "this morning", "this afternoon", "this week", "last week", "last month", "this month",
                    "this year", "last year", "recent"],
        .easter: ["by Easter"],
        .monthsAhead: [" time"],
        .year: [" 19", " 20"],
    ]

    static let keywords = months.map { String($0.prefix(3)) } + ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                                   "today", "yesterday", "this morning", "this afternoon", "week", "month",
                                                                   "year", "recent", "easter", " time"]

    static func mayHoldADate(_ sentence: String) -> Bool {
        if TextScan.hasDigit(sentence) { return true }
        let lower = TextScan.asciiLowercased(sentence)
        return keywords.contains { TextScan.contains(lower, $0) }
    }

    func resolve(_ kind: Kind, _ groups: [String], published: Day?) -> FuzzyDate? {
        func month(_ name: String) -> Int? {
            let lower = name.lowercased()
            if let index = Self.months.firstIndex(of: lower) { return index + 1 }
            return Self.shortMonths.firstIndex(of: String(lower.prefix(3))).map { $0 + 1 }
        }
        switch kind {
        case .dayMonthYear:
            guard let d = Int(groups[0]), let m = month(groups[1]), let y = Int(groups[2]), let day = Day(year: y, month: m, day: d) else { return nil }
            return FuzzyDate(day: day, precision: .day)
        case .monthDayYear:
            guard let m = month(groups[0]), let d = Int(groups[1]), let y = Int(groups[2]), let day = Day(year: y, month: m, day: d) else { return nil }
            return FuzzyDate(day: day, precision: .day)
        case .dayMonth, .monthDay:
            guard let published else { return nil }
            let (d, m) = kind == .dayMonth ? (Int(groups[0]), month(groups[1])) : (Int(groups[1]), month(groups[0]))
            guard let d, let m, var day = Day(year: published.year, month: m, day: d) else { return nil }
            // A day more than a week after publication is last year's.
            if day.daysSinceEpoch > published.daysSinceEpoch + 7, let earlier = Day(year: published.year - 1, month: m, day: d) { day = earlier }
            return FuzzyDate(day: day, precision: .day)
        case .month:
            guard let m = month(groups[0]) else { return nil }
            if let y = Int(groups[1]), let day = Day(year: y, month: m, day: 1) { return FuzzyDate(day: day, precision: .month) }
            guard let published else { return nil }
            let year = m <= published.month ? published.year : published.year - 1
            return Day(year: year, month: m, day: 1).map { FuzzyDate(day: $0, precision: .month) }
        case .weekday:
            guard let published, let target = Self.weekdays.firstIndex(of: groups[0].lowercased()) else { return nil }
            // The most recent such day on or before publication: news reports what happened.
            let weekday = (published.daysSinceEpoch + 4) % 7  // 1 January 1970 was a Thursday
            let back = (weekday - target + 7) % 7
            return FuzzyDate(day: Day(daysSinceEpoch: published.daysSinceEpoch - back), precision: .day)
        case .relative:
            guard let published else { return nil }
            switch groups[0].lowercased() {
            case "today", "this morning", "this afternoon": return FuzzyDate(day: published, precision: .day)
            case "yesterday": return FuzzyDate(day: Day(daysSinceEpoch: published.daysSinceEpoch - 1), precision: .day)
            case "last week", "earlier this week", "this week":
                return FuzzyDate(day: Day(daysSinceEpoch: published.daysSinceEpoch - 7), precision: .approximate, qualifier: "around")
            case "last month":
                let m = published.month == 1 ? 12 : published.month - 1
                return Day(year: published.month == 1 ? published.year - 1 : published.year, month: m, day: 1).map { FuzzyDate(day: $0, precision: .month) }
            case "this month": return Day(year: published.year, month: published.month, day: 1).map { FuzzyDate(day: $0, precision: .month) }
            case "this year": return Day(year: published.year, month: 1, day: 1).map { FuzzyDate(day: $0, precision: .year) }
            case "last year": return Day(year: published.year - 1, month: 1, day: 1).map { FuzzyDate(day: $0, precision: .year) }
            default: return FuzzyDate(day: published, precision: .approximate, qualifier: "by")  // "recently"
            }
        case .easter:
            guard let published else { return nil }
            var easter = Self.easterSunday(published.year)
            if easter < published { easter = Self.easterSunday(published.year + 1) }
            return FuzzyDate(day: easter, precision: .approximate, qualifier: "by Easter,")
        case .monthsAhead:
            guard let published else { return nil }
            let words = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12]
            guard let count = Int(groups[0]) ?? words[groups[0].lowercased()] else { return nil }
            let total = published.month - 1 + count
            return Day(year: published.year + total / 12, month: total % 12 + 1, day: 1).map { FuzzyDate(day: $0, precision: .approximate, qualifier: "around") }
        case .year:
            return Int(groups[0]).flatMap { Day(year: $0, month: 1, day: 1) }.map { FuzzyDate(day: $0, precision: .year) }
        }
    }

    /// Western Easter Sunday (the anonymous Gregorian algorithm).
    static func easterSunday(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return Day(year: year, month: month, day: day)!
    }
}
