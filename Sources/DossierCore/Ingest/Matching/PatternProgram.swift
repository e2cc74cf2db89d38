/// A parsed pattern compiled to a small backtracking program over the UTF-8 of
/// plain text. It explores alternatives in the same order as Swift `Regex`
/// (leftmost match; earlier alternatives and greedy/lazy choices first), so on
/// plain text it finds the same match and the same captures. Immutable once
/// built, so one program is shared by every thread.
final class PatternProgram: Sendable {
    enum Opcode: UInt8, Sendable {
        /// An exact ASCII byte (`a`).
        case byte
        /// An ASCII letter in either case; `a` is the lowercase byte.
        case foldedLetter
        /// An exact non-ASCII scalar (`a`).
        case scalar
        /// One scalar from `sets[a]`.
        case set
        case any
        /// Try `a`; on failure come back and try `b`.
        case split
        /// `split`, but only when the next byte is in `byteSets[c]`, the bytes
        /// branch `a` can start with; otherwise go straight to `b`. It saves
        /// pushing a choice point for every branch of a long alternation.
        case splitIfStart
        /// Fail unless the next byte is in `byteSets[a]`, every byte that what
        /// follows can start with: cheap rejection before a `\b` or a long
        /// alternation.
        case guardNext
        case jump
        /// Record the current position in capture slot `a`.
        case save
        case start
        case end
        case wordBoundary
        /// Fail if the body (from the next instruction up to its `match`)
        /// matches here; otherwise continue at `a`.
        case notFollowedBy
        case match
    }

    struct Instruction: Sendable {
        var opcode: Opcode
        var a: Int = 0
        var b: Int = 0
        var c: Int = 0
    }

    let instructions: [Instruction]
    let sets: [ScalarSet]
    let byteSets: [ByteSet]
    /// Capture groups, not counting the whole match.
    let captureCount: Int
    /// Every match starts at the start of the text (`^…`).
    let anchoredAtStart: Bool
    /// Bytes a match can start with (UTF-8 lead bytes), or nil if a match may
    /// be empty and so start anywhere.
    let firstBytes: ByteSet?
    /// The first two bytes a match can start with, when they are few enough to
    /// list: rules out most start positions of a pattern like `(support us|…)`.
    let startPairs: StartPairs?
    /// What every match must contain, to rule text out without a search.
    let prefilter: PatternPrefilter

    init?(pattern: String, ignoresCase: Bool) {
        guard let (node, captureCount) = PatternSyntax.parse(pattern, ignoresCase: ignoresCase) else { return nil }
        let (first, nullable) = Self.firstBytes(of: node, ignoresCase: ignoresCase)
        var compiler = Compiler(ignoresCase: ignoresCase)
        compiler.emit(node, follow: nil)
        compiler.instructions.append(Instruction(opcode: .match))
        instructions = compiler.instructions
        sets = compiler.sets
        byteSets = compiler.byteSets
        self.captureCount = captureCount
        anchoredAtStart = Self.isAnchoredAtStart(node)
        firstBytes = nullable ? nil : first
        startPairs = nullable ? nil : StartPairs(node, ignoresCase: ignoresCase)
        prefilter = PatternPrefilter(node, ignoresCase: ignoresCase)
    }

    /// False when text with this `presence` cannot match; true when it may,
    /// or when its presence was not measured.
    func admits(_ presence: BytePresence?) -> Bool {
        guard let presence else { return true }
        return prefilter.admits(presence)
    }

    // MARK: - Matching

    /// The first match in `bytes[range]` starting at or after `from` (default:
    /// the start of the range), as capture slots (byte offsets): `[start, end,
    /// group1Start, group1End, …]`, -1 where a group did not take part.
    /// `range` is the subject: `^`, `$` and `\b` are judged against its bounds.
    func firstMatch(in bytes: [UInt8], range: Range<Int>, from: Int? = nil) -> [Int]? {
        var slots = [Int](repeating: -1, count: 2 * (captureCount + 1))
        var stack: [Backtrack] = []
        var start = max(from ?? range.lowerBound, range.lowerBound)
        if anchoredAtStart {
            guard start == range.lowerBound else { return nil }
            return attempt(at: start, bytes, range, &slots, &stack)
        }
        guard let firstBytes else {
            // A match may be empty, so it may start at any scalar boundary.
            while start <= range.upperBound {
                if let found = attempt(at: start, bytes, range, &slots, &stack) { return found }
                if start == range.upperBound { break }
                start += scalarLength(bytes[start])
            }
            return nil
        }
        // A match consumes a byte, so it starts before the end, at a byte in
        // `firstBytes` (never a UTF-8 continuation byte, so stepping byte by
        // byte only ever stops at scalar boundaries).
        let end = range.upperBound
        while start < end {
            let byte = bytes[start]
            if firstBytes.contains(byte), startPairs?.mayStart(bytes, at: start, end: end) ?? true,
               let found = attempt(at: start, bytes, range, &slots, &stack) {
                return found
            }
            start += 1
        }
        return nil
    }

