import Foundation

/// Checks the dossier's own words (ledes, descriptions, templates, generated headings) against
/// the terms to avoid, and flags long sentences. The sources' words are never changed: their
/// use of a listed term is reported only on request.
public struct LanguageChecker: Sendable {
    public let policy: SafeguardingPolicy
    /// Sentences longer than this in the editor's own text get a plain-English hint.
    public static let longSentence = 30

    public init(policy: SafeguardingPolicy) {
        self.policy = policy
    }

    public func checkEditorText(_ texts: [ContentText]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let terms = policy.language.map { ($0, PhrasePattern($0.avoid)) }
        for text in texts {
            for (offset, line) in text.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let lineNumber = text.firstLine + offset
                let plain = String(line)
                for (term, pattern) in terms where pattern.contains(plain) {
                    var diagnostic = Diagnostic.warning(text.path, line: lineNumber, Self.message(term),
                                                        hint: term.note.map { "\($0): use '\(term.prefer)'" } ?? "use '\(term.prefer)'")
                    diagnostic.sourceLine = plain
                    diagnostics.append(diagnostic)
                }
                for sentence in SentenceSplitter.sentences(Self.withoutMarkdown(plain)) {
                    let words = sentence.split(whereSeparator: { $0 == " " }).count
                    if words > Self.longSentence {
                        diagnostics.append(.warning(text.path, line: lineNumber, "a sentence of \(words) words is hard to read quickly",
                                                    hint: "plain English: split it, aiming for 25 words or fewer (\"\(sentence.prefix(40))…\")"))
                    }
                }
            }
        }
        return diagnostics
    }

    /// The sources' wording, reported but never altered.
    public func checkSources(_ articles: [Article]) -> [Diagnostic] {
        let terms = policy.language.map { ($0, PhrasePattern($0.avoid)) }
        // Every term over every paragraph: on both cores, in article order.
        return articles.parallelMap { article in
            article.blocks.flatMap { block in
                terms.filter { $0.1.contains(block.text) }.map { term, _ in
                    Diagnostic.warning(article.path, line: block.line, "the source uses '\(term.avoid)' (left as written: sources are never altered)",
                                       hint: "in the dossier's own words, use '\(term.prefer)'")
                }
            }
        }.flatMap { $0 }
    }

    static func message(_ term: SafeguardingPolicy.Term) -> String {
        term.review ? "review '\(term.avoid)': it can understate harm that has happened" : "avoid '\(term.avoid)' in the dossier's own words"
    }

    /// The words a reader sees: without Markdown, HTML tags or template tags.
    static func withoutMarkdown(_ line: String) -> String {
        line.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
            .replacingOccurrences(of: #"[*_`#>]"#, with: "", options: .regularExpression)
    }
}
