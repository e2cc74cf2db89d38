import Foundation
import CmarkGFM

/// Links mentions of people and organisations in a Markdown document, on its syntax tree, and
/// records every mention found.
public struct EntityLinker: Sendable {
    public let registry: EntityRegistry
    /// Link every mention rather than the first of each entity in each section.
    public var linkEveryMention = false

    public init(registry: EntityRegistry, linkEveryMention: Bool = false) {
        self.registry = registry
        self.linkEveryMention = linkEveryMention
    }

    /// - Parameters:
    ///   - root: the path from the page to the site's root ("" or "../").
    ///   - selfID: an entity whose own page this is; it is recorded but never linked to itself.
    public func link(_ document: MarkdownDocument, root: String, selfID: String? = nil) -> [FoundMention] {
        let runs = document.linkableTextRuns()
        var found: [FoundMention] = []
        var replacements: [Int: [InlineContent]] = [:]
        for section in Dictionary(grouping: runs, by: \.section).keys.sorted() {
            let sectionRuns = runs.filter { $0.section == section }
            let mentions = registry.finder.mentions(in: sectionRuns.map(\.text))
            var linked = Set<String>()
            var linksByRun: [Int: [Mention]] = [:]
            for mention in mentions {
                let run = sectionRuns[mention.run]
                found.append(FoundMention(entityID: mention.entityID, block: run.block, surface: mention.surface, range: mention.range,
                                          sentence: Sentence.around(mention.range, in: run.text)))
                guard mention.entityID != selfID, linkEveryMention || linked.insert(mention.entityID).inserted else { continue }
                linksByRun[run.index, default: []].append(mention)
            }
            for (runIndex, mentions) in linksByRun {
                replacements[runIndex] = pieces(runs[runIndex].text, mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }, root: root)
            }
        }
        document.replaceTextRuns(replacements)
        return found
    }

    private func pieces(_ text: String, _ mentions: [Mention], root: String) -> [InlineContent] {
        let bytes = Array(text.utf8)
        var pieces: [InlineContent] = []
        var position = 0
        for mention in mentions where mention.range.lowerBound >= position {
            if mention.range.lowerBound > position {
                pieces.append(.text(String(decoding: bytes[position..<mention.range.lowerBound], as: UTF8.self)))
            }
            pieces.append(.link(url: root + registry.page(of: mention.entityID), title: "",
                                text: String(decoding: bytes[mention.range], as: UTF8.self)))
            position = mention.range.upperBound
        }
        if position < bytes.count {
            pieces.append(.text(String(decoding: bytes[position...], as: UTF8.self)))
        }
        return pieces
    }
}

/// One mention in a rendered document: which entity, in which top-level block, and the
/// sentence around it for the entity's "Mentioned in" list.
public struct FoundMention: Equatable, Sendable {
    public var entityID: String
    public var block: Int
    public var surface: String
    /// UTF-8 byte offsets within the block's text.
    public var range: Range<Int>
    public var sentence: String
}

enum Sentence {
    /// The sentence of `text` that contains the byte range: from after the previous ". " (or
    /// "? ", "! ") to the next one.
    static func around(_ range: Range<Int>, in text: String) -> String {
        let bytes = Array(text.utf8)
        func isBoundary(_ index: Int) -> Bool {
            // A full stop, question or exclamation mark (optionally closing a quote) then a space.
            guard index + 1 < bytes.count, bytes[index + 1] == 0x20 else { return false }
            return bytes[index] == 0x2E || bytes[index] == 0x3F || bytes[index] == 0x21
        }
        var start = min(range.lowerBound, bytes.count)
        while start > 0, !(start >= 2 && isBoundary(start - 2)) { start -= 1 }
        var end = min(range.upperBound, bytes.count)
        while end < bytes.count, !isBoundary(end) { end += 1 }
        if end < bytes.count { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }
}
