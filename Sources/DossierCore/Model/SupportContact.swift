/// One entry of the "If you are worried about a child" box shown on every page, from
/// `content/support.yml`. Each carries where its number was found and when someone last
/// checked it, because a wrong number in a safeguarding box does real harm.
public struct SupportContact: Equatable, Sendable {
    public var name: String
    /// Who it is for or when to use it: "if a child is in immediate danger".
    public var purpose: String
    /// A UK phone number as people write it ("0808 800 5000").
    public var number: String?
    public var url: String?
    /// The words of the link to `url`.
    public var linkText: String?
    /// The page that states the number or address.
    public var source: String
    public var checked: Day
    /// Where the entry starts in support.yml, for diagnostics after loading.
    public var line: Int

    /// Contacts are re-checked at least every six months.
    public static let maximumAgeInMonths = 6

    /// The number as a `tel:` URL: digits and a leading plus only.
    public var telephoneURL: String? {
        number.map { "tel:" + $0.filter { $0.isASCII && ($0.isNumber || $0 == "+") } }
    }

    public func isStale(on today: Day) -> Bool {
        checked.adding(months: Self.maximumAgeInMonths) < today
    }
}
