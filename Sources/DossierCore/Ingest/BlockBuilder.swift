import Foundation

/// Turns the kept lines into typed blocks. Every kept line is its own block:
/// lines are never joined, because pasted articles put one paragraph per line.
enum BlockBuilder {
    static func blocks(from lines: [String], keptIndexes: [Int], firstLine: Int) -> [ArticleBlock] {
        var blocks: [ArticleBlock] = []
        for (position, index) in keptIndexes.enumerated() {
            let line = lines[index]
            let fileLine = index + firstLine
            if let item = listItemText(line) {
                blocks.append(ArticleBlock(kind: .listItem, text: item, line: fileLine))
                continue
            }
            let hasParagraphBefore = blocks.contains { $0.kind == .paragraph }
            let hasTextAfter = position + 1 < keptIndexes.count
            let kind: ArticleBlock.Kind =
                hasParagraphBefore && hasTextAfter && isSubheadingShaped(line) ? .subheading : .paragraph
            blocks.append(ArticleBlock(kind: kind, text: line, line: fileLine))
        }
        return blocks
    }

    /// Text of a bulleted or numbered line without its marker, or nil.
    static func listItemText(_ line: String) -> String? {
        let bullets: Set<Character> = ["•", "●", "▪", "◦", "‣", "·", "-", "*", "–", "—"]
        if let first = line.first, bullets.contains(first) {
            let rest = line.dropFirst()
            guard rest.first == " " else { return nil }
            let text = rest.trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        if let match = line.firstMatch(of: /^\d{1,2}[.)]\s+(\S.*)$/) {
            return String(match.1)
        }
        return nil
    }

    /// Short, title-like, unpunctuated and not speech: "No public inquiry into CSE".
    static func isSubheadingShaped(_ line: String) -> Bool {
        let shape = LineShape(line)
        guard (1...10).contains(shape.wordCount), line.count <= 80, shape.startsUppercase,
              !shape.startsWithQuoteMark, !LineClassifier.containsDoubleQuote(line),
              let last = line.last else { return false }
        return !".:;,\"”’'…!".contains(last)
    }
}
