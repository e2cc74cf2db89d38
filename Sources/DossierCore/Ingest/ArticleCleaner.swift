import Foundation

// Placeholder until the full cleaner lands: keeps every non-blank line as a paragraph.
public struct ArticleCleaner: Sendable {
    public init() {}

    public func clean(_ text: String, firstLine: Int = 1) -> CleanedArticle {
        var blocks: [ArticleBlock] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { blocks.append(ArticleBlock(kind: .paragraph, text: trimmed, line: firstLine + offset)) }
        }
        guard let first = blocks.first, !first.text.hasSuffix(".") else {
            return CleanedArticle(title: nil, byline: nil, blocks: blocks, removals: [], quotes: [])
        }
        return CleanedArticle(title: first.text, byline: nil, blocks: Array(blocks.dropFirst()), removals: [], quotes: [])
    }
}

public struct CleanedArticle: Equatable, Sendable {
    public var title: String?
    public var byline: Byline?
    public var blocks: [ArticleBlock]
    public var removals: [Removal]
    public var quotes: [Quote]
}

public struct ArticleBlock: Equatable, Sendable {
    public enum Kind: String, Sendable { case paragraph, subheading, listItem }
    public var kind: Kind
    public var text: String
    public var line: Int
}

public struct Removal: Equatable, Sendable {
    public var lines: ClosedRange<Int>
    public var rule: String
    public var text: String
}

public struct Byline: Equatable, Sendable {
    public var author: String?
    public var date: Day?
    public var line: Int
}

public struct Quote: Equatable, Sendable {
    public var text: String
    public var speaker: String?
    public var speakers: [String]
    public var blockIndexes: [Int]
}
