/// One way a token sequence can refer to an entity.
struct MatchCandidate: Equatable, Hashable, Sendable {
    var entityIndex: Int
    var form: MentionForm
    /// Typed by an editor (name or alias) rather than generated. Two entities registering the
    /// same text is a registry error; two generated forms colliding is ordinary ambiguity.
    var isRegistered: Bool

    /// Forms that need no context to be trusted.
    var isUnconditional: Bool {
        form != .titleSurname && form != .surnameOnly
    }

    /// Lower is stronger; used when one entity reaches the same span by several routes.
    var strength: Int {
        switch form {
        case .titleSurname: 1
        case .surnameOnly: 2
        default: isRegistered ? 0 : 1
        }
    }
}

/// A trie over tokens holding every name, alias and generated title form of the registry,
/// walked as a small NFA.
///
/// Titles live in their own subtree; reaching the end of a title adds an epsilon move to a
/// subtree of person-name forms (and back to the titles, for "Prime Minister Sir Keir
/// Starmer"). That keeps title × name combinations out of the trie: the registry costs
/// O(names + titles) nodes instead of O(names × titles), and still needs one walk per
/// start position rather than a loop over aliases.
struct NameAutomaton: Sendable {
    struct Node: Sendable {
        var children: [Int: Int] = [:]
        var candidates: [MatchCandidate] = []
        var isTitleEnd = false
    }

    /// A match starting at the walk's start token and ending before `endToken`.
    struct Terminal: Sendable {
        var endToken: Int
        /// Matched via the token's possessive stem ("Casey’s" -> "Casey").
        var isPossessive: Bool
        /// At most one candidate per entity, the strongest.
        var candidates: [MatchCandidate]
    }

    static let nameRoot = 0
    static let titleRoot = 1
    static let titledNameRoot = 2

    /// Token text -> small integer, so the walk compares integers and text tokens that are
    /// in no name at all are rejected with a single hash lookup.
    private(set) var vocabulary: [String: Int] = [:]
    private(set) var nodes: [Node] = [Node(), Node(), Node()]
    /// Which (first byte, length) shapes the vocabulary's keys have: most words of a text have
    /// a shape no name has, and are turned away without hashing them.
    private var keyShapes = [Bool](repeating: false, count: 256 * 64)

    private static func shape(of key: String) -> Int? {
        guard let first = key.utf8.first else { return nil }
        return Int(first) * 64 + min(key.utf8.count, 63)
    }

    private func lookUp(_ key: String) -> Int? {
        if let shape = Self.shape(of: key), !keyShapes[shape] { return nil }
        return vocabulary[key]
    }

    /// Inserts a token path and returns its final node.
    mutating func insert(_ keys: [String], under root: Int) -> Int {
        var node = root
        for key in keys {
            let id: Int
            if let existing = vocabulary[key] {
                id = existing
            } else {
                id = vocabulary.count
                vocabulary[key] = id
                if let shape = Self.shape(of: key) { keyShapes[shape] = true }
            }
            if let child = nodes[node].children[id] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[id] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        return node
    }

    mutating func add(_ candidate: MatchCandidate, at node: Int) {
        if !nodes[node].candidates.contains(candidate) {
            nodes[node].candidates.append(candidate)
        }
    }

    mutating func markTitleEnd(_ node: Int) {
        nodes[node].isTitleEnd = true
    }

    func candidates(at node: Int) -> [MatchCandidate] {
        nodes[node].candidates
    }

    /// Vocabulary ids for a token and for its possessive stem.
    func ids(for token: TextToken) -> (exact: Int?, stem: Int?) {
        (lookUp(token.key), token.possessiveStem.flatMap(lookUp))
    }

    /// Every match that starts at `start`, longest first; at equal length the
    /// non-possessive reading comes first.
    func terminals(startingAt start: Int, tokenIDs: [(exact: Int?, stem: Int?)]) -> [Terminal] {
        // Most words of a name ("Council", "Trent") cannot start one: turned away before the walk.
        func startsAName(_ id: Int?) -> Bool {
            id.map { nodes[Self.nameRoot].children[$0] != nil || nodes[Self.titleRoot].children[$0] != nil } ?? false
        }
        guard start < tokenIDs.count, startsAName(tokenIDs[start].exact) || startsAName(tokenIDs[start].stem) else { return [] }
        var states = [Self.nameRoot, Self.titleRoot]
        var found: [Terminal] = []
        var position = start
        while !states.isEmpty, position < tokenIDs.count {
            let (exact, stem) = tokenIDs[position]
            var next: [Int] = []
            var exactCandidates: [MatchCandidate] = []
            var stemCandidates: [MatchCandidate] = []
            for state in states {
                if let exact, let child = nodes[state].children[exact] {
                    next.append(child)
                    exactCandidates += nodes[child].candidates
                    if nodes[child].isTitleEnd {
                        next.append(Self.titledNameRoot)
                        next.append(Self.titleRoot)
                    }
                }
                // A possessive can only close a name, so the stem never continues the walk.
                if let stem, let child = nodes[state].children[stem] {
                    stemCandidates += nodes[child].candidates
                }
            }
            if !exactCandidates.isEmpty {
                found.append(Terminal(endToken: position + 1, isPossessive: false, candidates: Self.strongestPerEntity(exactCandidates)))
            }
            if !stemCandidates.isEmpty {
                found.append(Terminal(endToken: position + 1, isPossessive: true, candidates: Self.strongestPerEntity(stemCandidates)))
            }
            var seen = Set<Int>()
            states = next.filter { seen.insert($0).inserted }
            position += 1
        }
        return found.sorted { lhs, rhs in
            lhs.endToken != rhs.endToken ? lhs.endToken > rhs.endToken : !lhs.isPossessive && rhs.isPossessive
        }
    }

    private static func strongestPerEntity(_ candidates: [MatchCandidate]) -> [MatchCandidate] {
        var best: [Int: MatchCandidate] = [:]
        for candidate in candidates {
            if let current = best[candidate.entityIndex], current.strength <= candidate.strength { continue }
            best[candidate.entityIndex] = candidate
        }
        return best.values.sorted { $0.entityIndex < $1.entityIndex }
    }
}
