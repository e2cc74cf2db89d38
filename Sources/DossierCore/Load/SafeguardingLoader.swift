import Foundation

/// Reads `content/safeguarding.yml`. A dossier without one gets no redaction list and the
/// built-in language list, so the guards are never simply off.
extension ContentLoader {
    func loadSafeguarding(_ diagnostics: inout [Diagnostic]) -> SafeguardingPolicy {
        let path = "\(displayRoot)/safeguarding.yml"
        guard FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent("safeguarding.yml").path) else {
            return SafeguardingPolicy(language: Self.defaultLanguage, path: path)
        }
        guard let file = readYAMLFile("safeguarding.yml", as: SafeguardingFields.self, &diagnostics) else { return SafeguardingPolicy(path: path) }
        let fields = file.fields, lines = file.lines
        func line(of value: String) -> Int? {
            lines.firstIndex { $0.contains(value) }.map { $0 + 1 }
        }
        var withheld: [SafeguardingPolicy.Withheld] = []
        for entry in fields.never_publish ?? [] {
            let phrase = entry.phrase.trimmingCharacters(in: .whitespaces)
            if phrase.count < 3 {
                diagnostics.append(.error(path, line: line(of: entry.phrase), "phrase '\(entry.phrase)' is too short to search for safely",
                                          hint: "give the full name or phrase"))
                continue
            }
            withheld.append(.init(phrase: phrase, mode: entry.mode ?? .fail, line: line(of: entry.phrase)))
        }
        let language = (fields.language ?? []).map {
            SafeguardingPolicy.Term(avoid: $0.avoid, prefer: $0.prefer, note: $0.note, review: $0.review ?? false)
        }
        return SafeguardingPolicy(withheld: withheld, language: language, path: path)
    }

    static let defaultLanguage: [SafeguardingPolicy.Term] = [
        .init(avoid: "child prostitution", prefer: "child sexual exploitation", note: nil, review: false),
        .init(avoid: "child prostitute", prefer: "sexually exploited child", note: nil, review: false),
        .init(avoid: "child pornography", prefer: "child sexual abuse images", note: nil, review: false),
        .init(avoid: "historic abuse", prefer: "non-recent abuse", note: nil, review: false),
    ]
}
