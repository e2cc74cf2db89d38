import Foundation

/// Groups near-duplicate statements across articles, so a claim made by three articles is one
/// point with three sources. Similarity is the cosine of TF-IDF vectors over content words;
/// two statements from the same article are never merged (an article repeating itself is
/// still one source), nor two about different people.
public struct StatementClusterer: Sendable {
    public var threshold: Double
    /// Articles published further apart than this are about different events.
    public var maximumDaysApart: Int

    /// How many members of a cluster a new statement is compared with.
    static let membersCompared = 24

    public init(threshold: Double = 0.2, maximumDaysApart: Int = 10) {
        self.threshold = threshold
        self.maximumDaysApart = maximumDaysApart
    }

    public func cluster(_ statements: [Statement]) -> [StatementCluster] {
        var vocabulary = TermVocabulary()
        let documents = statements.map { vocabulary.ids(Self.terms($0.text)) }
        var numbering = TermRenumbering(vocabularySize: vocabulary.count)
        documents.forEach { numbering.number($0) }
        return cluster(statements, terms: documents, numbering: numbering)
    }

    /// As `cluster(_:)`, with each statement's content words already numbered (`terms(_:)`
    /// through a `TermVocabulary`), and numbered again by `numbering` (which has numbered every
    /// one of them): an article's sentences are taken apart once, whatever the number of topics
    /// they feed, and a topic's similarities are summed in the order of its own words.
    func cluster(_ statements: [Statement], terms documents: [[TermID]], numbering: TermRenumbering) -> [StatementCluster] {
        var documentFrequency = [Int](repeating: 0, count: numbering.count)
        for terms in documents { for term in Set(terms) { documentFrequency[numbering[term]] += 1 } }
        let count = Double(max(statements.count, 1))
        let vectors = documents.map { terms in
            TermVector(counting: numbering.renumbered(terms), documentFrequency: { Double(documentFrequency[Int($0)]) },
                       weight: { frequency, df in frequency * log(1 + count / df) })
        }
        let days = statements.map { $0.published?.daysSinceEpoch }

        // Candidates come from an inverted index over the statement's rarer words: comparing
        // every statement with every cluster grows as the square of the corpus. The index is
        // split by date too: a cluster whose first dated member (its anchor) is more than
        // `maximumDaysApart` from a statement can never take it, so only the anchors' periods
        // near the statement's date are looked at. Clusters without an anchor when a word was
        // indexed stay under `undated` for that word. This only narrows the candidates; each
        // is still judged by every rule below.
        let commonFrequency = max(100, statements.count / 50)
        let reach = max(0, maximumDaysApart), periodLength = reach + 1
        // Names numbered, so the rules below compare integers, not strings.
        var numbers: [String: Int] = [:]
        func number(_ name: String) -> Int {
            if let number = numbers[name] { return number }
            numbers[name] = numbers.count + 1
            return numbers.count
        }
        let entities = statements.map { $0.entities.isEmpty ? [0] : $0.entities.map(number).sorted() }
        let articles = statements.map { number($0.source.article) }
        var clusters: [[Int]] = []
        var anchors: [Int?] = []
        /// Per cluster: the range of its compared members' dates, and its articles.
        var dateRanges: [ClosedRange<Int>?] = []
        var articlesIn: [Set<Int>] = []
        /// Word → anchor's period → clusters with their anchors, so clusters anchored too far
        /// away within a period are passed over without looking them up.
        var datedPostings = [[Int: [(cluster: Int, anchor: Int)]]](repeating: [:], count: numbering.count)
        var undatedPostings = [[Int]](repeating: [], count: numbering.count)
        var lastSeen: [Int] = []
        // The statement's weights spread over every word's number, so that comparing it with a
        // member reads the member's words alone instead of merging two lists. The sum runs in
        // the same order and adds only zeros besides, so every similarity is the same to the bit.
        var spread = [Double](repeating: 0, count: numbering.count)
        for index in statements.indices {
            let rare = Set(documents[index].lazy.map { numbering[$0] }.filter { documentFrequency[$0] <= commonFrequency })
            var candidates: [Int] = []
            func consider(_ clusterIndex: Int) {
                if lastSeen[clusterIndex] != index {
                    lastSeen[clusterIndex] = index
                    candidates.append(clusterIndex)
                }
            }
            for term in rare {
                undatedPostings[term].forEach(consider)
                if let day = days[index] {
                    for periodIndex in Self.period(of: day - reach, length: periodLength)...Self.period(of: day + reach, length: periodLength) {
                        for posting in datedPostings[term][periodIndex] ?? [] where abs(posting.anchor - day) <= reach { consider(posting.cluster) }
                    }
                } else {
                    for postings in datedPostings[term].values { for posting in postings { consider(posting.cluster) } }
                }
            }
            var best: (cluster: Int, similarity: Double)?
            vectors[index].spread(into: &spread)
            for clusterIndex in candidates.sorted() {
                if let day = days[index], let range = dateRanges[clusterIndex],
                   range.upperBound - day > maximumDaysApart || day - range.lowerBound > maximumDaysApart { continue }
                // A large cluster is judged by its first members, which set what it is about.
                let members = clusters[clusterIndex].prefix(Self.membersCompared)
                guard !articlesIn[clusterIndex].contains(articles[index]),
                      members.allSatisfy({ Self.aboutTheSameEntities(entities[$0], entities[index]) }) else { continue }
                var similarity = 0.0
                for member in members { similarity = max(similarity, vectors[member].cosine(vectors[index], spread: spread)) }
                if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (clusterIndex, similarity) }
            }
            vectors[index].unspread(from: &spread)
            let chosen: Int
            if let best {
                chosen = best.cluster
                clusters[chosen].append(index)
            } else {
                chosen = clusters.count
                clusters.append([index])
                anchors.append(nil)
                dateRanges.append(nil)
                articlesIn.append([])
                lastSeen.append(-1)
            }
            articlesIn[chosen].insert(articles[index])
            if clusters[chosen].count <= Self.membersCompared, let day = days[index] {
                dateRanges[chosen] = dateRanges[chosen].map { min($0.lowerBound, day)...max($0.upperBound, day) } ?? day...day
                if anchors[chosen] == nil { anchors[chosen] = day }
            }
            for term in rare {
                if let anchor = anchors[chosen] {
                    let periodIndex = Self.period(of: anchor, length: periodLength)
                    if datedPostings[term][periodIndex]?.last?.cluster != chosen { datedPostings[term][periodIndex, default: []].append((chosen, anchor)) }
                } else if undatedPostings[term].last != chosen {
                    undatedPostings[term].append(chosen)
                }
            }
        }
        return clusters.map { StatementCluster(statements: $0.map { statements[$0] }) }
    }

    /// Days counted in periods of `length`, rounding down (dates before 1970 too).
    static func period(of day: Int, length: Int) -> Int {
        day >= 0 ? day / length : -((-day + length - 1) / length)
    }

    /// Words alone cannot tell "IICSA covered it" from "Crowther chaired Telford's inquiry":
    /// statements merge only if they name a common person or organisation, or neither names any.
    /// Takes each statement's numbered names, sorted, [0] for none: they share a number exactly
    /// when both name none or both name someone in common.
    static func aboutTheSameEntities(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Content words, lower-cased, with a light plural stem, so "audits" meets "audit".
    static func terms(_ text: String) -> [String] {
        text.unicodeScalars.allSatisfy({ $0.isASCII || isWordBreakingPunctuation($0) }) ? asciiTerms(text) : termsByCharacter(text)
    }

    /// `terms(_:)` for any text, by `Character`.
    static func termsByCharacter(_ text: String) -> [String] {
        var terms: [String] = []
        var word = ""
        func flush() {
            defer { word = "" }
            guard word.count >= 3 || word.first?.isNumber == true, !stopWords.contains(word) else { return }
            terms.append(word.count > 4 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word)
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" { word.append(character) } else { flush() }
        }
        flush()
        return terms
    }

    /// Punctuation and symbols that are neither letters nor numbers, have no case and never
    /// combine with their neighbours: Latin-1's (£, «, °…, not ª µ º or ² ³ ¹ ¼ ½ ¾) and the
    /// general punctuation block's (‘ ’ “ ” – — …).
    static func isWordBreakingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0xA9, 0xAB...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }

    /// `terms(_:)` byte by byte, for text in ASCII and `isWordBreakingPunctuation`: the same
    /// words without Unicode's character properties (letters are a–z once lower-cased, numbers
    /// are 0–9, and every byte of other punctuation ends a word).
    private static func asciiTerms(_ text: String) -> [String] {
        var terms: [String] = []
        var word: [UInt8] = []
        func flush() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.count >= 3 || (word.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false) else { return }
            let stemmed = word.count > 4 && word.last == 0x73 && word[word.count - 2] != 0x73 ? word.dropLast() : word[...]
            let string = String(decoding: word, as: UTF8.self)
            guard !stopWords.contains(string) else { return }
            terms.append(stemmed.count == word.count ? string : String(decoding: stemmed, as: UTF8.self))
        }
        for var byte in text.utf8 {
            if byte >= 0x41 && byte <= 0x5A { byte += 0x20 }
            if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D { word.append(byte) } else { flush() }
        }
        flush()
        return terms
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been", "will", "would",
        "could", "should", "which", "who", "whom", "their", "they", "them", "its", "also", "into", "about", "said", "says", "say",
        "but", "not", "all", "any", "can", "more", "than", "other", "some", "such", "there", "these", "those", "what", "when",
        "where", "while", "how", "our", "out", "over", "only", "one", "two", "her", "his", "she", "him", "today", "new", "being",
    ]
}

