/// Which bytes, and which pairs of adjacent bytes, a piece of text holds:
/// measured once per line so that each pattern can rule the line out with a
/// few bit tests instead of a search. ASCII letters are folded to lower case,
/// so one measurement serves case-sensitive and case-insensitive patterns.
struct BytePresence: Sendable {
    private(set) var bytes = ByteSet()
    /// Adjacent folded byte pairs, hashed into 4096 bits.
    private var pairs = [UInt64](repeating: 0, count: 64)

    init(of text: [UInt8]) {
        var below64: UInt64 = 0, below128: UInt64 = 0, below192: UInt64 = 0, below256: UInt64 = 0
        var pairBits = [UInt64](repeating: 0, count: 64)
        text.withUnsafeBufferPointer { input in
            pairBits.withUnsafeMutableBufferPointer { output in
                var previous: UInt8?
                for byte in input {
                    let bit: UInt64 = 1 &<< UInt64(byte)
                    if byte < 0x80 {
                        if byte < 0x40 { below64 |= bit } else { below128 |= bit }
                    } else if byte < 0xC0 {
                        below192 |= bit
                    } else {
                        below256 |= bit
                    }
                    let folded = Self.fold(byte)
                    if let previous {
                        let slot = Self.slot(previous, folded)
                        output[slot &>> 6] |= 1 &<< UInt64(slot & 63)
                    }
                    previous = folded
                }
            }
        }
        bytes = ByteSet(words: (below64, below128, below192, below256))
        pairs = pairBits
    }

    /// An empty measurement, for text the fast matcher does not read.
    init() {}

    func containsPair(slot: Int) -> Bool {
        pairs[slot &>> 6] & (1 &<< UInt64(slot & 63)) != 0
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Where a folded pair lands among the 4096 bits.
    @inline(__always)
    static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) >> 20)
    }
}

/// What every match of a pattern must contain, worked out from the parsed
/// pattern: bytes (`requiredBytes`) and, as alternatives, sets of adjacent
/// byte pairs (from its literal text: `\bnewsletters?\b` needs "ne", "ew",
/// "ws", …; `(support us\b|please support|…)` needs the pairs of one of its
/// phrases). Only necessary conditions: text that passes may still not match.
struct PatternPrefilter: Sendable {
    /// Pairs of bytes: text must hold one byte of each pair (an ASCII letter
    /// in either case, or the same byte twice).
    let requiredBytes: [(UInt8, UInt8)]
    /// Pair slots, alternative after alternative: text must hold every slot of
    /// at least one alternative. Empty when nothing is known.
    private let pairSlots: [Int]
    /// Where each alternative ends in `pairSlots`.
    private let alternativeEnds: [Int]

