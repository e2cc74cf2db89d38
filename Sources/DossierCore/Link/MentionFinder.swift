/// Finds mentions of registered people and organisations in prose.
///
/// Precision comes before recall: linking a name to the wrong person is worse than not
/// linking it. So:
/// - Full names, registered aliases and acronyms match case-sensitively on whole words
///   (curly and straight apostrophes are equal). Longest match wins, leftmost first,
///   without overlaps: "Stoke-on-Trent City Council" beats a shorter "Stoke-on-Trent".
/// - A title before a person's name is part of the mention: "Home Secretary Yvette Cooper",
///   "DCC Riggs". Trailing post-nominals are too: "Mr Crowther KC".
/// - Title + surname ("Ms Cooper") links without context only if exactly one registered
///   person has that surname; otherwise one of them, and no other, must have been
///   mentioned in full earlier in the section.
/// - A bare surname ("Cooper said…") links only after that person was mentioned in full (or
///   by an unambiguous title form) earlier in the same section, never when two people with
///   that surname are mentioned in the section, never next to another capitalised word
///   ("Capitol Hill", "Hill Street"), and never at a sentence start if the surname is a
///   common English word ("Young people…").
/// - If the surname also appears as part of another name in the section ("Gerry Adams"
///   when only Ben Adams is registered), neither "Adams" nor "Mr Adams" is linked there.
/// - A gendered title that contradicts the person's registered forms ("Lord Casey" when
///   she is registered as "Baroness Casey") is taken to be someone else.
/// - A possessive "'s" closes a mention but is not part of its range.
///
/// A "section" is one `mentions(in:)` call; the finder keeps no state between calls.
public struct MentionFinder: Sendable {
    public let entities: [EntityName]
    private let automaton: NameAutomaton
    /// Per entity index: the surname is a common English word, so a bare sentence-initial
    /// occurrence is more likely the word than the person.
    private let surnameIsCommonWord: [Bool]
    /// Per entity index: the gendered titles that contradict the entity's own registered
    /// name or aliases ("Lord"/"Mr"/"Sir" for someone registered as "Baroness Casey").
    private let contradictingTitles: [Set<String>]

    /// Builds one automaton over all names, aliases and generated forms.
    /// Throws if two entities share an id or register the same name/alias.
    public init(entities: [EntityName]) throws(RegistryConflict) {
        try self.init(entities: entities, titles: PersonTitles.standard)
    }

    /// As `init(entities:)` with a custom list of titles (see `PersonTitles.standard`).
    public init(entities: [EntityName], titles: [String]) throws(RegistryConflict) {
        self.entities = entities
        var builder = RegistryAutomatonBuilder(entities: entities, titles: titles)
        try builder.build()
        automaton = builder.automaton
        surnameIsCommonWord = builder.surnames.map { surname in
            surname.map { CommonEnglishWords.all.contains($0.lowercased()) } ?? false
        }
        contradictingTitles = entities.map { entity in
            guard entity.kind == .person else { return [] }
            let words = Set(([entity.name] + entity.aliases).flatMap { TextToken.tokenize($0).map(\.key) })
            let feminine = !words.isDisjoint(with: PersonTitles.feminineTitles)
            let masculine = !words.isDisjoint(with: PersonTitles.masculineTitles)
            switch (feminine, masculine) {
            case (true, false): return PersonTitles.masculineTitles
            case (false, true): return PersonTitles.feminineTitles
            default: return []
            }
        }
    }

    /// Finds every mention in one document section.
    ///
    /// - Parameter runs: the section's linkable text, in reading order (e.g. the text nodes
    ///   of a Markdown AST). Leave out anything that must not be linked (code, existing
    ///   links, headings if desired). Matches never span two runs.
    /// - Returns: all mentions in order of run and position; the caller decides which to link
    ///   (see `firstMentionPerEntity()`). Ranges are UTF-8 byte offsets into each run.
    public func mentions(in runs: [String]) -> [Mention] {
        var spans: [CandidateSpan] = []
        var surnamesUsedByOthers = Set<Int>()
        for (runIndex, run) in runs.enumerated() {
            spans += candidateSpans(in: run, runIndex: runIndex, surnamesUsedByOthers: &surnamesUsedByOthers)
        }
        return resolve(spans, runs: runs, surnamesUsedByOthers: surnamesUsedByOthers)
    }

