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
                var sentence = Sentence.around(mention.range, in: run.text)
                // A sentence naming several people is held once, not once per name: every
                // mention is kept until the entity pages are made.
                if let last = found.last, last.block == run.block, last.sentence == sentence { sentence = last.sentence }
                found.append(FoundMention(entityID: mention.entityID, block: run.block, surface: mention.surface, range: mention.range,
                                          sentence: sentence))
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
    /// How many bytes either side of the mention are searched for the sentence's ends. Without
    /// a bound, a paragraph with no full stop (a page pasted as one line) made every mention's
    /// sentence the whole paragraph: time and memory quadratic in its length.
    static let reach = 1_000

    /// The sentence of `text` that contains the byte range: from after the previous ". " (or
    /// "? ", "! ") to the next one. A sentence longer than `reach` on either side is cut at a
    /// word, with "…" where it was cut.
    static func around(_ range: Range<Int>, in text: String) -> String {
        var text = text
        // withUTF8 reads the string's own bytes: copying them for each mention was quadratic too.
        return text.withUTF8 { bytes in
            func isBoundary(_ index: Int) -> Bool {
                // A full stop, question or exclamation mark (optionally closing a quote) then a space.
                guard index + 1 < bytes.count, bytes[index + 1] == 0x20 else { return false }
                return bytes[index] == 0x2E || bytes[index] == 0x3F || bytes[index] == 0x21
            }
            var start = min(range.lowerBound, bytes.count)
            let earliest = max(0, start - reach)
            while start > earliest, !(start >= 2 && isBoundary(start - 2)) { start -= 1 }
            var cutBefore = false
            if start > 0, !(start >= 2 && isBoundary(start - 2)) {
                // Cut: start after the first space, so no word is shown in part.
                cutBefore = true
                while start < range.lowerBound, bytes[start] != 0x20 { start += 1 }
            }
            var end = min(max(range.upperBound, start), bytes.count)
            let latest = min(bytes.count, end + reach)
            while end < latest, !isBoundary(end) { end += 1 }
            var cutAfter = false
            if end < bytes.count, isBoundary(end) {
                end += 1
            } else if end < bytes.count {
                cutAfter = true
                while end > range.upperBound, bytes[end - 1] != 0x20 { end -= 1 }
            }
            let sentence = PlainText.trimmingWhitespace(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
            return (cutBefore ? "…" : "") + sentence + (cutAfter ? "…" : "")
        }
    }
}
