import Foundation

/// Reads speaker names out of attribution phrases such as
/// "Cllr Sarah Hill, cabinet member for finance" or
/// "In a joint statement, NPCC lead …, Assistant Chief Constable Rebecca Riggs,
/// and director of …, Richard Fewkes".
enum SpeakerParser {
    static func attribution(from phrase: String) -> SpeakerAttribution? {
        let text = trimmingFillers(phrase)
        guard !text.isEmpty else { return nil }
        if pronouns.contains(text.lowercased()) {
            return SpeakerAttribution(speaker: text, speakerName: nil, speakers: [], isPronoun: true)
        }
        let segments = topLevelCommaSegments(text)
        guard let lastSegment = segments.last else { return nil }
        let allowSingleWord = segments.count == 1
        var names = segments
            .map { $0.hasPrefix("and ") ? String($0.dropFirst(4)) : $0 }
            .filter { isNameSegment($0, allowSingleWord: allowSingleWord) }
        // "Rebecca Riggs and Richard Fewkes said: …"
        if names.count <= 1 {
            let candidate = names.first ?? lastSegment
            let parts = PlainText.firstRange(of: " and ", in: candidate) == nil
                ? [candidate] // what `components(separatedBy:)` returns when the separator is absent
                : candidate.components(separatedBy: " and ")
            if parts.count == 2, parts.allSatisfy({ isNameSegment($0, allowSingleWord: false) }) {
                names = parts
            }
        }
        // "council leader Jo Bloggs, and chief executive Sam Smith": names that
        // follow lowercase roles inside several segments.
        if names.isEmpty {
            let trailingNames = segments.compactMap(personalName(in:)).filter { PlainText.words($0).count >= 2 }
            if trailingNames.count >= 2 { names = trailingNames }
        }
        if names.count >= 2 {
            let people = names.map { personalName(in: $0) ?? $0 }
            let joined = joinNames(people)
            return SpeakerAttribution(speaker: joined, speakerName: joined, speakers: people)
        }
        let speaker = names.first ?? lastSegment
        let name = personalName(in: speaker)
        return SpeakerAttribution(speaker: speaker, speakerName: name, speakers: [name ?? speaker])
    }

    /// The capitalised personal name at the end of a phrase, with job titles
    /// dropped but courtesy titles kept: "Council leader Jane Ashworth" ->
    /// "Jane Ashworth", "Assistant Chief Constable Rebecca Riggs" -> "Rebecca
    /// Riggs", "Cllr Sarah Hill" -> "Cllr Sarah Hill". Nil for organisations.
    static func personalName(in phrase: String) -> String? {
        let words = PlainText.words(phrase).map(String.init)
        var run: [String] = []
        for word in words.reversed() {
            guard let first = word.first, first.isUppercase || particles.contains(word) else { break }
            run.insert(word, at: 0)
        }
        while let first = run.first, particles.contains(first) { run.removeFirst() }
        // "ACT on IICSA": a capitalised run glued to a lowercase connector is an organisation.
        if run.count < words.count {
            let before = words[words.count - run.count - 1]
            if ["of", "on", "for", "and", "the", "at", "in"].contains(before) { return nil }
        }
        while run.count > 1, let first = run.first, jobTitleWords.contains(first) { run.removeFirst() }
        guard let first = run.first, !articles.contains(first), !jobTitleWords.contains(first) else { return nil }
        if run.count == 1, first == first.uppercased() { return nil }
        return run.joined(separator: " ")
    }

    /// The named subject of a reporting verb in a prose paragraph
    /// ("DCC Riggs explained that …" -> "DCC Riggs"), used to resolve later
    /// pronoun attributions such as "She added:".
    static func reportingSubject(in paragraph: String) -> String? {
        reportingSubject(in: paragraph, plainBytes: PlainText(paragraph)?.bytes)
    }

