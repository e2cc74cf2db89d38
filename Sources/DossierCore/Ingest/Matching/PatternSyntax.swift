/// The parsed form of a cleaner pattern: the subset of Swift `Regex` syntax the
/// cleaner's rules use (literals, `.`, classes with ranges, `\s \S \d \w \b`,
/// `^ $`, groups, `(?:…)`, `(?!…)`, alternation, greedy and lazy `? * + {n,m}`).
/// Anything else makes `PatternSyntax.parse` return nil and the pattern is only
/// ever matched by Swift `Regex`.
indirect enum PatternNode {
    /// One scalar. In a case-insensitive pattern an ASCII letter matches either case.
    case literal(UInt32)
    case set(ScalarSet)
    /// `.`: any one Character (plain text has no newlines).
    case any
    case startAnchor
    case endAnchor
    case wordBoundary
    case group(PatternNode, capture: Int?)
    case sequence([PatternNode])
    case alternation([PatternNode])
    case repetition(PatternNode, min: Int, max: Int?, lazy: Bool)
    case negativeLookahead(PatternNode)
}

/// A character class over plain text.
struct ScalarSet: Sendable {
    /// ASCII members as a 128-bit map.
    var low: UInt64 = 0
    var high: UInt64 = 0
    /// Non-ASCII members listed one by one.
    var scalars: [UInt32] = []
    /// `\w`: every non-ASCII plain letter is a member.
    var nonASCIILetters = false
    var inverted = false

    mutating func insert(_ scalar: UInt32) {
        if scalar < 64 {
            low |= 1 << UInt64(scalar)
        } else if scalar < 128 {
            high |= 1 << UInt64(scalar - 64)
        } else if !scalars.contains(scalar) {
            scalars.append(scalar)
        }
    }

    func containsASCII(_ byte: UInt8) -> Bool {
        let member = byte < 64 ? (low >> UInt64(byte)) & 1 == 1 : (high >> UInt64(byte - 64)) & 1 == 1
        return member != inverted
    }

    func contains(_ scalar: UInt32) -> Bool {
        if scalar < 128 { return containsASCII(UInt8(scalar)) }
        let member = scalars.contains(scalar) || (nonASCIILetters && PlainText.isNonASCIILetter(scalar))
        return member != inverted
    }

    static func of(_ members: String) -> ScalarSet {
        var set = ScalarSet()
        for scalar in members.unicodeScalars { set.insert(scalar.value) }
        return set
    }

    static let space = ScalarSet.of(" ")
    static let digit = ScalarSet.of("0123456789")
    static var word: ScalarSet {
        var set = ScalarSet.of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        set.nonASCIILetters = true
        return set
    }
}

