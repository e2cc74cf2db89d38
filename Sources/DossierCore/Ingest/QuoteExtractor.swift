/// Finds attributed direct speech across the kept paragraphs, following
/// multi-paragraph quotes and resolving pronoun attributions ("She added:",
/// "it said") to the most recently named speaker.
enum QuoteExtractor {
    static func quotes(in blocks: [ArticleBlock]) -> [Quote] {
        quotes(in: blocks, lines: blocks.map { ScannedLine($0.text) })
    }

    /// `lines[i]` is the scanned source line of `blocks[i]`; a paragraph's
    /// text is its line's text.
    static func quotes(in blocks: [ArticleBlock], lines: [ScannedLine]) -> [Quote] {
        var state = State()
        for (index, block) in blocks.enumerated() {
            guard block.kind == .paragraph else {
                state.previousWasQuote = false
                continue
            }
            let line = lines[index]
            assert(line.text == block.text)
            if let introduced = QuoteSyntax.introduced(line) {
                state.start(phrase: introduced.speakerPhrase, content: introduced.content, at: index)
            } else if let attributed = QuoteSyntax.attributed(line) {
                state.start(phrase: attributed.speakerPhrase, content: attributed.content, at: index)
            } else if let bare = QuoteSyntax.bare(line.text) {
                state.continueOrStartUnattributed(content: bare.content, at: index)
            } else {
                state.readProse(line, at: index)
            }
        }
        return state.quotes
    }

    private struct State {
        var quotes: [Quote] = []
        var previousWasQuote = false
        /// Named subject of a reporting verb in prose since the last quote.
        var recentSubject: String?
        var recentSubjectBlock: Int?

        mutating func start(phrase: String, content: String, at index: Int) {
            let attribution = resolve(SpeakerParser.attribution(from: phrase), at: index)
            quotes.append(Quote(
                text: content,
                speaker: attribution?.speaker,
                speakerName: attribution?.speakerName,
                speakers: attribution?.speakers ?? [],
                blockIndexes: [index]
            ))
            finishQuoteParagraph()
        }

        /// A paragraph of pure speech continues the quote just before it; after
        /// prose it is attributed to whoever that prose said was speaking.
        mutating func continueOrStartUnattributed(content: String, at index: Int) {
            if previousWasQuote, var last = quotes.popLast() {
                last.text += "\n\n" + content
                last.blockIndexes.append(index)
                quotes.append(last)
                finishQuoteParagraph()
                return
            }
            let attribution = recentSubject.flatMap(SpeakerParser.attribution(from:))
            quotes.append(Quote(
                text: content,
                speaker: attribution?.speaker,
                speakerName: attribution?.speakerName,
                speakers: attribution?.speakers ?? [],
                blockIndexes: [index]
            ))
            finishQuoteParagraph()
        }

        mutating func readProse(_ line: ScannedLine, at index: Int) {
            previousWasQuote = false
            if let subject = SpeakerParser.reportingSubject(in: line.text, plainBytes: line.plainBytes) {
                recentSubject = subject
                recentSubjectBlock = index
            }
        }

        private mutating func finishQuoteParagraph() {
            previousWasQuote = true
            recentSubject = nil
            recentSubjectBlock = nil
        }

        /// Pronouns take the speaker named in the prose just before, else the
        /// previous quote's speaker, else stay unknown. A descriptive phrase
        /// ("the Tory leader") borrows the name from the paragraph just before.
        private func resolve(_ attribution: SpeakerAttribution?, at index: Int) -> SpeakerAttribution? {
            guard var attribution else { return nil }
            if attribution.isPronoun {
                if let subject = recentSubject, let named = SpeakerParser.attribution(from: subject) {
                    return named
                }
                if let last = quotes.last, last.speaker != nil {
                    return SpeakerAttribution(speaker: last.speaker, speakerName: last.speakerName, speakers: last.speakers)
                }
                return SpeakerAttribution(speaker: nil, speakerName: nil, speakers: [])
            }
            if attribution.speakerName == nil, recentSubjectBlock == index - 1,
               let subject = recentSubject, let name = SpeakerParser.personalName(in: subject) {
                attribution.speakerName = name
                attribution.speakers = [name]
            }
            return attribution
        }
    }
}
