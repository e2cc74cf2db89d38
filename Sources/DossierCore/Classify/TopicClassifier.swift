import Foundation

/// The classify stage: scores every paragraph against every topic's rules, so one article can
/// feed several topics (the Stoke article is about the Stoke panel, but its sentences on the
/// Casey report belong to the national audit).
public struct TopicClassifier: Sendable {
    public let topics: [Topic]

    public init(topics: [Topic]) {
        self.topics = topics
    }

    public func classify(_ articles: [Article]) -> (TopicAssignment, [Diagnostic]) {
        classify(articles, memo: nil)
    }

    /// `memo`: each article's paragraphs as classified by an earlier build of this process.
    func classify(_ articles: [Article], memo: StepMemo<[Topic], Article, [ParagraphAssignment]>?) -> (TopicAssignment, [Diagnostic]) {
        let known = Set(topics.map(\.slug))
        // Articles are classified on both cores, then collected in input order.
        let classified = articles.parallelMap { article -> ([Diagnostic], [ParagraphAssignment]) in
            var diagnostics: [Diagnostic] = []
            for pinned in article.pinnedTopics + article.excludedTopics where !known.contains(pinned) {
                let hint = Suggestion.closest(to: pinned, in: known.sorted()).map { "did you mean '\($0)'?" } ?? "known topics: \(known.sorted().joined(separator: ", "))"
                diagnostics.append(.error(article.path, "unknown topic '\(pinned)'", hint: hint))
            }
            return (diagnostics, memo?.output(article.path, for: article) { classify(article) } ?? classify(article))
        }
        let diagnostics = classified.flatMap(\.0)
        let paragraphs = classified.flatMap(\.1)
        var byTopic: [String: [String]] = [:]
        for topic in topics {
            var seen = Set<String>()
            byTopic[topic.slug] = paragraphs.filter { $0.topic == topic.slug && seen.insert($0.article).inserted }.map(\.article)
        }
        return (TopicAssignment(paragraphs: paragraphs, articlesByTopic: byTopic), diagnostics)
    }

    func classify(_ article: Article) -> [ParagraphAssignment] {
        let searches = article.blocks.map { PhraseSearch($0.text) }
        let whole = PhraseSearch(joining: [article.title] + article.blocks.map(\.text), searches: [PhraseSearch(article.title)] + searches)
        let quoteContinuations = Self.quoteContinuations(article)
        var result: [ParagraphAssignment] = []
        for topic in topics {
            let pinned = article.pinnedTopics.contains(topic.slug)
            if article.excludedTopics.contains(topic.slug) { continue }
            guard pinned || Self.meetsRequirements(whole, topic.rules.requires) else { continue }
            var assignedBlocks = Set<Int>()
            for (index, block) in article.blocks.enumerated() where block.kind != .subheading {
                let search = searches[index]
                if topic.rules.exclude.contains(where: search.contains) { continue }
                let (score, matched) = Self.score(search, topic.rules)
                if score >= topic.rules.threshold {
                    result.append(ParagraphAssignment(article: article.slug, block: index, topic: topic.slug, score: score, matched: matched, reason: .matched))
                    assignedBlocks.insert(index)
                } else if let opening = quoteContinuations[index], assignedBlocks.contains(opening) {
                    result.append(ParagraphAssignment(article: article.slug, block: index, topic: topic.slug, score: score, matched: matched, reason: .continuesQuote))
                    assignedBlocks.insert(index)
                }
            }
            if pinned, assignedBlocks.isEmpty, let lead = article.blocks.firstIndex(where: { $0.kind == .paragraph }) {
                result.append(ParagraphAssignment(article: article.slug, block: lead, topic: topic.slug, score: 0, matched: [], reason: .pinned))
            }
        }
        result += contextAssignments(article, result)
        return result.sorted { ($0.block, $0.topic) < ($1.block, $1.topic) }
    }

    /// The share of an article's paragraphs that must match a topic before the paragraphs that
    /// match nothing are taken to be about it too (quotes, background, "she added").
    static let dominantShare = 0.4

    func contextAssignments(_ article: Article, _ assigned: [ParagraphAssignment]) -> [ParagraphAssignment] {
        let paragraphs = article.blocks.indices.filter { article.blocks[$0].kind != .subheading }
        guard !paragraphs.isEmpty else { return [] }
        let counts = Dictionary(grouping: assigned.filter { $0.reason == .matched }, by: \.topic).mapValues(\.count)
        guard let (topic, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              Double(count) / Double(paragraphs.count) >= Self.dominantShare else { return [] }
        let taken = Set(assigned.map(\.block))
        return paragraphs.filter { !taken.contains($0) }.map {
            ParagraphAssignment(article: article.slug, block: $0, topic: topic, score: 0, matched: [], reason: .articleContext)
        }
    }

    /// Every entry must be met; an entry "a | b" is met by either phrase.
    static func meetsRequirements(_ search: PhraseSearch, _ requirements: [String]) -> Bool {
        requirements.allSatisfy { entry in
            entry.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.contains(where: search.contains)
        }
    }

    static func score(_ search: PhraseSearch, _ rules: TopicRules) -> (Int, [String]) {
        var score = 0
        var matched: [String] = []
        for phrase in rules.phrases where search.contains(folded: phrase.needle) {
            score += phrase.weight
            matched.append(phrase.phrase)
        }
        for group in rules.together where !group.isEmpty && group.allSatisfy(search.contains) {
            score += rules.threshold
            matched.append(group.joined(separator: " + "))
        }
        return (score, matched)
    }

    /// Block index → the block that opens the quotation it continues.
    static func quoteContinuations(_ article: Article) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for quote in article.quotes where quote.blockIndexes.count > 1 {
            let opening = quote.blockIndexes[0]
            for index in quote.blockIndexes.dropFirst() { result[index] = opening }
        }
        return result
    }
}