    /// Runs the program from `start`; the capture slots of a match, or nil.
    /// A failed attempt pops everything it pushed and so restores every slot:
    /// nothing needs resetting between attempts.
    @inline(__always)
    private func attempt(at start: Int, _ bytes: [UInt8], _ range: Range<Int>,
                         _ slots: inout [Int], _ stack: inout [Backtrack]) -> [Int]? {
        guard let end = run(from: 0, at: start, bytes, range, &slots, &stack) else { return nil }
        slots[0] = start
        slots[1] = end
        return slots
    }

    /// A choice point to come back to (`slot` < 0), or a capture slot's value
    /// to restore when backtracking past the `save` that changed it.
    private struct Backtrack {
        var pc: Int
        var position: Int
        var slot: Int
    }

    @inline(__always)
    private func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// Runs from instruction `startPC` at byte `startPosition`; the end of the
    /// match, or nil.
    private func run(from startPC: Int, at startPosition: Int, _ bytes: [UInt8], _ range: Range<Int>,
                     _ slots: inout [Int], _ stack: inout [Backtrack]) -> Int? {
        let base = stack.count
        var pc = startPC
        var position = startPosition
        let end = range.upperBound
        while true {
            let instruction = instructions[pc]
            var failed = false
            switch instruction.opcode {
            case .byte:
                if position < end, bytes[position] == UInt8(truncatingIfNeeded: instruction.a) {
                    position += 1
                    pc += 1
                } else {
                    failed = true
                }
            case .foldedLetter:
                if position < end, bytes[position] | 0x20 == UInt8(truncatingIfNeeded: instruction.a) {
                    position += 1
                    pc += 1
                } else {
                    failed = true
                }
            case .scalar:
                if position < end, bytes[position] >= 0x80 {
                    let (value, length) = PlainText.decode(bytes, at: position)
                    if value == UInt32(instruction.a) {
                        position += length
                        pc += 1
                    } else {
                        failed = true
                    }
                } else {
                    failed = true
                }
            case .set:
                if position < end {
                    let byte = bytes[position]
                    if byte < 0x80 {
                        if sets[instruction.a].containsASCII(byte) {
                            position += 1
                            pc += 1
                        } else {
                            failed = true
                        }
                    } else {
                        let (value, length) = PlainText.decode(bytes, at: position)
                        if sets[instruction.a].contains(value) {
                            position += length
                            pc += 1
                        } else {
                            failed = true
                        }
                    }
                } else {
                    failed = true
                }
            case .any:
                if position < end {
                    position += scalarLength(bytes[position])
                    pc += 1
                } else {
                    failed = true
                }
            case .split:
                stack.append(Backtrack(pc: instruction.b, position: position, slot: -1))
                pc = instruction.a
            case .splitIfStart:
                if position < end, byteSets[instruction.c].contains(bytes[position]) {
                    stack.append(Backtrack(pc: instruction.b, position: position, slot: -1))
                    pc = instruction.a
                } else {
                    pc = instruction.b
                }
            case .guardNext:
                if position < end, byteSets[instruction.a].contains(bytes[position]) { pc += 1 } else { failed = true }
            case .jump:
                pc = instruction.a
            case .save:
                stack.append(Backtrack(pc: 0, position: slots[instruction.a], slot: instruction.a))
                slots[instruction.a] = position
                pc += 1
            case .start:
                if position == range.lowerBound { pc += 1 } else { failed = true }
            case .end:
                if position == end { pc += 1 } else { failed = true }
            case .wordBoundary:
                if PlainText.isWordBoundary(bytes, range, at: position) { pc += 1 } else { failed = true }
            case .notFollowedBy:
                var scratch = slots
                var innerStack: [Backtrack] = []
                if run(from: pc + 1, at: position, bytes, range, &scratch, &innerStack) != nil {
                    failed = true
                } else {
                    pc = instruction.a
                }
            case .match:
                stack.removeSubrange(base...)
                return position
            }
            guard failed else { continue }
            // Undo to the most recent choice point of this run.
            var resumed = false
            while stack.count > base {
                let entry = stack.removeLast()
                if entry.slot >= 0 {
                    slots[entry.slot] = entry.position
                } else {
                    pc = entry.pc
                    position = entry.position
                    resumed = true
                    break
                }
            }
            if !resumed { return nil }
        }
    }

