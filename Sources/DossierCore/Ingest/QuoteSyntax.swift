import Foundation

/// Recognises the punctuation shapes of direct speech in one paragraph.
/// Straight and curly, double and single quotation marks are all accepted.
enum QuoteSyntax {
    struct Introduced: Equatable {
        var speakerPhrase: String
        var content: String
        var closed: Bool
    }

    struct Attributed: Equatable {
        var speakerPhrase: String
        var content: String
        /// False when a further quote opened after the attribution runs on
        /// into the next paragraph.
        var closed: Bool
    }

    struct Bare: Equatable {
        var content: String
        var closed: Bool
    }

    /// `X said: "…"`, `X commented: ‘…’`, `X told the meeting: “…”`.
    static func introduced(_ text: String) -> Introduced? {
        introduced(ScannedLine(text))
    }

    static func introduced(_ line: ScannedLine) -> Introduced? {
        let text = line.text
        let subject = line.subject
        // The pattern ends in `\s*:\s*([“"‘'])`; in plain text the only
        // whitespace is the space, so most paragraphs are ruled out at once.
        if let bytes = subject.plainBytes, !hasColonBeforeOpeningMark(bytes) { return nil }
        guard let match = introducedSpeech.firstMatch(in: subject),
              let phrase = match.group(1, in: text),
              let opener = match.group(3, in: text)?.first,
              LineShape(String(phrase)).wordCount <= 40 else { return nil }
        let body = String(text[match.range.upperBound...])
        let (content, closed) = quoted(body, openedWith: opener)
        return Introduced(speakerPhrase: String(phrase), content: content, closed: closed)
    }

