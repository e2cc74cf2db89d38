/// A date as precisely as a source gives it: "16 January 2025", "March 2025", "by Easter 2025".
public struct FuzzyDate: Equatable, Hashable, Sendable, Comparable, Codable {
    public enum Precision: String, Sendable, Codable {
        case day, month, year
        /// "last week", "by Easter", "in six months' time", "recently": a best estimate.
        case approximate
    }

    /// The day used for ordering: the date itself, or the first day of its month or year.
    public var day: Day
    public var precision: Precision
    /// "by", "around" or nil, for approximate dates.
    public var qualifier: String?

    public var text: String {
        switch precision {
        case .day: return day.long
        case .month: return "\(Day.monthNames[day.month - 1]) \(day.year)"
        case .year: return String(day.year)
        case .approximate: return "\(qualifier ?? "around") \(Day.monthNames[day.month - 1]) \(day.year)".capitalisedFirst
        }
    }

    public static func < (lhs: FuzzyDate, rhs: FuzzyDate) -> Bool { lhs.day < rhs.day }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
