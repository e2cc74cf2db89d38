/// A run of consecutive file lines dropped by one rule, kept so every removal
/// can be audited against the source file.
public struct Removal: Equatable, Sendable {
    public var lines: ClosedRange<Int>
    public var rule: CleaningRule
    /// The normalised text of the removed lines, joined with "\n".
    public var text: String

    public init(lines: ClosedRange<Int>, rule: CleaningRule, text: String) {
        self.lines = lines
        self.rule = rule
        self.text = text
    }
}