/// A content word's number. 32 bits: every sentence of the corpus holds its words' numbers
/// while the topics are worked out, and a corpus has far fewer than 2^31 distinct words.
typealias TermID = Int32

/// Content words numbered in the order first seen, so vectors compare integers, not strings.
struct TermVocabulary {
    private var numbers: [String: TermID] = [:]

    var count: Int { numbers.count }

    mutating func ids(_ terms: [String]) -> [TermID] {
        terms.map { term in
            if let number = numbers[term] { return number }
            let number = TermID(numbers.count)
            numbers[term] = number
            return number
        }
    }
}

/// Numbers from a `TermVocabulary` numbered again from 0, in the order first seen here. Looked
/// up as they are used: a topic's sentences are not copied to hold their new numbers.
struct TermRenumbering {
    private var numbers: [TermID]
    private(set) var count = 0

    init(vocabularySize: Int) {
        numbers = Array(repeating: -1, count: vocabularySize)
    }

    mutating func number(_ terms: [TermID]) {
        for term in terms where numbers[Int(term)] < 0 {
            numbers[Int(term)] = TermID(count)
            count += 1
        }
    }

    subscript(term: TermID) -> Int { Int(numbers[Int(term)]) }

    func renumbered(_ terms: [TermID]) -> [TermID] {
        terms.map { numbers[Int($0)] }
    }
}