    /// A colon, any spaces, then an opening mark: “ " ‘ or '.
    private static func hasColonBeforeOpeningMark(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: ":") {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 { next += 1 }
                if next < bytes.count {
                    let byte = bytes[next]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return true }
                    // “ is E2 80 9C, ‘ is E2 80 98.
                    if byte == 0xE2, next + 2 < bytes.count, bytes[next + 1] == 0x80,
                       bytes[next + 2] == 0x9C || bytes[next + 2] == 0x98 { return true }
                }
            }
            index += 1
        }
        return false
    }

    private static let introducedSpeech = Pattern(
        #"^(.+?)\b(said|says|added|adds|commented|comments|explained|explains|continued|stated|states|wrote|writes|warned|warns|insisted|argued|concluded|responded|replied|remarked|declared|noted|posted|tweeted|admitted|acknowledged|claimed|told [^:“"‘']{1,40}?)\s*:\s*([“"‘'])"#)

    /// `"…," said X`, `“…” said X, role`, `"…," the Tory leader said`,
    /// `“…,” Cooper told MPs.`, `“…,” it added`; a second quote opened after
    /// the attribution sentence is included.
    static func attributed(_ text: String) -> Attributed? {
        attributed(ScannedLine(text))
    }

    static func attributed(_ line: ScannedLine) -> Attributed? {
        let text = line.text
        guard let opener = text.first, LineShape.openingQuotes.contains(opener) else { return nil }
        for closeIndex in PlainText.closingQuoteIndexes(in: text, plainBytes: line.plainBytes) {
            guard isClosingMark(in: text, at: closeIndex, opener: opener) else { continue }
            let remainder = text[text.index(after: closeIndex)...]
            let subject = MatchSubject(remainder)
            var phrase: Substring?
            var attributionEnd = remainder.startIndex
            if let match = verbFirst.firstMatch(in: subject) {
                phrase = match.group(2, in: remainder)
                attributionEnd = match.range.upperBound
            } else if let match = verbLast.firstMatch(in: subject) {
                phrase = match.group(1, in: remainder)
                attributionEnd = match.range.upperBound
            }
            guard let phrase, LineShape(String(phrase)).wordCount <= 8 else { continue }
            var content = trimmedContent(text[text.index(after: text.startIndex)..<closeIndex])
            var closed = true
            if let more = followingQuote(in: String(remainder[attributionEnd...])) {
                content += "\n\n" + more.content
                closed = more.closed
            }
            return Attributed(speakerPhrase: String(phrase), content: content, closed: closed)
        }
        return nil
    }

    private static let attributionVerbs =
        "said|says|added|adds|continued|explained|commented|insisted|warned|argued|stated|wrote|noted|concluded|claimed|admitted"
    /// `, said X,` straight after the closing mark.
    private static let verbFirst = Pattern(#"^\s*,?\s*("# + attributionVerbs + #")\s+([^,.;:“"”]+?)\s*(?:[,.;:]|$)"#)
    /// `, X said` / `, X told …` straight after the closing mark.
    private static let verbLast = Pattern(#"^\s*,?\s*([^,.;:“"”‘]{1,80}?)\s+("# + attributionVerbs + #"|told)\b"#)

    /// A paragraph that is nothing but quoted speech, either closed at its end
    /// or left open because the speech runs on (UK style: only the last
    /// paragraph of a long quote carries the closing mark). A paragraph that
    /// merely starts with a quoted phrase is not bare speech.
    static func bare(_ text: String) -> Bare? {
        guard let opener = text.first, LineShape.openingQuotes.contains(opener) else { return nil }
        if startsWithQuotedPhrase(text, opener: opener) { return nil }
        let (content, closed) = quoted(String(text.dropFirst()), openedWith: opener, requireEnd: true)
        guard let content else { return nil }
        return Bare(content: content, closed: closed)
    }

    // MARK: - Helpers

    private static func quoted(_ body: String, openedWith opener: Character) -> (String, Bool) {
        let (content, closed) = quoted(body, openedWith: opener, requireEnd: false)
        return (content ?? trimmedContent(Substring(body)), closed)
    }

    /// Content up to the matching closing mark. With `requireEnd`, a closing
    /// mark followed by more prose makes the whole thing not-a-quote (nil).
    private static func quoted(_ body: String, openedWith opener: Character, requireEnd: Bool) -> (String?, Bool) {
        let fullText = String(opener) + body
        for index in PlainText.closingQuoteIndexes(in: fullText) {
            guard isClosingMark(in: fullText, at: index, opener: opener) else { continue }
            let after = PlainText.trimmingWhitespace(fullText[fullText.index(after: index)...])
            let content = trimmedContent(fullText[fullText.index(after: fullText.startIndex)..<index])
            if requireEnd, !after.allSatisfy({ ".,;:!?".contains($0) }) { return (nil, true) }
            return (content, true)
        }
        return (trimmedContent(Substring(body)), false)
    }

    /// Whether the mark at `index` closes a quote opened with `opener`, rather
    /// than being an apostrophe (“Children’s”) or an inner quote.
    private static func isClosingMark(in text: String, at index: String.Index, opener: Character) -> Bool {
        let mark = text[index]
        switch opener {
        case "“": guard mark == "”" else { return false }
        case "\"": guard mark == "\"" else { return false }
        case "‘": guard mark == "’" else { return false }
        case "'": guard mark == "'" else { return false }
        case "«": guard mark == "»" else { return false }
        default: guard mark == "”" || mark == "\"" else { return false }
        }
        guard opener == "‘" || opener == "'" else { return true }
        // Single marks double as apostrophes: only a mark after punctuation,
        // or at the very end, closes the quote.
        let next = text.index(after: index)
        let atEnd = next == text.endIndex
        let previous = text[text.index(before: index)]
        let followedByBreak = atEnd || text[next] == " " || ".,;:!?".contains(text[next])
        return followedByBreak && (atEnd || ",.!?…—–-".contains(previous))
    }

    /// "‘Collective failure’ was the phrase…": a short single-quoted phrase
    /// closed by a bare mark early in a paragraph that does not end in a
    /// quote. Plain apostrophes ("Children’s") are followed by a letter, so
    /// they do not count.
    private static func startsWithQuotedPhrase(_ text: String, opener: Character) -> Bool {
        guard opener == "‘" || opener == "'", !LineShape(text).endsWithQuoteMark else { return false }
        let head = String(text.dropFirst().prefix(60))
        let closer: Character = opener == "‘" ? "’" : "'"
        return head.indices.contains { index in
            guard head[index] == closer, index > head.startIndex else { return false }
            let next = head.index(after: index)
            let previous = head[head.index(before: index)]
            return previous.isLetter && (next == head.endIndex || head[next] == " ")
        }
    }

    /// A quote opened at the start of a new sentence after the attribution:
    /// `… it said. “This is why …”`.
    private static func followingQuote(in text: String) -> Bare? {
        guard let match = followingOpener.firstMatch(in: text), let opener = match.groups[0] else { return nil }
        let start = opener.lowerBound
        return bare(String(text[start...])) ?? {
            let opener = text[start]
            let (content, closed) = quoted(String(text[text.index(after: start)...]), openedWith: opener)
            return Bare(content: content, closed: closed)
        }()
    }

    private static let followingOpener = Pattern(#"[.!?]\s+([“"‘'])"#, ignoresCase: false)

    /// Drops the comma that belongs to the attribution ("…,” said X").
    private static func trimmedContent(_ content: Substring) -> String {
        var text = PlainText.trimmingWhitespace(content)
        while let last = text.last, last == "," { text.removeLast() }
        return text
    }
}
