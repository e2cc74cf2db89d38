import Foundation

/// `dossier explain`: an article's cleaning and classification, line by line, for an editor.
public struct ArticleExplanation: Sendable {
    public let article: Article
    public let assignment: TopicAssignment

    public init(article: Article, assignment: TopicAssignment) {
        self.article = article
        self.assignment = assignment
    }

    public var text: String {
        var lines: [String] = ["\(article.path)", ""]
        lines.append("title      \(article.title)")
        lines.append("source     \(article.source ?? "(not stated)")")
        lines.append("author     \(article.author ?? "(not stated)")")
        lines.append("published  \(article.published?.long ?? "undated")")
        lines.append("")
        lines.append("kept: \(article.blocks.count) blocks")
        let topics = Dictionary(grouping: assignment.paragraphs.filter { $0.article == article.slug }, by: \.block)
        for (index, block) in article.blocks.enumerated() {
            let feeds = (topics[index] ?? []).map { "\($0.topic) (\($0.reason == .matched ? "score \($0.score): \($0.matched.joined(separator: ", "))" : $0.reason.rawValue))" }
            lines.append("  line \(block.line)  \(Article.anchor(forBlock: index))  \(block.kind.rawValue)  \(Self.excerpt(block.text))")
            if !feeds.isEmpty { lines.append("      → \(feeds.joined(separator: "; "))") }
        }
        for quote in article.quotes {
            lines.append("  quote by \(quote.speaker ?? "unknown speaker") in \(quote.blockIndexes.map { Article.anchor(forBlock: $0) }.joined(separator: ", "))")
        }
        let removals = article.removals.filter { $0.rule != .blank }
        lines.append("")
        lines.append("removed: \(removals.reduce(0) { $0 + $1.lines.count }) lines (and \(article.removals.count - removals.count) blank)")
        for removal in removals {
            let span = removal.lines.count == 1 ? "line \(removal.lines.lowerBound)" : "lines \(removal.lines.lowerBound)-\(removal.lines.upperBound)"
            lines.append("  \(span)  \(removal.rule.rawValue)  \(Self.excerpt(removal.text))")
        }
        return lines.joined(separator: "\n")
    }

    static func excerpt(_ text: String, limit: Int = 90) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ⏎ ")
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "…"
    }
}
