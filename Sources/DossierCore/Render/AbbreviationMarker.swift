import CmarkGFM

/// Marks the first use of each glossary abbreviation on a page as `<abbr title="expansion">`,
/// on the cmark tree after entity linking. It only wraps words: the text stays word for word.
///
/// A page is often made of several documents (a title, a lede, a body), so the caller keeps
/// the set of terms already marked on the page and passes it to each document in reading order.
public struct AbbreviationMarker: Sendable {
    /// Term → expansion. Terms are single words ("CSE", "KC"), matched whole and case-sensitively.
    let expansions: [String: String]

    public init(glossary: [GlossaryEntry]) {
        expansions = Dictionary(glossary.map { ($0.term, $0.expansion) }, uniquingKeysWith: { first, _ in first })
    }

    public static let none = AbbreviationMarker(glossary: [])

    public func mark(_ document: MarkdownDocument, alreadyMarked marked: inout Set<String>) {
        guard !expansions.isEmpty else { return }
        var replacements: [Int: [InlineContent]] = [:]
        for run in document.textRuns(.prose) {
            var pieces: [InlineContent] = []
            var plainStart = run.text.startIndex
            for word in Self.words(in: run.text) {
                let term = String(run.text[word])
                guard let expansion = expansions[term], marked.insert(term).inserted else { continue }
                if plainStart < word.lowerBound { pieces.append(.text(String(run.text[plainStart..<word.lowerBound]))) }
                pieces.append(.abbreviation(text: term, title: expansion))
                plainStart = word.upperBound
            }
            guard !pieces.isEmpty else { continue }
            if plainStart < run.text.endIndex { pieces.append(.text(String(run.text[plainStart...]))) }
            replacements[run.index] = pieces
        }
        document.replaceTextRuns(replacements, in: .prose)
    }

    /// Maximal runs of letters and digits: "IICSA’s" holds the word "IICSA", "MPs" does not hold "MP".
    static func words(in text: String) -> [Range<String.Index>] {
        var words: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWordCharacter = character.isLetter || character.isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let wordStart = start {
                words.append(wordStart..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let wordStart = start { words.append(wordStart..<text.endIndex) }
        return words
    }
}
