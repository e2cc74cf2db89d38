/// One normalised line with what every rule asks about it, measured once:
/// the cleaner's rules run dozens of checks on each line and used to re-split
/// and re-measure the text for each.
struct ScannedLine {
    let text: String
    /// UTF-8 of `text` when it is plain (see `PlainText`), else nil.
    let plainBytes: [UInt8]?
    /// `LineShape.wordCount`: runs of characters between spaces.
    let wordCount: Int
    /// Byte range of `LineShape.label` inside `plainBytes` (empty when not plain).
    /// The label is also lowercased, which case-insensitive patterns never notice.
    let labelRange: Range<Int>
    /// `LineShape.endsWithSentencePunctuation`.
    let endsWithSentencePunctuation: Bool
    /// `LineClassifier.containsDoubleQuote`.
    let containsDoubleQuote: Bool
    /// Which bytes and byte pairs `plainBytes` holds, for `PatternProgram.admits`;
    /// nil when not plain, or for a line of more than `presenceWordLimit` words.
    let presence: BytePresence?

    /// Lines longer than this are article prose: the rules that search them
    /// with unanchored patterns stop at 50 words or fewer, and the quote rules
    /// have their own prefilters, so measuring them costs more than it saves.
    /// (Presence only ever rules text out; nil just means "not measured".)
    static let presenceWordLimit = 50

    init(_ text: String) {
        self.text = text
        let bytes = PlainText.utf8(text)
        guard let scan = LineScan(bytes) else {
            endsWithSentencePunctuation = LineShape(text).endsWithSentencePunctuation
            containsDoubleQuote = LineClassifier.containsDoubleQuote(text)
            presence = nil
            plainBytes = nil
            wordCount = LineShape(text).wordCount
            labelRange = 0..<0
            return
        }
        plainBytes = bytes
        // The last Character is the last scalar: one of ".:;,!…".
        if let last = bytes.last {
            endsWithSentencePunctuation = [0x2E, 0x3A, 0x3B, 0x2C, 0x21].contains(last)
                || (last == 0xA6 && bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80)
        } else {
            endsWithSentencePunctuation = false
        }
        presence = scan.wordCount <= ScannedLine.presenceWordLimit ? BytePresence(of: bytes) : nil
        containsDoubleQuote = scan.containsDoubleQuote
        wordCount = scan.wordCount
        labelRange = ScannedLine.trimmed(bytes, isTrimmed: ScannedLine.isLabelTrimmed)
    }

    var isEmpty: Bool { text.isEmpty }

    /// What one pass over a plain line's UTF-8 finds: its words and whether
    /// it holds a double quotation mark. Nil when the line is not plain (see
    /// `PlainText`).
    private struct LineScan {
        var wordCount = 0
        var containsDoubleQuote = false

        init?(_ bytes: [UInt8]) {
            var wordCount = 0
            var containsDoubleQuote = false
            var isPlain = true
            bytes.withUnsafeBufferPointer { input in
                var inWord = false
                for index in input.indices {
                    let byte = input[index]
                    if byte < 0x80 {
                        guard PlainText.isPlainASCII(byte) else { isPlain = false; return }
                        if byte == 0x22 { containsDoubleQuote = true }
                    } else if byte >= 0xC0 {
                        // A lead byte: the whole scalar must be plain.
                        let scalar = PlainText.decode(bytes, at: index).scalar
                        guard PlainText.wordBreak(of: scalar) != nil else { isPlain = false; return }
                        if scalar == 0x201C || scalar == 0x201D { containsDoubleQuote = true }
                    }
                    // Every space is a Character of its own in plain text, so
                    // words are simply runs of non-space bytes.
                    if byte == 0x20 {
                        inWord = false
                    } else if !inWord {
                        inWord = true
                        wordCount += 1
                    }
                }
            }
            guard isPlain else { return nil }
            self.wordCount = wordCount
            self.containsDoubleQuote = containsDoubleQuote
        }
    }

    var subject: MatchSubject { MatchSubject(text: text, plainBytes: plainBytes, presence: presence) }

    /// The scalars `LineShape.label` trims: " .:…-–—|•·+#>»".
    private static func isLabelTrimmed(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x20, 0x2E, 0x3A, 0x2026, 0x2D, 0x2013, 0x2014, 0x7C, 0x2022, 0xB7, 0x2B, 0x23, 0x3E, 0xBB: return true
        default: return false
        }
    }

    /// The range left after trimming scalars in `set` from both ends, as
    /// Foundation's `trimmingCharacters(in:)` does.
    static func trimmed(_ bytes: [UInt8], _ set: Set<UInt32>) -> Range<Int> {
        trimmed(bytes, isTrimmed: set.contains)
    }

    static func trimmed(_ bytes: [UInt8], isTrimmed: (UInt32) -> Bool) -> Range<Int> {
        var start = 0
        while start < bytes.count {
            let (scalar, length) = PlainText.decode(bytes, at: start)
            guard isTrimmed(scalar) else { break }
            start += length
        }
        var end = bytes.count
        while end > start {
            let previous = PlainText.start(before: end, in: bytes)
            guard isTrimmed(PlainText.decode(bytes, at: previous).scalar) else { break }
            end = previous
        }
        return start..<end
    }
}