enum PatternSyntax {
    /// Parses `pattern`; nil when it uses syntax outside the supported subset.
    static func parse(_ pattern: String, ignoresCase: Bool) -> (node: PatternNode, captureCount: Int)? {
        var parser = Parser(scalars: Array(pattern.unicodeScalars), ignoresCase: ignoresCase)
        guard let node = parser.alternation(), parser.index == parser.scalars.count else { return nil }
        return (node, parser.captureCount)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let ignoresCase: Bool
        var index = 0
        var captureCount = 0

        init(scalars: [Unicode.Scalar], ignoresCase: Bool) {
            self.scalars = scalars
            self.ignoresCase = ignoresCase
        }

        var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        mutating func alternation() -> PatternNode? {
            var branches: [PatternNode] = []
            repeat {
                guard let branch = sequence() else { return nil }
                branches.append(branch)
            } while take("|")
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        mutating func sequence() -> PatternNode? {
            var items: [PatternNode] = []
            while let next = peek, next != "|", next != ")" {
                guard let item = quantified() else { return nil }
                items.append(item)
            }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func quantified() -> PatternNode? {
            guard let atom = atom() else { return nil }
            var bounds: (min: Int, max: Int?)?
            if take("?") {
                bounds = (0, 1)
            } else if take("*") {
                bounds = (0, nil)
            } else if take("+") {
                bounds = (1, nil)
            } else if peek == "{" {
                guard let counted = countedBounds() else { return nil }
                bounds = counted
            }
            guard let bounds else { return atom }
            switch atom {
            case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead: return nil
            default: break
            }
            // A repeated sub-pattern that can match nothing loops differently
            // in different engines; none of the cleaner's patterns need one.
            guard !Self.canMatchEmpty(atom) else { return nil }
            let lazy = take("?")
            if peek == "+" { return nil } // possessive
            return .repetition(atom, min: bounds.min, max: bounds.max, lazy: lazy)
        }

        mutating func countedBounds() -> (min: Int, max: Int?)? {
            guard take("{"), let low = number() else { return nil }
            if take("}") { return (low, low) }
            guard take(",") else { return nil }
            if take("}") { return (low, nil) }
            guard let high = number(), high >= low, take("}") else { return nil }
            return (low, high)
        }

        mutating func number() -> Int? {
            var value: Int?
            while let next = peek, let digit = Int(String(next)), next.isASCII {
                value = (value ?? 0) * 10 + digit
                index += 1
            }
            return value
        }

        mutating func atom() -> PatternNode? {
            guard let next = peek else { return nil }
            index += 1
            switch next {
            case "(": return group()
            case "[": return characterClass().map(PatternNode.set)
            case ".": return .any
            case "^": return .startAnchor
            case "$": return .endAnchor
            case "\\": return escape()
            case ")", "|", "*", "+", "?", "{", "}", "]": return nil
            default: return literal(next)
            }
        }

        func literal(_ scalar: Unicode.Scalar) -> PatternNode? {
            // Case folding of non-ASCII letters is Swift Regex's business.
            if ignoresCase, !scalar.isASCII, scalar.properties.isAlphabetic { return nil }
            return .literal(scalar.value)
        }

        mutating func group() -> PatternNode? {
            var capture: Int?
            var lookahead = false
            if take("?") {
                if take(":") {
                    // non-capturing
                } else if take("!") {
                    lookahead = true
                } else {
                    return nil
                }
            } else {
                captureCount += 1
                capture = captureCount
            }
            guard let body = alternation(), take(")") else { return nil }
            return lookahead ? .negativeLookahead(body) : .group(body, capture: capture)
        }

        mutating func escape() -> PatternNode? {
            guard let next = peek else { return nil }
            index += 1
            switch next {
            case "b": return .wordBoundary
            case "s": return .set(.space)
            case "S":
                var set = ScalarSet.space
                set.inverted = true
                return .set(set)
            case "d": return .set(.digit)
            case "w": return .set(.word)
            default:
                guard next.isASCII, !next.properties.isAlphabetic, !("0"..."9").contains(next) else { return nil }
                return .literal(next.value)
            }
        }

        mutating func characterClass() -> ScalarSet? {
            var set = ScalarSet()
            if take("^") { set.inverted = true }
            var first = true
            while let next = peek {
                if next == "]", !first { index += 1; return set }
                first = false
                // Set operations and nested or POSIX classes are not supported.
                if next == "[" { return nil }
                if index + 1 < scalars.count, ["&", "-", "~"].contains(next), scalars[index + 1] == next { return nil }
                index += 1
                var low: UInt32
                if next == "\\" {
                    guard let escaped = peek else { return nil }
                    index += 1
                    switch escaped {
                    case "s": set.insert(0x20); continue
                    case "d": for digit in UInt32(0x30)...0x39 { set.insert(digit) }; continue
                    case "w":
                        let word = ScalarSet.word
                        set.low |= word.low
                        set.high |= word.high
                        set.nonASCIILetters = true
                        continue
                    default:
                        guard escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                        low = escaped.value
                    }
                } else {
                    low = next.value
                }
                // A range "a-z"; a "-" before "]" is a literal.
                if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    guard let highScalar = peek, highScalar != "\\", highScalar != "[" else { return nil }
                    index += 1
                    let high = highScalar.value
                    guard low <= high, high < 128 else { return nil }
                    for scalar in low...high { insert(scalar, into: &set) }
                } else {
                    guard insertChecked(low, into: &set) else { return nil }
                }
            }
            return nil
        }

        func insert(_ scalar: UInt32, into set: inout ScalarSet) {
            set.insert(scalar)
            if ignoresCase, let folded = Self.otherCase(of: scalar) { set.insert(folded) }
        }

        func insertChecked(_ scalar: UInt32, into set: inout ScalarSet) -> Bool {
            if ignoresCase, scalar >= 128, let value = Unicode.Scalar(scalar), value.properties.isAlphabetic { return false }
            insert(scalar, into: &set)
            return true
        }

        static func otherCase(of scalar: UInt32) -> UInt32? {
            switch scalar {
            case 0x41...0x5A: return scalar + 32
            case 0x61...0x7A: return scalar - 32
            default: return nil
            }
        }

        static func canMatchEmpty(_ node: PatternNode) -> Bool {
            switch node {
            case .literal, .set, .any: return false
            case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead: return true
            case .group(let body, _): return canMatchEmpty(body)
            case .sequence(let items): return items.allSatisfy(canMatchEmpty)
            case .alternation(let branches): return branches.contains(where: canMatchEmpty)
            case .repetition(let body, let min, _, _): return min == 0 || canMatchEmpty(body)
            }
        }
    }
}