    // MARK: - Compiling

    private struct Compiler {
        let ignoresCase: Bool
        var instructions: [Instruction] = []
        var sets: [ScalarSet] = []
        var byteSets: [ByteSet] = []

        /// Emits `node`. `follow` holds every byte that can start what comes
        /// after it, when that must consume a byte; nil when it may match
        /// nothing (or anything). A lazy loop only tries to stop where the
        /// next byte is in it: `^(.+?)\b(said|…)` stops at "s", not everywhere.
        mutating func emit(_ node: PatternNode, follow: ByteSet?) {
            switch node {
            case .literal(let scalar):
                if scalar >= 0x80 {
                    instructions.append(Instruction(opcode: .scalar, a: Int(scalar)))
                } else if ignoresCase, let lower = Self.lowercaseLetter(scalar) {
                    instructions.append(Instruction(opcode: .foldedLetter, a: Int(lower)))
                } else {
                    instructions.append(Instruction(opcode: .byte, a: Int(scalar)))
                }
            case .set(let set):
                sets.append(set)
                instructions.append(Instruction(opcode: .set, a: sets.count - 1))
            case .any:
                instructions.append(Instruction(opcode: .any))
            case .startAnchor:
                instructions.append(Instruction(opcode: .start))
            case .endAnchor:
                instructions.append(Instruction(opcode: .end))
            case .wordBoundary:
                instructions.append(Instruction(opcode: .wordBoundary))
            case .group(let body, let capture):
                if let capture { instructions.append(Instruction(opcode: .save, a: 2 * capture)) }
                emit(body, follow: follow)
                if let capture { instructions.append(Instruction(opcode: .save, a: 2 * capture + 1)) }
            case .sequence(let items):
                for (offset, item) in items.enumerated() {
                    let rest = PatternNode.sequence(Array(items[(offset + 1)...]))
                    if case .wordBoundary = item { emitGuard(for: rest) }
                    emit(item, follow: followSet(of: rest, then: follow))
                }
            case .alternation(let branches):
                if branches.count >= 3 { emitGuard(for: node) }
                var jumpsToEnd: [Int] = []
                for (offset, branch) in branches.enumerated() {
                    guard offset < branches.count - 1 else {
                        emit(branch, follow: follow)
                        break
                    }
                    let split = placeholder()
                    emit(branch, follow: follow)
                    jumpsToEnd.append(placeholder())
                    let (first, nullable) = PatternProgram.firstBytes(of: branch, ignoresCase: ignoresCase)
                    if nullable {
                        instructions[split] = Instruction(opcode: .split, a: split + 1, b: instructions.count)
                    } else {
                        byteSets.append(first)
                        instructions[split] = Instruction(opcode: .splitIfStart, a: split + 1, b: instructions.count,
                                                          c: byteSets.count - 1)
                    }
                }
                for jump in jumpsToEnd { instructions[jump] = Instruction(opcode: .jump, a: instructions.count) }
            case .repetition(let body, let min, let max, let lazy):
                // After one copy of the body comes another copy or what follows.
                let bodyFollow = follow.map { follow in
                    var set = PatternProgram.firstBytes(of: body, ignoresCase: ignoresCase).0
                    set.formUnion(follow)
                    return set
                }
                for _ in 0..<min { emit(body, follow: bodyFollow) }
                if let max {
                    var exits: [Int] = []
                    for _ in min..<max {
                        exits.append(placeholder())
                        emit(body, follow: bodyFollow)
                    }
                    for exit in exits {
                        instructions[exit] = lazy
                            ? lazyChoice(stop: instructions.count, goOn: exit + 1, follow: follow)
                            : Instruction(opcode: .split, a: exit + 1, b: instructions.count)
                    }
                } else {
                    let loop = placeholder()
                    emit(body, follow: bodyFollow)
                    instructions.append(Instruction(opcode: .jump, a: loop))
                    instructions[loop] = lazy
                        ? lazyChoice(stop: instructions.count, goOn: loop + 1, follow: follow)
                        : Instruction(opcode: .split, a: loop + 1, b: instructions.count)
                }
            case .negativeLookahead(let body):
                let check = placeholder()
                emit(body, follow: nil)
                instructions.append(Instruction(opcode: .match))
                instructions[check] = Instruction(opcode: .notFollowedBy, a: instructions.count)
            }
        }

