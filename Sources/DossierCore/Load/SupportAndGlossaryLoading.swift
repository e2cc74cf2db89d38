import Foundation
import Yams

/// `support.yml` and `glossary.yml`: the two content files that are lists rather than pages.
extension ContentLoader {
    func loadSupport(_ diagnostics: inout [Diagnostic]) -> [SupportContact] {
        // A missing file is not the loader's business: the site builder warns that pages will
        // have no contacts.
        guard let file = readYAMLFile("support.yml", as: SupportFields.self, &diagnostics) else { return [] }
        let itemLines = Self.keyLinesOfListItems(file.yaml, list: "contacts")
        var contacts: [SupportContact] = []
        for (index, fields) in file.fields.contacts.enumerated() {
            let lines = itemLines.indices.contains(index) ? itemLines[index] : [:]
            let startLine = lines.values.min() ?? 1
            func problem(_ key: String, _ message: String, hint: String? = nil) {
                diagnostics.append(file.located(.error, lines[key] ?? startLine, message, hint: hint))
            }
            let name = fields.name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { problem("name", "a contact's name is empty") }
            if fields.for.trimmingCharacters(in: .whitespaces).isEmpty { problem("for", "'for' is empty: say who the contact is for", hint: "for example 'if a child is in immediate danger'") }
            if fields.number == nil, fields.url == nil {
                problem("name", "contact '\(name)' has neither a number nor a url", hint: "add 'number: …' or 'url: https://…'")
            }
            if let number = fields.number, !Self.isPhoneNumber(number) {
                problem("number", "number '\(number)' may contain only digits, spaces and a leading '+'", hint: "write it as people dial it, e.g. \"0808 800 5000\"")
            }
            if let url = fields.url, let message = URLPolicy.problem(with: url, allowMailto: false) { problem("url", "url: \(message)") }
            if fields.link_text != nil, fields.url == nil { problem("link_text", "link_text is set but there is no url to link to") }
            if let message = URLPolicy.problem(with: fields.source, allowMailto: false) {
                problem("source", "source: \(message)", hint: "give the web page that states this number")
            }
            let contact = SupportContact(name: name, purpose: fields.for.trimmingCharacters(in: .whitespaces), number: fields.number, url: fields.url,
                                         linkText: fields.link_text, source: fields.source, checked: fields.checked, line: startLine)
            if let today {
                if contact.isStale(on: today) {
                    diagnostics.append(file.located(.warning, lines["checked"] ?? startLine,
                        "contact '\(name)' was last checked on \(contact.checked.long), more than \(SupportContact.maximumAgeInMonths) months ago",
                        hint: "check it against \(contact.source), then set 'checked: \(today.iso)'"))
                } else if today < contact.checked {
                    diagnostics.append(file.located(.warning, lines["checked"] ?? startLine, "contact '\(name)' is checked on \(contact.checked.long), which is after today",
                                                    hint: "write the date the number was checked"))
                }
            }
            contacts.append(contact)
        }
        return contacts
    }

    func loadGlossary(_ diagnostics: inout [Diagnostic]) -> [GlossaryEntry] {
        guard let file = readYAMLFile("glossary.yml", as: GlossaryFields.self, &diagnostics) else { return [] }
        let itemLines = Self.keyLinesOfListItems(file.yaml, list: "terms")
        var entries: [GlossaryEntry] = []
        // Keyed by the glossary page's anchor, which ignores case: "DfE" and "DFE" would share one.
        var seen: [String: (term: String, line: Int)] = [:]
        for (index, fields) in file.fields.terms.enumerated() {
            let lines = itemLines.indices.contains(index) ? itemLines[index] : [:]
            let line = lines["term"] ?? lines.values.min() ?? 1
            let term = fields.term.trimmingCharacters(in: .whitespaces)
            if !Self.isOneWord(term) {
                diagnostics.append(file.located(.error, line, "term '\(term)' must be one word of letters and digits",
                                                hint: "terms are abbreviations matched as whole words, such as 'CSE' or 'KC'"))
                continue
            }
            let anchor = Slug.make(from: term)
            if let first = seen[anchor] {
                let message = first.term == term ? "term '\(term)' is defined twice (first on line \(first.line))"
                    : "term '\(term)' differs only in case from '\(first.term)' (line \(first.line))"
                diagnostics.append(file.located(.error, line, message, hint: "keep one of them"))
                continue
            }
            seen[anchor] = (term, line)
            if fields.expansion.trimmingCharacters(in: .whitespaces).isEmpty {
                diagnostics.append(file.located(.error, lines["expansion"] ?? line, "term '\(term)' has an empty expansion"))
            }
            entries.append(GlossaryEntry(term: term, expansion: fields.expansion.trimmingCharacters(in: .whitespaces),
                                         definition: fields.definition.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return entries.sorted { $0.term.lowercased() < $1.term.lowercased() }
    }

    // MARK: Helpers

    struct YAMLFile<Fields> {
        var fields: Fields
        var yaml: String
        var path: String
        var lines: [Substring]

        func located(_ severity: Diagnostic.Severity, _ line: Int, _ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(severity, path, line: line, message, hint: hint, sourceLine: lines.indices.contains(line - 1) ? String(lines[line - 1]) : nil)
        }
    }

    /// Reads and decodes a YAML file of the content folder's root, or returns nil (with
    /// diagnostics when the file exists but is wrong).
    func readYAMLFile<Fields: FrontMatterFields>(_ name: String, as type: Fields.Type, _ diagnostics: inout [Diagnostic]) -> YAMLFile<Fields>? {
        let url = contentDirectory.appendingPathComponent(name)
        let path = "\(displayRoot)/\(name)"
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text: String
        switch TextFileReader().read(url, displayPath: path) {
        case .success(let value): text = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (fields, problems) = FrontMatterDecoder().decode(type, yaml: text, path: path, firstLine: 1, fileLines: lines)
        diagnostics += problems
        guard let fields else { return nil }
        return YAMLFile(fields: fields, yaml: text, path: path, lines: lines)
    }

    /// For `list: [ {key: …}, … ]`, the file line of every key of every item, so a problem
    /// found after decoding points at its own line.
    static func keyLinesOfListItems(_ yaml: String, list: String) -> [[String: Int]] {
        guard let root = try? Yams.compose(yaml: yaml), let items = root.mapping?.first(where: { $0.key.string == list })?.value.sequence else { return [] }
        let lineMap = YAMLLineMap(yaml)
        return items.map { item in
            var lines: [String: Int] = [:]
            for (key, _) in item.mapping ?? Node.Mapping([]) {
                if let name = key.string, let mark = key.mark { lines[name] = lineMap.position(of: mark).line }
            }
            return lines
        }
    }

    static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == " " } && digits.contains { $0.isNumber }
    }

    static func isOneWord(_ term: String) -> Bool {
        !term.isEmpty && term.allSatisfy { $0.isLetter || $0.isNumber }
    }
}
