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
        let documents = statements.map { Self.terms($0.text) }
        var documentFrequency: [String: Int] = [:]
        for terms in documents { for term in Set(terms) { documentFrequency[term, default: 0] += 1 } }
        let count = Double(max(statements.count, 1))
        let vectors: [[String: Double]] = documents.map { terms in
            var vector: [String: Double] = [:]
            for term in terms { vector[term, default: 0] += 1 }
            for (term, frequency) in vector { vector[term] = frequency * log(1 + count / Double(documentFrequency[term] ?? 1)) }
            return vector
        }
        // Candidates come from an inverted index over the statement's rarer words: comparing
        // every statement with every cluster grows as the square of the corpus.
        let commonFrequency = max(100, statements.count / 50)
        var clusters: [[Int]] = []
        var clustersByTerm: [String: [Int]] = [:]
        for index in statements.indices {
            let rare = Set(documents[index].filter { (documentFrequency[$0] ?? 0) <= commonFrequency })
            var candidates = Set<Int>()
            for term in rare { candidates.formUnion(clustersByTerm[term] ?? []) }
            var best: (cluster: Int, similarity: Double)?
            for clusterIndex in candidates.sorted() {
                // A large cluster is judged by its first members, which set what it is about.
                let members = clusters[clusterIndex].prefix(Self.membersCompared)
                guard !clusters[clusterIndex].contains(where: { statements[$0].source.article == statements[index].source.article }),
                      members.allSatisfy({ Self.aboutTheSameEntities(statements[$0], statements[index]) }),
                      members.allSatisfy({ daysApart(statements[$0], statements[index]) <= maximumDaysApart }) else { continue }
                let similarity = members.map { Self.cosine(vectors[$0], vectors[index]) }.max() ?? 0
                if similarity >= threshold, similarity > (best?.similarity ?? 0) { best = (clusterIndex, similarity) }
            }
            let chosen: Int
            if let best {
                clusters[best.cluster].append(index)
                chosen = best.cluster
            } else {
                clusters.append([index])
                chosen = clusters.count - 1
            }
            for term in rare where clustersByTerm[term]?.last != chosen { clustersByTerm[term, default: []].append(chosen) }
        }
        return clusters.map { StatementCluster(statements: $0.map { statements[$0] }) }
    }

    /// Words alone cannot tell "IICSA covered it" from "Crowther chaired Telford's inquiry":
    /// statements merge only if they name a common person or organisation, or neither names any.
    static func aboutTheSameEntities(_ a: Statement, _ b: Statement) -> Bool {
        (a.entities.isEmpty && b.entities.isEmpty) || !a.entities.isDisjoint(with: b.entities)
    }

    func daysApart(_ a: Statement, _ b: Statement) -> Int {
        guard let x = a.published, let y = b.published else { return 0 }
        return abs(x.daysSinceEpoch - y.daysSinceEpoch)
    }

    static func cosine(_ a: [String: Double], _ b: [String: Double]) -> Double {
        var dot = 0.0
        for (term, weight) in a { if let other = b[term] { dot += weight * other } }
        let norms = sqrt(a.values.reduce(0) { $0 + $1 * $1 }) * sqrt(b.values.reduce(0) { $0 + $1 * $1 })
        return norms == 0 ? 0 : dot / norms
    }

    /// Content words, lower-cased, with a light plural stem, so "audits" meets "audit".
    static func terms(_ text: String) -> [String] {
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

    static let stopWords: Set<String> = [
        "the", "and", "for", "that", "this", "with", "from", "was", "were", "are", "has", "have", "had", "been", "will", "would",
        "could", "should", "which", "who", "whom", "their", "they", "them", "its", "also", "into", "about", "said", "says", "say",
        "but", "not", "all", "any", "can", "more", "than", "other", "some", "such", "there", "these", "those", "what", "when",
        "where", "while", "how", "our", "out", "over", "only", "one", "two", "her", "his", "she", "him", "today", "new", "being",
    ]
}
