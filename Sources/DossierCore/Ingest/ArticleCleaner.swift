/// Turns a raw pasted news article into kept text blocks, recovered metadata
/// and a full audit of removed lines. Rules are general patterns (keywords,
/// line shape, position), never phrases from particular publications.
public struct ArticleCleaner: Sendable {
    public init() {}

    /// - Parameters:
    ///   - text: the article body after any YAML front matter.
    ///   - firstLine: 1-based file line of `text`'s first line, so every
    ///     recorded line number is a line of the file.
    public func clean(_ text: String, firstLine: Int = 1) -> CleanedArticle {
        let lines = TextHygiene.lines(of: text).map(ScannedLine.init)
        var rules: [CleaningRule?] = lines.map(LineClassifier.rule(for:))

        // Order matters: comments go first so their repeats and dates are never
        // read as article features; repeats before captions so alt text that
        // repeats the headline is reported as a repeat, while the first copy of
        // a doubled caption is still caught as a caption.
        ContextualRules.markCommentSection(lines, &rules)
        ContextualRules.markRepeats(lines, &rules)
        ContextualRules.markCaptions(lines, &rules)
        ContextualRules.markJobListings(lines, &rules)
        let header = ArticleHeader.find(in: lines, rules: rules)
        ContextualRules.markTrailingBoilerplate(lines, &rules, protected: header.indexes)

        let headerIndexes = header.indexes
        let keptIndexes = lines.indices.filter { rules[$0] == nil && !headerIndexes.contains($0) }
        let blocks = BlockBuilder.blocks(from: lines, keptIndexes: keptIndexes, firstLine: firstLine)

        var byline: Byline?
        if let bylineIndex = header.bylineIndexes.first {
            byline = Byline(
                author: header.author,
                date: header.date,
                line: bylineIndex + firstLine,
                lines: header.bylineIndexes.map { $0 + firstLine }
            )
        }
        return CleanedArticle(
            title: header.titleIndex.map { lines[$0].text },
            titleLine: header.titleIndex.map { $0 + firstLine },
            byline: byline,
            blocks: blocks,
            removals: Self.removals(lines: lines, rules: rules, firstLine: firstLine),
            quotes: QuoteExtractor.quotes(in: blocks, lines: blocks.map { lines[$0.line - firstLine] })
        )
    }

    /// Consecutive lines dropped by the same rule are reported as one removal.
    private static func removals(lines: [ScannedLine], rules: [CleaningRule?], firstLine: Int) -> [Removal] {
        var removals: [Removal] = []
        for index in lines.indices {
            guard let rule = rules[index] else { continue }
            let fileLine = index + firstLine
            if var last = removals.last, last.rule == rule, last.lines.upperBound == fileLine - 1 {
                last.lines = last.lines.lowerBound...fileLine
                last.text += "\n" + lines[index].text
                removals[removals.count - 1] = last
            } else {
                removals.append(Removal(lines: fileLine...fileLine, rule: rule, text: lines[index].text))
            }
        }
        return removals
    }
}
