import Foundation

/// A regular expression the cleaner runs over many lines. Declare each one once
/// as a `static let`, so it is compiled once, on first use, thread-safely.
///
/// Matching is exactly Swift `Regex` matching: on plain text (see `PlainText`,
/// nearly every line of a pasted article) a compiled `PatternProgram` answers,
/// 100-1000 times faster; any other text, or a pattern using syntax the program
/// does not support, is matched by Swift `Regex` itself.
final class Pattern: @unchecked Sendable {
    // @unchecked: the only mutable state is the Swift `Regex`, compiled on
    // first need under `lock`; `Regex` values may be shared between threads.

    let source: String
    let ignoresCase: Bool
    /// Nil when the pattern uses syntax outside `PatternSyntax`'s subset.
    let program: PatternProgram?
    private let lock = NSLock()
    private var compiledRegex: Regex<AnyRegexOutput>?

    /// Patterns are literals written in this module, so a malformed one is a
    /// programming error: debug builds (the tests) check each one here.
    init(_ source: String, ignoresCase: Bool = true) {
        self.source = source
        self.ignoresCase = ignoresCase
        program = PatternProgram(pattern: source, ignoresCase: ignoresCase)
        assert((try? Regex(source)) != nil, "bad pattern \(source)")
        if program == nil { compiledRegex = Self.compile(source, ignoresCase: ignoresCase) }
    }

    /// The Swift `Regex`, for text the program cannot read. Most runs never
    /// need it, so it is compiled on first use rather than with the program.
    var regex: Regex<AnyRegexOutput> {
        lock.lock()
        defer { lock.unlock() }
        if let compiledRegex { return compiledRegex }
        let regex = Self.compile(source, ignoresCase: ignoresCase)
        compiledRegex = regex
        return regex
    }

    private static func compile(_ source: String, ignoresCase: Bool) -> Regex<AnyRegexOutput> {
        do {
            let regex = try Regex(source)
            return ignoresCase ? regex.ignoresCase() : regex
        } catch {
            preconditionFailure("bad pattern \(source): \(error)")
        }
    }

    // MARK: - Yes or no

    func matches(_ text: String) -> Bool {
        matches(MatchSubject(text))
    }

    func matches(_ line: ScannedLine) -> Bool {
        matches(line.subject)
    }

    /// Matches against the line's `label` (see `LineShape.label`).
    func matchesLabel(of line: ScannedLine) -> Bool {
        if let program, let bytes = line.plainBytes {
            // The label is part of the line, so what the line lacks it lacks too.
            return program.admits(line.presence) && program.firstMatch(in: bytes, range: line.labelRange) != nil
        }
        return LineShape(line.text).label.firstMatch(of: regex) != nil
    }

    func matches(_ subject: MatchSubject) -> Bool {
        if let program, let bytes = subject.plainBytes {
            return program.admits(subject.presence) && program.firstMatch(in: bytes, range: 0..<bytes.count) != nil
        }
        return subject.text.firstMatch(of: regex) != nil
    }

    // MARK: - Matches with captures

    func firstMatch(in text: String) -> PatternMatch? {
        firstMatch(in: MatchSubject(text))
    }

    /// `^`, `$` and `\b` are judged against the subject's own bounds, as Swift
    /// `Regex` judges them against a substring's.
    func firstMatch(in subject: MatchSubject) -> PatternMatch? {
        if let program, let bytes = subject.plainBytes {
            guard program.admits(subject.presence),
                  let slots = program.firstMatch(in: bytes, range: 0..<bytes.count) else { return nil }
            return PatternMatch(slots: slots, in: subject.text)
        }
        return subject.text.firstMatch(of: regex).map(PatternMatch.init)
    }

    /// Successive non-overlapping matches, as `matches(of:)` returns them.
    func allMatches(in subject: MatchSubject) -> [PatternMatch] {
        guard let program, let bytes = subject.plainBytes else {
            return subject.text.matches(of: regex).map(PatternMatch.init)
        }
        guard program.admits(subject.presence) else { return [] }
        var matches: [PatternMatch] = []
        var from = 0
        let range = 0..<bytes.count
        while from <= range.upperBound, let slots = program.firstMatch(in: bytes, range: range, from: from) {
            matches.append(PatternMatch(slots: slots, in: subject.text))
            if slots[1] > slots[0] {
                from = slots[1]
            } else {
                // An empty match moves the search on by one character.
                guard slots[1] < range.upperBound else { break }
                from = slots[1] + PlainText.decode(bytes, at: slots[1]).length
            }
        }
        return matches
    }
}

/// Text to run patterns over, with its plain UTF-8 (see `PlainText`) worked out
/// once however many patterns are tried.
struct MatchSubject {
    let text: Substring
    /// UTF-8 of `text` when it is plain, else nil.
    let plainBytes: [UInt8]?
    /// The bytes and byte pairs `plainBytes` holds, when measured (a line's
    /// are, as many patterns are tried on it; a one-off subject's are not).
    let presence: BytePresence?

    init(_ text: String) {
        self.text = Substring(text)
        let bytes = PlainText.utf8(text)
        plainBytes = PlainText.isPlain(bytes) ? bytes : nil
        presence = nil
    }

    /// Swift `Regex` judges `\b` at a substring's end by the characters after
    /// it in the base string, which the byte program does not see; so only a
    /// substring that runs to the end of its string takes the fast path.
    init(_ text: Substring) {
        self.text = text
        let bytes = PlainText.utf8(text)
        plainBytes = text.endIndex == text.base.endIndex && PlainText.isPlain(bytes) ? bytes : nil
        presence = nil
    }

    init(text: String, plainBytes: [UInt8]?, presence: BytePresence?) {
        self.text = Substring(text)
        self.plainBytes = plainBytes
        self.presence = presence
    }
}

/// Where a pattern matched, and its capture groups, as indexes of the text
/// that was searched.
struct PatternMatch {
    let range: Range<String.Index>
    /// Group 1 first; nil where a group took no part in the match.
    let groups: [Range<String.Index>?]

    fileprivate init(slots: [Int], in text: Substring) {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        range = index(slots[0])..<index(slots[1])
        groups = stride(from: 2, to: slots.count, by: 2).map { slot in
            slots[slot] >= 0 && slots[slot + 1] >= 0 ? index(slots[slot])..<index(slots[slot + 1]) : nil
        }
    }

    fileprivate init(_ match: Regex<AnyRegexOutput>.Match) {
        range = match.range
        groups = (1..<match.output.count).map { match.output[$0].range }
    }

    /// The text of capture group `number` (1-based), if it took part.
    func group(_ number: Int, in text: some StringProtocol) -> Substring? {
        guard number - 1 < groups.count, let range = groups[number - 1] else { return nil }
        return Substring(text)[range]
    }
}