    /// `plainBytes`: the UTF-8 of `paragraph` if it is plain (see `PlainText`), else nil.
    static func reportingSubject(in paragraph: String, plainBytes: [UInt8]?) -> String? {
        guard let bytes = plainBytes else {
            let words = paragraph.split(separator: " ")
            for index in words.indices where reportingVerbs.contains(words[index].lowercased()) {
                if let name = nameRun(before: words[..<index].reversed()) { return name }
            }
            return nil
        }
        // Plain text: words are runs of bytes between spaces (each space is a
        // Character of its own), read backwards from each verb only as needed.
        let utf8 = paragraph.utf8
        for verb in reportingVerbWords(bytes) {
            let wordsBefore = sequence(state: verb.lowerBound) { position -> Substring? in
                guard let word = previousWord(before: position, in: bytes) else { return nil }
                position = word.lowerBound
                let start = utf8.index(utf8.startIndex, offsetBy: word.lowerBound)
                return paragraph[start..<utf8.index(start, offsetBy: word.count)]
            }
            if let name = nameRun(before: wordsBefore) { return name }
        }
        return nil
    }

    /// The capitalised run of words just before a reporting verb, skipping
    /// auxiliaries ("has", "also"); `wordsBefore` runs from the nearest word back.
    private static func nameRun(before wordsBefore: some Sequence<Substring>) -> String? {
        var words = wordsBefore.makeIterator()
        var candidate = words.next()
        while let word = candidate, auxiliaries.contains(word.lowercased()) { candidate = words.next() }
        var run: [Substring] = []
        while let word = candidate {
            if let last = word.last, ",.:;".contains(last) { break }
            guard let first = word.first,
                  first.isUppercase || (isConnector(word) && !run.isEmpty) else { break }
            run.insert(word, at: 0)
            candidate = words.next()
        }
        while let first = run.first, isConnector(first) { run.removeFirst() }
        guard let last = run.last, last.first?.isUppercase == true, !pronouns.contains(last.lowercased()) else { return nil }
        return run.joined(separator: " ")
    }

    // MARK: - Helpers

    /// "of", "on", "for", "and": lowercase words allowed inside a name run.
    private static func isConnector(_ word: Substring) -> Bool {
        word == "of" || word == "on" || word == "for" || word == "and"
    }

    /// Byte ranges of the words of plain text that are reporting verbs, in order.
    private static func reportingVerbWords(_ bytes: [UInt8]) -> [Range<Int>] {
        var verbs: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            if bytes[start] == 0x20 {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            if isReportingVerb(bytes[start..<end]) { verbs.append(start..<end) }
            start = end
        }
        return verbs
    }

    /// The byte range of the word of plain text that ends before `position`
    /// (skipping spaces), or nil at the start.
    private static func previousWord(before position: Int, in bytes: [UInt8]) -> Range<Int>? {
        var end = position
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
        return start..<end
    }

    /// Whether a word of plain text is, lowercased, one of `reportingVerbs`.
    /// In plain text only ASCII letters lowercase to ASCII letters.
    private static func isReportingVerb(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count < reportingVerbsByLength.count else { return false }
        let start = word.startIndex
        candidates: for verb in reportingVerbsByLength[word.count] {
            for offset in 0..<verb.count {
                let byte = word[start + offset]
                let letter = verb[offset]
                guard byte == letter || (byte >= 0x41 && byte <= 0x5A && byte + 32 == letter) else { continue candidates }
            }
            return true
        }
        return false
    }

    /// `reportingVerbs` as UTF-8, indexed by length.
    private static let reportingVerbsByLength: [[[UInt8]]] = {
        let longest = reportingVerbs.map(\.utf8.count).max() ?? 0
        var table = [[[UInt8]]](repeating: [], count: longest + 1)
        for verb in reportingVerbs.sorted() { table[verb.utf8.count].append(Array(verb.utf8)) }
        return table
    }()