/// A sparse vector of term weights, sorted by term number, with its length worked out once.
struct TermVector: Sendable {
    private var terms: [TermID] = []
    private var weights: [Double] = []
    private var norm = 0.0

    /// Each distinct term once, weighted by `weight(occurrences, documentFrequency(term))`.
    init(counting termIDs: [TermID], documentFrequency: (TermID) -> Double = { _ in 1 },
         weight: (Double, Double) -> Double = { frequency, _ in frequency }) {
        let sorted = termIDs.sorted()
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end] == sorted[start] { end += 1 }
            terms.append(sorted[start])
            weights.append(weight(Double(end - start), documentFrequency(sorted[start])))
            start = end
        }
        norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
    }

    func cosine(_ other: TermVector) -> Double {
        var dot = 0.0
        var i = 0, j = 0
        while i < terms.count, j < other.terms.count {
            if terms[i] == other.terms[j] {
                dot += weights[i] * other.weights[j]
                i += 1
                j += 1
            } else if terms[i] < other.terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        let norms = norm * other.norm
        return norms == 0 ? 0 : dot / norms
    }

    /// `cosine(other)`, with `other`'s weights laid out by `other.spread(into:)`.
    func cosine(_ other: TermVector, spread: [Double]) -> Double {
        var dot = 0.0
        for (term, weight) in zip(terms, weights) { dot += weight * spread[Int(term)] }
        let norms = norm * other.norm
        return norms == 0 ? 0 : dot / norms
    }

    /// Writes each weight at its word's number in `spread`, which holds zeros elsewhere.
    func spread(into spread: inout [Double]) {
        for (term, weight) in zip(terms, weights) { spread[Int(term)] = weight }
    }

    /// Puts the zeros back.
    func unspread(from spread: inout [Double]) {
        for term in terms { spread[Int(term)] = 0 }
    }
}
