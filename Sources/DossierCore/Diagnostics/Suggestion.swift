/// "did you mean …?" for misspelt keys and names.
enum Suggestion {
    /// The candidate nearest `word` by edit distance (the alphabetically first of equals), if
    /// near enough or one starts with the other. Candidates can be every page of a large site,
    /// so a candidate is given up as soon as it is sure to be further than the best so far.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let word = word.lowercased()
        let wordText = Text(word)
        var best: (candidate: String, lowered: String, distance: Int)?
        for candidate in candidates {
            let lowered = candidate.lowercased()
            let limit = best?.distance ?? Int.max
            guard let distance = wordText.editDistance(to: Text(lowered), limit: limit) else { continue }
            if best == nil || distance < limit || candidate < best!.candidate { best = (candidate, lowered, distance) }
        }
        guard let best else { return nil }
        let tolerance = max(2, word.count / 3)
        let isPrefix = best.lowered.hasPrefix(word) || word.hasPrefix(best.lowered)
        return best.distance <= tolerance || isPrefix ? best.candidate : nil
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        Text(a).editDistance(to: Text(b), limit: Int.max)!
    }

    /// A string as the units an edit counts: its bytes when each is a `Character` of its own
    /// (ASCII without "\r\n"), which is most names and paths and far faster, else its `Character`s.
    private enum Text {
        case bytes([UInt8])
        case characters([Character])

        init(_ string: String) {
            let bytes = Array(string.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }), !bytes.contains(UInt8(ascii: "\r")) {
                self = .bytes(bytes)
            } else {
                self = .characters(Array(string))
            }
        }

        func editDistance(to other: Text, limit: Int) -> Int? {
            switch (self, other) {
            case let (.bytes(a), .bytes(b)): Suggestion.editDistance(a, b, limit: limit)
            case let (.bytes(a), .characters(b)): Suggestion.editDistance(a.map { Character(Unicode.Scalar($0)) }, b, limit: limit)
            case let (.characters(a), .bytes(b)): Suggestion.editDistance(a, b.map { Character(Unicode.Scalar($0)) }, limit: limit)
            case let (.characters(a), .characters(b)): Suggestion.editDistance(a, b, limit: limit)
            }
        }
    }

    /// Levenshtein distance, or nil once it is sure to exceed `limit` (each row's smallest
    /// value never falls in the rows after it).
    private static func editDistance<Unit: Equatable>(_ a: [Unit], _ b: [Unit], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