    // MARK: - Pass 1: lexical matching

    /// A stretch of text that could refer to one or more entities; which one (if any) is
    /// decided in pass 2 from the rest of the section.
    private struct CandidateSpan {
        var run: Int
        var range: Range<Int>
        var isPossessive: Bool
        var candidates: [MatchCandidate]
        /// Everyone who has a title+surname form here, before rejecting contradicting titles:
        /// whether a surname is shared is a fact about the registry, not about this title.
        var surnameOwners: [Int]
    }

    /// - Parameter surnamesUsedByOthers: receives the people whose surname also appears as
    ///   part of some other name ("Gerry Adams" when Ben Adams is registered), which makes
    ///   their short forms ambiguous for the whole section.
    private func candidateSpans(in run: String, runIndex: Int, surnamesUsedByOthers: inout Set<Int>) -> [CandidateSpan] {
        let tokens = TextToken.tokenize(run)
        let ids = tokens.map { automaton.ids(for: $0) }
        var spans: [CandidateSpan] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, ids[index].exact != nil || ids[index].stem != nil else {
                index += 1
                continue
            }
            var matchedEnd: Int?
            for terminal in automaton.terminals(startingAt: index, tokenIDs: ids) {
                var end = terminal.endToken
                var isPossessive = terminal.isPossessive
                let last = tokens[end - 1]
                var upperBound = isPossessive ? last.possessiveStemEnd! : last.utf8Range.upperBound
                if !isPossessive, end < tokens.count, terminal.candidates.allSatisfy({ entities[$0.entityIndex].kind == .person }) {
                    let next = tokens[end]
                    if PersonTitles.postNominals.contains(next.key) {
                        end += 1
                        upperBound = next.utf8Range.upperBound
                    } else if let stem = next.possessiveStem, PersonTitles.postNominals.contains(stem) {
                        end += 1
                        isPossessive = true
                        upperBound = next.possessiveStemEnd!
                    }
                }
                if index > 0, tokens[index - 1].isWord, tokens[index - 1].isCapitalised, !Self.sentenceStarters.contains(tokens[index - 1].key) {
                    for candidate in terminal.candidates where candidate.form == .surnameOnly {
                        surnamesUsedByOthers.insert(candidate.entityIndex)
                    }
                }
                let spanWords = Set(tokens[index..<end].map(\.key))
                let candidates = terminal.candidates.filter { candidate in
                    switch candidate.form {
                    case .surnameOnly:
                        bareSurnameFitsContext(tokens: tokens, start: index, end: end, entityIndex: candidate.entityIndex)
                    case .titleForm, .titleSurname:
                        spanWords.isDisjoint(with: contradictingTitles[candidate.entityIndex])
                    default:
                        true
                    }
                }
                guard !candidates.isEmpty else { continue }
                spans.append(CandidateSpan(
                    run: runIndex, range: tokens[index].utf8Range.lowerBound..<upperBound, isPossessive: isPossessive,
                    candidates: candidates,
                    surnameOwners: terminal.candidates.filter { $0.form == .titleSurname }.map(\.entityIndex)
                ))
                matchedEnd = end
                break
            }
            index = matchedEnd ?? index + 1
        }
        return spans
    }

    /// A bare surname inside a longer run of capitalised words is part of some other name
    /// ("Capitol Hill", "Hill Street", "Jay Report").
    private func bareSurnameFitsContext(tokens: [TextToken], start: Int, end: Int, entityIndex: Int) -> Bool {
        let previous = start > 0 ? tokens[start - 1] : nil
        if let previous, previous.isWord, previous.isCapitalised, !Self.sentenceStarters.contains(previous.key) {
            return false
        }
        if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalised {
            return false
        }
        if surnameIsCommonWord[entityIndex] {
            let atSentenceStart = previous.map { !$0.isWord && Self.sentenceOpeners.contains($0.key) } ?? true
            if atSentenceStart || (previous.map { Self.sentenceStarters.contains($0.key) } ?? false) {
                return false
            }
        }
        return true
    }

    /// Capitalised words that commonly open a sentence or clause and are not part of a name,
    /// so "But Cooper said" is still a bare-surname mention.
    private static let sentenceStarters: Set<String> = [
        "But", "And", "As", "When", "While", "Whilst", "Today", "Yesterday", "However", "Meanwhile",
        "Then", "So", "Now", "If", "Although", "Though", "Since", "After", "Before", "Where",
        "Because", "Earlier", "Later", "Also", "Instead", "Here", "There", "Last", "This", "That",
        "In", "On", "At", "For", "From", "With", "By", "Of", "To", "Yet", "Still", "Previously",
        "The", "A", "An", "Both", "Neither", "Only", "Even", "Asked", "Speaking",
    ]

    private static let sentenceOpeners: Set<String> = [
        ".", "!", "?", ":", ";", "\"", "\u{201C}", "'", "(", "[", "\u{2022}", "\u{2014}", "\u{2013}", "-", "\u{2026}", "*", "#", ">", "|",
    ]

    // MARK: - Pass 2: resolution against the whole section

    private func resolve(_ spans: [CandidateSpan], runs: [String], surnamesUsedByOthers: Set<Int>) -> [Mention] {
        // Who is mentioned unambiguously anywhere in the section: needed up front so that
        // "Cooper" is refused even before the second Cooper's full name appears.
        var confidentlyMentioned = Set<Int>()
        for span in spans {
            if let entity = contextFreeEntity(span), entity.isUnconditional || !surnamesUsedByOthers.contains(entity.entityIndex) {
                confidentlyMentioned.insert(entity.entityIndex)
            }
        }

        var introduced = Set<Int>()
        var mentions: [Mention] = []
        var utf8ByRun: [Int: [UInt8]] = [:]
        for span in spans {
            guard let chosen = resolvedCandidate(span, confidentlyMentioned: confidentlyMentioned, introduced: introduced) else {
                continue
            }
            // "Mr Adams" or "Adams" after "Gerry Adams" appeared could be either man.
            if chosen.form == .titleSurname || chosen.form == .surnameOnly, surnamesUsedByOthers.contains(chosen.entityIndex) {
                continue
            }
            if chosen.form != .surnameOnly {
                introduced.insert(chosen.entityIndex)
            }
            if utf8ByRun[span.run] == nil {
                utf8ByRun[span.run] = Array(runs[span.run].utf8)
            }
            let surface = String(decoding: utf8ByRun[span.run]![span.range], as: UTF8.self)
            mentions.append(Mention(
                entityID: entities[chosen.entityIndex].id, run: span.run, range: span.range,
                surface: surface, form: chosen.form, isPossessive: span.isPossessive
            ))
        }
        return mentions
    }

    /// The entity a span refers to without looking at the rest of the section, if any.
    private func contextFreeEntity(_ span: CandidateSpan) -> MatchCandidate? {
        let unconditional = span.candidates.filter(\.isUnconditional)
        if !unconditional.isEmpty {
            return unconditional.count == 1 ? unconditional[0] : nil
        }
        // Every person with this surname has a title+surname candidate here, so a single
        // owner means a surname unique in the registry.
        guard span.surnameOwners.count == 1 else { return nil }
        return span.candidates.first { $0.form == .titleSurname && $0.entityIndex == span.surnameOwners[0] }
    }

    private func resolvedCandidate(_ span: CandidateSpan, confidentlyMentioned: Set<Int>, introduced: Set<Int>) -> MatchCandidate? {
        if span.candidates.contains(where: \.isUnconditional) || span.surnameOwners.count == 1 {
            return contextFreeEntity(span)
        }
        let owners = span.surnameOwners.isEmpty ? span.candidates.map(\.entityIndex) : span.surnameOwners
        let mentionedInSection = owners.filter { confidentlyMentioned.contains($0) }
        guard mentionedInSection.count == 1, introduced.contains(mentionedInSection[0]) else {
            return nil
        }
        return span.candidates.first { $0.entityIndex == mentionedInSection[0] }
    }
}