        /// The choice a lazy repetition makes before each further copy: stop
        /// (try what follows) first, else go on. When what follows must start
        /// with a byte in `follow`, stopping anywhere else cannot succeed, so
        /// the choice point is only pushed where it can.
        mutating func lazyChoice(stop: Int, goOn: Int, follow: ByteSet?) -> Instruction {
            guard let follow, !follow.isFull else { return Instruction(opcode: .split, a: stop, b: goOn) }
            byteSets.append(follow)
            return Instruction(opcode: .splitIfStart, a: stop, b: goOn, c: byteSets.count - 1)
        }

        /// Bytes that can start `rest` and then `outer` (what follows `rest`),
        /// or nil when together they may match nothing.
        func followSet(of rest: PatternNode, then outer: ByteSet?) -> ByteSet? {
            var (first, nullable) = PatternProgram.firstBytes(of: rest, ignoresCase: ignoresCase)
            guard nullable else { return first }
            guard let outer else { return nil }
            first.formUnion(outer)
            return first
        }

        /// A `guardNext` for `node` when it must consume a byte and cannot
        /// start with just any byte.
        mutating func emitGuard(for node: PatternNode) {
            let (first, nullable) = PatternProgram.firstBytes(of: node, ignoresCase: ignoresCase)
            guard !nullable, !first.isFull else { return }
            byteSets.append(first)
            instructions.append(Instruction(opcode: .guardNext, a: byteSets.count - 1))
        }

        mutating func placeholder() -> Int {
            instructions.append(Instruction(opcode: .match))
            return instructions.count - 1
        }

        static func lowercaseLetter(_ scalar: UInt32) -> UInt8? {
            switch scalar {
            case 0x41...0x5A: return UInt8(scalar + 32)
            case 0x61...0x7A: return UInt8(scalar)
            default: return nil
            }
        }
    }

    // MARK: - Analysis

    private static func isAnchoredAtStart(_ node: PatternNode) -> Bool {
        switch node {
        case .startAnchor: return true
        case .group(let body, _): return isAnchoredAtStart(body)
        case .sequence(let items): return items.first.map(isAnchoredAtStart) ?? false
        case .alternation(let branches): return branches.allSatisfy(isAnchoredAtStart)
        default: return false
        }
    }

    /// The bytes a match of `node` can start with, and whether it can be empty.
    fileprivate static func firstBytes(of node: PatternNode, ignoresCase: Bool) -> (ByteSet, nullable: Bool) {
        switch node {
        case .literal(let scalar):
            var set = ByteSet()
            if scalar >= 0x80 {
                set.insert(Array(String(Unicode.Scalar(scalar)!).utf8)[0])
            } else {
                set.insert(UInt8(scalar))
                if ignoresCase, let lower = Compiler.lowercaseLetter(scalar) {
                    set.insert(lower)
                    set.insert(lower - 32)
                }
            }
            return (set, false)
        case .set(let members):
            var set = ByteSet()
            for byte in UInt8(0)..<0x80 where members.containsASCII(byte) { set.insert(byte) }
            if members.inverted || members.nonASCIILetters {
                set.insertAllNonASCIILeads()
            } else {
                for scalar in members.scalars { set.insert(Array(String(Unicode.Scalar(scalar)!).utf8)[0]) }
            }
            return (set, false)
        case .any:
            var set = ByteSet()
            for byte in UInt8(0)..<0x80 { set.insert(byte) }
            set.insertAllNonASCIILeads()
            return (set, false)
        case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            return (ByteSet(), true)
        case .group(let body, _):
            return firstBytes(of: body, ignoresCase: ignoresCase)
        case .sequence(let items):
            var set = ByteSet()
            for item in items {
                let (first, nullable) = firstBytes(of: item, ignoresCase: ignoresCase)
                set.formUnion(first)
                if !nullable { return (set, false) }
            }
            return (set, true)
        case .alternation(let branches):
            var set = ByteSet()
            var nullable = false
            for branch in branches {
                let (first, branchNullable) = firstBytes(of: branch, ignoresCase: ignoresCase)
                set.formUnion(first)
                nullable = nullable || branchNullable
            }
            return (set, nullable)
        case .repetition(let body, let min, _, _):
            let (first, nullable) = firstBytes(of: body, ignoresCase: ignoresCase)
            return (first, nullable || min == 0)
        }
    }
}

/// The pairs of bytes a match can start with (ASCII letters folded to lower
/// case when the pattern ignores case), and the single bytes a match can
/// consist of, as found from the parsed pattern.
struct StartPairs: Sendable {
    private let pairs: [UInt64]
    private let singles: ByteSet
    private let foldsCase: Bool

