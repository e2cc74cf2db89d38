import Testing
@testable import DossierCore

/// The cleaner's byte-level matcher (`PatternProgram` on `PlainText`) must
/// give exactly what Swift `Regex` gives. These tests compare the two on
/// seeded random strings built from each pattern's own parts.
@Suite("Pattern matching agrees with Swift Regex")
struct PatternMatchingTests {
    /// Patterns covering every construct the matcher supports, most taken from
    /// the cleaner's rules: `\b` (UAX #29), lazy and counted repetition,
    /// captures, classes with non-ASCII members, lookahead, anchors, case folding.
    static let patterns: [(String, Bool)] = [
        (#"\b(we|we’re|we're|our|us|you|your|you’ll|you'll)\b"#, true),
        (#"^(.+?)\b(said|says|added|told [^:“"‘']{1,40}?)\s*:\s*([“"‘'])"#, true),
        (#"^\s*,?\s*([^,.;:“"”‘]{1,80}?)\s+(said|says|added|told)\b"#, true),
        (#"^\s*,?\s*(said|says|added)\s+([^,.;:“"”]+?)\s*(?:[,.;:]|$)"#, true),
        (#"\b(photograph|photo|picture|pic|image|credit|illustration)s?\s*:\s*[^.!?:]{1,80}\.?$"#, true),
        (#"[.!?]?\s\((?:[A-Z][\w’'&.-]*)(?:\s+[A-Z][\w’'&.-]*){0,4}\)$"#, false),
        (#"£\s?\d[\d,]*(\.\d+)?k?\s*(-|–|to)\s*£\s?\d"#, true),
        (#"^(re[a-z]{3,8}ter|employer|closing date|contract type)\s*:"#, true),
        (#"(support us\b|please support|become a (monthly )?(supporter|member|subscriber)|donate (now|today))"#, true),
        (#"^(\d+|one|two|three|no)\s+(comments?|responses?|replies|reply)(\s+(to|on)\b.*)?$"#, true),
        (#"\b([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan(?:uary)?|june?|sept?(?:ember)?)(?![a-z])\.?,?\s+([0-9]{4})(?![0-9])"#, true),
        (#"^[\s,|·•-]*((mon|tues|wednes)day|mon|tue|wed)?[\s,]*(\d{1,2}[:.]\d{2}\s*(am|pm)?)?[\s,|·•-]*$"#, true),
        (#"^\d{1,2}[.)]\s+(\S.*)$"#, false),
        (#"[.!?]\s+([“"‘'])"#, false),
    ]

    static let pieces = [
        " ", " ", "  ", ":", ": ", ",", ".", "-", "–", "—", "/", "(", ")", "’", "'", "‘", "“", "”", "\"", "£",
        "…", "|", "·", "•", "?", "!", "_", ";", "1", "12", "2025", "3.5", "1,000", "é", "É", "Łódź", "U.K.",
        "we're", "it’s", "Cooper", "said", "the", "of", "Jan", "am", "k", "s", "‐", "′", "→", "×", "‚", "−",
        "\u{7}", "\u{1B}", "\u{7F}", "\u{80}", "\u{FFFD}",
    ]

    /// SplitMix64: the same strings on every run and platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("\\b is at the same places as Swift Regex's (Unicode word boundaries)")
    func wordBoundaries() throws {
        var random = SeededGenerator(state: 1)
        let alphabet = Array("aZ9_ .,;:'\"-()/é’‘“”–…·•£©»‐′→×÷‚\u{1}\u{1F}\u{7F}\u{9F}\u{FFFD}")
        let boundary = try Regex(#"\b"#)
        for _ in 0..<3000 {
            let text = String((0..<Int.random(in: 0...10, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let bytes = try #require(PlainText(text)).bytes
            let swift = text.matches(of: boundary).map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) }
            var ours: [Int] = []
            var offset = 0
            while true {
                if PlainText.isWordBoundary(bytes, 0..<bytes.count, at: offset) { ours.append(offset) }
                guard offset < bytes.count else { break }
                offset += PlainText.decode(bytes, at: offset).length
            }
            #expect(ours == swift, "\(text.debugDescription)")
        }
    }

    @Test("matches, ranges and captures are Swift Regex's", arguments: patterns)
    func agreesWithSwiftRegex(source: String, ignoresCase: Bool) throws {
        let pattern = Pattern(source, ignoresCase: ignoresCase)
        #expect(pattern.program != nil, "the matcher should support \(source)")
        let (node, _) = try #require(PatternSyntax.parse(source, ignoresCase: ignoresCase))
        let regex = pattern.regex
        var random = SeededGenerator(state: UInt64(source.utf8.count))
        var matched = 0
        for trial in 0..<400 {
            var text = ""
            if trial % 3 == 0 {
                for _ in 0..<Int.random(in: 1...8, using: &random) { text += Self.pieces.randomElement(using: &random)! }
            } else {
                Self.sample(node, ignoresCase, &random, into: &text)
                if trial % 3 == 2 { text = Self.mutate(text, &random) }
            }
            guard PlainText(text) != nil else { continue }
            let expected = text.firstMatch(of: regex).map { match in
                [match.range] + (1..<match.output.count).map { match.output[$0].range }
            }
            let actual = pattern.firstMatch(in: text).map { [$0.range] + $0.groups }
            #expect(actual == expected, "\(source) on \(text.debugDescription)")
            #expect(pattern.matches(ScannedLine(text)) == (expected != nil), "\(source) on the scanned line \(text.debugDescription)")
            if expected != nil { matched += 1 }
        }
        #expect(matched > 20, "too few matching samples to mean much for \(source)")
    }

    @Test("text outside the plain alphabet is left to Swift Regex")
    func nonPlainText() {
        #expect(PlainText("cafe\u{301}") == nil)        // a combining mark joins two scalars into one Character
        #expect(PlainText("\u{212A}elvin") == nil)      // the Kelvin sign folds to "k"
        #expect(PlainText("a\u{00A0}b") == nil)         // another space
        #expect(PlainText("a\tb") == nil)               // tab is whitespace to Swift
        #expect(PlainText("a\u{85}b") == nil)           // NEL is a newline
        #expect(PlainText("Café – “Łódź”") != nil)
        #expect(PlainText("bad \u{FFFD} byte, bell \u{7}") != nil)
        #expect(Pattern("^kelvin").matches("\u{212A}ELVIN"))
        #expect(!Pattern("^cafe$").matches("cafe\u{301}"))
        #expect(Pattern(#"\bsaid\b"#).firstMatch(in: "😀 said")?.range != nil)
    }

    // MARK: - Generating strings

    static func sample(_ node: PatternNode, _ ignoresCase: Bool, _ random: inout SeededGenerator, into text: inout String) {
        let alphabet: [UInt32] = Array(0x20...0x7E) + [0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0xA3, 0xB7, 0x2022, 0xE9, 0x01, 0x1B, 0x7F, 0x9F, 0xFFFD]
        switch node {
        case .literal(let scalar):
            var character = String(Unicode.Scalar(scalar)!)
            if ignoresCase, Bool.random(using: &random) { character = character.uppercased() }
            text += character
        case .set(let set):
            if let member = alphabet.filter(set.contains).randomElement(using: &random) { text += String(Unicode.Scalar(member)!) }
        case .any:
            text += String(Unicode.Scalar(alphabet.randomElement(using: &random)!)!)
        case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            break
        case .group(let body, _):
            sample(body, ignoresCase, &random, into: &text)
        case .sequence(let items):
            for item in items { sample(item, ignoresCase, &random, into: &text) }
        case .alternation(let branches):
            sample(branches.randomElement(using: &random)!, ignoresCase, &random, into: &text)
        case .repetition(let body, let min, let max, _):
            for _ in 0..<Int.random(in: min...Swift.max(min, Swift.min(max ?? min + 3, min + 3)), using: &random) {
                sample(body, ignoresCase, &random, into: &text)
            }
        }
    }

    static func mutate(_ text: String, _ random: inout SeededGenerator) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let piece = Array(pieces.randomElement(using: &random)!)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: characters.insert(contentsOf: piece, at: 0)
            case 1: characters.append(contentsOf: piece)
            case 2: if !characters.isEmpty { characters.remove(at: Int.random(in: 0..<characters.count, using: &random)) }
            default: characters.insert(contentsOf: piece, at: Int.random(in: 0...characters.count, using: &random))
            }
        }
        return String(characters)
    }
}