    init(_ node: PatternNode, ignoresCase: Bool) {
        requiredBytes = Self.requiredBytes(of: node, ignoresCase: ignoresCase).sorted().map {
            (UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0))
        }
        var slots: [Int] = []
        var ends: [Int] = []
        for pairs in Self.requirement(of: node) ?? [] {
            slots += pairs.sorted().map { BytePresence.slot(UInt8($0 >> 8), UInt8($0 & 0xFF)) }
            ends.append(slots.count)
        }
        pairSlots = slots
        alternativeEnds = ends
    }

    func admits(_ presence: BytePresence) -> Bool {
        for (first, second) in requiredBytes where !presence.bytes.contains(first) && !presence.bytes.contains(second) {
            return false
        }
        if alternativeEnds.isEmpty { return true }
        var start = 0
        for end in alternativeEnds {
            var index = start
            while index < end, presence.containsPair(slot: pairSlots[index]) { index += 1 }
            if index == end { return true }
            start = end
        }
        return false
    }

    // MARK: - Required bytes

    /// `(a << 8) | b` for "a or b".
    private static func requiredBytes(of node: PatternNode, ignoresCase: Bool) -> Set<UInt16> {
        switch node {
        case .literal(let scalar):
            if scalar >= 0x80 {
                return Set(String(Unicode.Scalar(scalar)!).utf8.map { UInt16($0) << 8 | UInt16($0) })
            }
            let byte = UInt8(scalar)
            if ignoresCase, (0x61...0x7A).contains(byte | 0x20) {
                return [UInt16(byte | 0x20) << 8 | UInt16(byte & ~0x20)]
            }
            return [UInt16(byte) << 8 | UInt16(byte)]
        case .set(let members):
            // Only a class of one character (in either case) requires a byte.
            guard !members.inverted, !members.nonASCIILetters, members.scalars.isEmpty else { return [] }
            let bytes = (UInt8(0)..<0x80).filter(members.containsASCII)
            if bytes.count == 1 { return [UInt16(bytes[0]) << 8 | UInt16(bytes[0])] }
            if bytes.count == 2, bytes[0] | 0x20 == bytes[1], (0x61...0x7A).contains(bytes[1]) {
                return [UInt16(bytes[1]) << 8 | UInt16(bytes[0])]
            }
            return []
        case .any, .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            return []
        case .group(let body, _):
            return requiredBytes(of: body, ignoresCase: ignoresCase)
        case .sequence(let items):
            return items.reduce(into: Set<UInt16>()) { $0.formUnion(requiredBytes(of: $1, ignoresCase: ignoresCase)) }
        case .alternation(let branches):
            var common = requiredBytes(of: branches[0], ignoresCase: ignoresCase)
            for branch in branches.dropFirst() { common.formIntersection(requiredBytes(of: branch, ignoresCase: ignoresCase)) }
            return common
        case .repetition(let body, let min, _, _):
            return min == 0 ? [] : requiredBytes(of: body, ignoresCase: ignoresCase)
        }
    }

    // MARK: - Required pairs

    /// Alternatives, each a set of folded pairs (`first << 8 | second`); nil
    /// when nothing is required.
    private typealias Requirement = [Set<UInt16>]?

    private static let maxStrings = 64
    private static let maxAlternatives = 64

    /// The folded strings `node` can match, when they are few and short.
    private static func exactStrings(of node: PatternNode) -> Set<[UInt8]>? {
        switch node {
        case .literal(let scalar):
            return [String(Unicode.Scalar(scalar)!).utf8.map(BytePresence.fold)]
        case .set(let members):
            guard !members.inverted, !members.nonASCIILetters else { return nil }
            var strings = Set((UInt8(0)..<0x80).filter(members.containsASCII).map { [BytePresence.fold($0)] })
            for scalar in members.scalars { strings.insert(String(Unicode.Scalar(scalar)!).utf8.map(BytePresence.fold)) }
            return strings.count <= 8 ? strings : nil
        case .any:
            return nil
        case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            return [[]]
        case .group(let body, _):
            return exactStrings(of: body)
        case .sequence(let items):
            var strings: Set<[UInt8]> = [[]]
            for item in items {
                guard let next = exactStrings(of: item) else { return nil }
                strings = Set(strings.flatMap { head in next.map { head + $0 } })
                if strings.count > maxStrings { return nil }
            }
            return strings
        case .alternation(let branches):
            var strings: Set<[UInt8]> = []
            for branch in branches {
                guard let next = exactStrings(of: branch) else { return nil }
                strings.formUnion(next)
                if strings.count > maxStrings { return nil }
            }
            return strings
        case .repetition(let body, let min, let max, _):
            guard let max, max <= 3, let once = exactStrings(of: body) else { return nil }
            var strings: Set<[UInt8]> = []
            var copies: Set<[UInt8]> = [[]]
            for count in 0...max {
                if count >= min { strings.formUnion(copies) }
                copies = Set(copies.flatMap { head in once.map { head + $0 } })
                if copies.count > maxStrings { return nil }
            }
            return strings.count > maxStrings ? nil : strings
        }
    }

    private static func pairs(of string: [UInt8]) -> Set<UInt16> {
        Set(zip(string, string.dropFirst()).map { UInt16($0) << 8 | UInt16($1) })
    }

    /// One alternative per string; nil if some string has no pair to require.
    private static func requirement(of strings: Set<[UInt8]>) -> Requirement {
        let alternatives = strings.map(pairs(of:))
        return alternatives.contains(where: \.isEmpty) ? nil : alternatives
    }

    /// Both requirements at once; when the combinations are too many, one of
    /// them alone still is a necessary condition.
    private static func both(_ first: Requirement, _ second: Requirement) -> Requirement {
        guard let first else { return second }
        guard let second else { return first }
        guard first.count * second.count <= maxAlternatives else {
            return first.count <= second.count ? first : second
        }
        return first.flatMap { a in second.map { a.union($0) } }
    }

    private static func requirement(of node: PatternNode) -> Requirement {
        if let strings = exactStrings(of: node) { return requirement(of: strings) }
        switch node {
        case .literal, .set, .any, .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            return nil
        case .group(let body, _):
            return requirement(of: body)
        case .sequence(let items):
            // Runs of items with known strings are joined, so pairs that cross
            // from one item to the next ("s" then "up") count too.
            var result: Requirement = nil
            var run: Set<[UInt8]>? = [[]]
            func closeRun() {
                if let strings = run { result = both(result, requirement(of: strings)) }
                run = [[]]
            }
            for item in items {
                if let strings = exactStrings(of: item), let current = run {
                    let joined = Set(current.flatMap { head in strings.map { head + $0 } })
                    if joined.count <= maxStrings {
                        run = joined
                        continue
                    }
                    closeRun()
                    run = strings
                    continue
                }
                closeRun()
                result = both(result, requirement(of: item))
            }
            closeRun()
            return result
        case .alternation(let branches):
            var alternatives: [Set<UInt16>] = []
            for branch in branches {
                guard let next = requirement(of: branch) else { return nil }
                alternatives += next
            }
            return alternatives.count <= maxAlternatives ? alternatives : nil
        case .repetition(let body, let min, _, _):
            return min == 0 ? nil : requirement(of: body)
        }
    }
}