    /// Nil when the pattern can start in too many ways for a list to help.
    init?(_ node: PatternNode, ignoresCase: Bool) {
        guard let prefixes = Self.prefixes(of: node, ignoresCase: ignoresCase), !prefixes.contains([]) else { return nil }
        var pairs = [UInt64](repeating: 0, count: 1024)
        var singles = ByteSet()
        for prefix in prefixes {
            if prefix.count == 1 {
                singles.insert(prefix[0])
            } else {
                let key = Int(prefix[0]) << 8 | Int(prefix[1])
                pairs[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        self.pairs = pairs
        self.singles = singles
        foldsCase = ignoresCase
    }

    @inline(__always)
    func mayStart(_ bytes: [UInt8], at index: Int, end: Int) -> Bool {
        let first = fold(bytes[index])
        if singles.contains(first) { return true }
        guard index + 1 < end else { return false }
        let key = Int(first) << 8 | Int(fold(bytes[index + 1]))
        return pairs[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    @inline(__always)
    private func fold(_ byte: UInt8) -> UInt8 {
        foldsCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static let limit = 2048

    /// Every way a match can begin, cut to two bytes; a shorter entry is a
    /// whole match. Nil when there are too many to list.
    private static func prefixes(of node: PatternNode, ignoresCase: Bool) -> Set<[UInt8]>? {
        func fold(_ byte: UInt8) -> UInt8 { ignoresCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func encoded(_ scalar: UInt32) -> [UInt8] {
            let bytes = Array(String(Unicode.Scalar(scalar)!).utf8.prefix(2))
            return bytes.count == 1 ? [fold(bytes[0])] : bytes
        }
        switch node {
        case .literal(let scalar):
            return [encoded(scalar)]
        case .set(let members):
            guard !members.inverted, !members.nonASCIILetters else { return nil }
            var result = Set((UInt8(0)..<0x80).filter(members.containsASCII).map { [fold($0)] })
            for scalar in members.scalars { result.insert(encoded(scalar)) }
            return result
        case .any:
            return nil
        case .startAnchor, .endAnchor, .wordBoundary, .negativeLookahead:
            return [[]]
        case .group(let body, _):
            return prefixes(of: body, ignoresCase: ignoresCase)
        case .sequence(let items):
            var result: Set<[UInt8]> = [[]]
            for item in items where result.contains(where: { $0.count < 2 }) {
                guard let next = prefixes(of: item, ignoresCase: ignoresCase),
                      let joined = concatenate(result, next) else { return nil }
                result = joined
            }
            return result
        case .alternation(let branches):
            var result: Set<[UInt8]> = []
            for branch in branches {
                guard let next = prefixes(of: branch, ignoresCase: ignoresCase) else { return nil }
                result.formUnion(next)
                if result.count > limit { return nil }
            }
            return result
        case .repetition(let body, let min, let max, _):
            // The body always consumes a byte, so two copies fill a prefix.
            guard let once = prefixes(of: body, ignoresCase: ignoresCase) else { return nil }
            var result: Set<[UInt8]> = []
            var copies: Set<[UInt8]> = [[]]
            for count in 0...(Swift.max(min, 2)) {
                if count >= min, count <= (max ?? Int.max) { result.formUnion(copies) }
                guard let next = concatenate(copies, once) else { return nil }
                copies = next
            }
            return result.count > limit ? nil : result
        }
    }

    private static func concatenate(_ heads: Set<[UInt8]>, _ tails: Set<[UInt8]>) -> Set<[UInt8]>? {
        var result: Set<[UInt8]> = []
        for head in heads {
            if head.count >= 2 {
                result.insert(head)
                continue
            }
            for tail in tails { result.insert(Array((head + tail).prefix(2))) }
            if result.count > limit { return nil }
        }
        return result
    }
}

/// A set of bytes as a 256-bit map.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Every byte that can begin a multi-byte UTF-8 sequence.
    mutating func insertAllNonASCIILeads() {
        for byte in UInt8(0xC0)...0xFF { insert(byte) }
    }

    init(words: (UInt64, UInt64, UInt64, UInt64)) {
        self.words = words
    }

    init() {}

    mutating func formUnion(_ other: ByteSet) {
        words.0 |= other.words.0
        words.1 |= other.words.1
        words.2 |= other.words.2
        words.3 |= other.words.3
    }

    var isFull: Bool {
        words.0 == .max && words.1 == .max && words.2 == .max && words.3 == .max
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }
}
