import Foundation
import Mustache

/// The user-editable templates in `templates/`, loaded once. Parse errors name the file, line
/// and column; a page whose template is missing is an error, not an empty file.
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    public let names: Set<String>
    /// Files under `templates/assets/` are copied into the site as they are.
    public let assets: [String: Data]
    /// Each template's text, for the language check of the dossier's own words.
    public let sourceTexts: [ContentText]
    /// Every template's name and text: part of every page's key, since a page may use any
    /// partial.
    let key: PageKey

    public static let requiredTemplates = ["home", "article", "articles", "topic", "pack", "person", "people", "organisation", "organisations",
                                           "search", "glossary", "about", "accessibility", "404"]

    public init(directory: URL, displayRoot: String) throws(BuildFailure) {
        TemplateEscaping.registered
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var assets: [String: Data] = [:]
        var sourceTexts: [ContentText] = []
        var keyHasher = ContentHasher()
        let root = directory.standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw BuildFailure([.error(displayRoot, "templates folder not found", hint: "pass --templates DIR")])
        }
        var files: [URL] = []
        for case let url as URL in enumerator { files.append(url) }
        for url in files.sorted(by: { $0.path < $1.path }) {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let displayPath = "\(displayRoot)/\(relative)"
            if relative.hasPrefix("assets/") {
                if let problem = Slug.assetPathProblem(relative) {
                    diagnostics.append(.error(displayPath, problem))
                } else if let data = try? Data(contentsOf: url) {
                    assets[relative] = data
                }
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let name = String(relative.dropLast(".mustache".count))
            switch TextFileReader().read(url, displayPath: displayPath) {
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            case .success(let text):
                sourceTexts.append(ContentText(path: displayPath, firstLine: 1, text: text))
                name.contentHash(into: &keyHasher)
                text.contentHash(into: &keyHasher)
                do {
                    // On a line of its own: a standalone tag's line renders as nothing, and the
                    // template's first line keeps its own standalone tags. Error lines are
                    // counted without it.
                    templates[name] = try MustacheTemplate(string: TemplateEscaping.pragma + "\n" + text)
                } catch let error as MustacheTemplate.ParserError {
                    diagnostics.append(Diagnostic(.error, displayPath, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber + 1,
                                                  "template syntax: \(Self.describe(error.error))", sourceLine: error.context.line))
                } catch {
                    diagnostics.append(.error(displayPath, "template syntax: \(error)"))
                }
            }
        }
        for name in Self.requiredTemplates where templates[name] == nil {
            diagnostics.append(.error("\(displayRoot)/\(name).mustache", "missing template", hint: "every dossier needs \(Self.requiredTemplates.map { "\($0).mustache" }.joined(separator: ", "))"))
        }
        try diagnostics.throwIfErrors()
        self.library = MustacheLibrary(templates: templates)
        self.names = Set(templates.keys)
        self.assets = assets
        self.sourceTexts = sourceTexts
        key = keyHasher.key
    }

    public func render(_ context: Any, with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a different name than it was opened"
        case .unfinishedName?: return "a tag is not closed with '}}'"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        default: return "\(error)"
        }
    }
}

extension Slug {
    static func assetPathProblem(_ path: String) -> String? {
        path.split(separator: "/").contains { $0 == ".." || $0.hasPrefix(".") } ? "asset paths may not contain hidden parts or '..'" : nil
    }
}
