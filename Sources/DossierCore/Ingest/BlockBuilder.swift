import Foundation

/// Turns the kept lines into typed blocks. Every kept line is its own block:
/// lines are never joined, because pasted articles put one paragraph per line.
enum BlockBuilder {
    static func blocks(from lines: [String], keptIndexes: [Int], firstLine: Int) -> [ArticleBlock] {
        blocks(from: lines.map(ScannedLine.init), keptIndexes: keptIndexes, firstLine: firstLine)
    }

    static func blocks(from lines: [ScannedLine], keptIndexes: [Int], firstLine: Int) -> [ArticleBlock] {
        var blocks: [ArticleBlock] = []
        var hasParagraphBefore = false
        for (position, index) in keptIndexes.enumerated() {
            let line = lines[index]
            let fileLine = index + firstLine
            if let item = listItemText(line) {
                blocks.append(ArticleBlock(kind: .listItem, text: item, line: fileLine))
                continue
            }
            let hasTextAfter = position + 1 < keptIndexes.count
            let kind: ArticleBlock.Kind =
                hasParagraphBefore && hasTextAfter && isSubheadingShaped(line) ? .subheading : .paragraph
            if kind == .paragraph { hasParagraphBefore = true }
            blocks.append(ArticleBlock(kind: kind, text: line.text, line: fileLine))
        }
        return blocks
    }

    /// Text of a bulleted or numbered line without its marker, or nil.
    static func listItemText(_ line: String) -> String? {
        listItemText(ScannedLine(line))
    }

    static func listItemText(_ scanned: ScannedLine) -> String? {
        let line = scanned.text
        if let first = line.first, bullets.contains(first) {
            let rest = line.dropFirst()
            guard rest.first == " " else { return nil }
            let text = PlainText.trimmingWhitespace(rest)
            return text.isEmpty ? nil : text
        }
        if let match = numberedItem.firstMatch(in: scanned.subject), let text = match.group(1, in: line) {
            return String(text)
        }
        return nil
    }

    private static let bullets: Set<Character> = ["•", "●", "▪", "◦", "‣", "·", "-", "*", "–", "—"]
    private static let numberedItem = Pattern(#"^\d{1,2}[.)]\s+(\S.*)$"#, ignoresCase: false)

    /// Short, title-like, unpunctuated and not speech: "No public inquiry into CSE".
    static func isSubheadingShaped(_ line: String) -> Bool {
        isSubheadingShaped(ScannedLine(line))
    }

    static func isSubheadingShaped(_ scanned: ScannedLine) -> Bool {
        let line = scanned.text
        let shape = LineShape(line)
        guard (1...10).contains(scanned.wordCount), line.count <= 80, shape.startsUppercase,
              !shape.startsWithQuoteMark, !scanned.containsDoubleQuote,
              let last = line.last else { return false }
        return !".:;,\"”’'…!".contains(last)
    }
}