    private static func isNameSegment(_ segment: String, allowSingleWord: Bool) -> Bool {
        let words = PlainText.words(segment).map(String.init)
        guard (allowSingleWord ? 1 : 2)...7 ~= words.count, let first = words.first,
              !introWords.contains(first) else { return false }
        return words.allSatisfy { word in
            particles.contains(word) || (word.first?.isUppercase ?? false)
        }
    }

    private static func topLevelCommaSegments(_ text: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default: break
            }
            if character == ",", depth == 0 {
                segments.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        segments.append(current)
        return segments.map { PlainText.trimmingWhitespace(Substring($0)) }.filter { !$0.isEmpty }
    }

    /// Drops adverbs and auxiliaries between the speaker and the verb:
    /// "A Downing Street spokesperson reportedly" -> "A Downing Street spokesperson".
    private static func trimmingFillers(_ phrase: String) -> String {
        var words = PlainText.words(PlainText.trimming(Substring(phrase), fillerEdges)).map(String.init)
        while words.count > 1, let last = words.last,
              fillers.contains(last.lowercased()) || (last.hasSuffix("ly") && last.first?.isLowercase == true) {
            words.removeLast()
        }
        return PlainText.trimming(Substring(words.joined(separator: " ")), fillerEdges)
    }

    private static let fillerEdges = TrimmedCharacters(" ,")

    private static func joinNames(_ names: [String]) -> String {
        guard names.count > 2 else { return names.joined(separator: " and ") }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]
    private static let articles: Set<String> = ["The", "A", "An", "This", "That"]
    private static let particles: Set<String> = ["de", "van", "von", "der", "le", "la", "da", "di", "bin", "al"]
    private static let fillers: Set<String> = [
        "also", "then", "later", "has", "had", "have", "would", "will", "today", "yesterday", "further",
        "previously", "recently", "once", "again", "earlier",
    ]
    private static let auxiliaries: Set<String> = ["has", "had", "have", "also", "previously", "then", "later", "today", "once"]
    private static let introWords: Set<String> = [
        "In", "On", "At", "After", "During", "Speaking", "Responding", "Asked", "Writing", "Commenting",
        "Meanwhile", "However", "Today", "Yesterday", "The", "A", "An", "This", "That", "Last", "Earlier",
        "Later", "But", "And", "Also", "According", "Following", "Addressing", "Reacting",
    ]
    private static let reportingVerbs: Set<String> = [
        "said", "says", "told", "explained", "added", "adds", "warned", "argued", "insisted", "claimed",
        "stated", "announced", "confirmed", "commented", "noted", "revealed", "urged", "admitted",
        "acknowledged", "stressed", "wrote", "tweeted", "posted", "responded", "replied",
    ]
    /// Capitalised job-title words that precede a personal name. Courtesy
    /// titles (Cllr, Ms, Dr, Baroness, Lord, Sir, Professor) are deliberately
    /// absent: they are part of how the person is named.
    private static let jobTitleWords: Set<String> = [
        "Assistant", "Deputy", "Chief", "Constable", "Detective", "Superintendent", "Inspector", "Sergeant",
        "Commander", "Commissioner", "Home", "Foreign", "Health", "Education", "Justice", "Secretary",
        "Minister", "Prime", "Shadow", "Council", "County", "City", "Leader", "Mayor", "Director", "Chair",
        "Chairman", "Chairwoman", "Executive", "Officer", "Police", "Crime", "Fire", "Cabinet", "Member",
        "Lead", "Head", "President", "Vice", "Chancellor", "Opposition", "Labour", "Conservative", "Tory",
        "Liberal", "Democrat", "Reform", "Green", "Independent", "MP", "MSP", "MS", "MEP", "DCC", "ACC",
        "DCS", "DCI", "DI", "DS", "DC", "PC", "Det", "Supt", "Insp", "Sgt", "Acting", "Interim", "Senior",
        "Former", "Group", "General", "Attorney", "Solicitor", "Headteacher", "Principal", "Judge", "Recorder", "Safeguarding",
        "Children’s", "Children's", "Victims’", "Victims'", "Spokesperson", "Spokesman", "Spokeswoman",
    ]
}
