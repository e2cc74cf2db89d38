import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `dossier new`: writes a content file with the right front matter and file name, as Hugo's
/// archetypes do, and never overwrites anything.
public struct ContentScaffold: Sendable {
    public let contentDirectory: URL
    /// How paths appear in messages: the content folder as the user named it.
    public let displayRoot: String

    public init(contentDirectory: URL, displayRoot: String) {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot
    }

    /// Writes the file and returns its display path. `today` dates a new article's file name and
    /// `published` key: scaffolding, not output, so the wall clock is fine here.
    public func create(_ kind: ContentKind, named name: String, today: Day) throws(BuildFailure) -> String {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Slug.make(from: name)
        guard !name.isEmpty, slug != "untitled" || name.lowercased() == "untitled" else {
            throw BuildFailure([.error(displayRoot, "the name '\(name)' has no letters or digits to make a file name from",
                                       hint: "give the \(kind.rawValue) a name, such as \(Self.example(kind))")])
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BuildFailure([.error(displayRoot, "content folder not found", hint: "run dossier in the folder that holds content/, or pass --content DIR")])
        }
        let folder = contentDirectory.appendingPathComponent(kind.folder, isDirectory: true)
        let fileSlug = kind == .article ? "\(today.iso)-\(slug)" : slug
        let fileName = "\(fileSlug).\(kind.fileExtension)"
        let displayPath = "\(displayRoot)/\(kind.folder)/\(fileName)"

        // Another extension with the same slug would be a duplicate page: refuse that too.
        for ext in ["md", "txt"] where FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(fileSlug).\(ext)").path) {
            let existing = "\(displayRoot)/\(kind.folder)/\(fileSlug).\(ext)"
            throw BuildFailure([.error(existing, "already exists: dossier new never overwrites a file",
                                       hint: "edit \(existing), or choose another name")])
        }
        let text = Self.text(for: kind, name: name, today: today, order: kind == .topic ? nextTopicOrder() : 0)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // O_EXCL: even a file created a moment ago by someone else is not overwritten.
            let descriptor = open(folder.appendingPathComponent(fileName).path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw BuildFailure([.error(displayPath, "could not write the file: \(SiteWriter.describe(error))",
                                       hint: "check that the folder exists and is writable")])
        }
        return displayPath
    }

    /// The file's text: front matter with every key the kind takes, and comments where a value
    /// needs explaining. Values are double-quoted so names with ':' or '#' stay valid YAML.
    public static func text(for kind: ContentKind, name: String, today: Day, order: Int) -> String {
        let quoted = "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        switch kind {
        case .article:
            return """
                ---
                title: \(quoted)
                source:                       # the publication, e.g. BBC News
                author:                       # the byline, if there is one
                published: \(today.iso)         # YYYY-MM-DD, the date the article was published
                # url: https://…              # where it was published (http or https)
                # topics: [national-audit]    # optional: pins the article to topics (their file names)
                # Paste the article's text below the closing '---' line, exactly as copied from the web page.
                ---

                """
        case .person:
            return """
                ---
                name: \(quoted)
                aliases: []                   # other names the articles use, e.g. ["Ms Smith", "Smith"]
                roles: []
                # roles:
                #   - title: Minister for Safeguarding
                #     organisation: home-office   # an organisation's file name in organisations/
                #     from: 2024-07-08            # optional, YYYY-MM-DD
                #     until: 2025-09-05           # optional, YYYY-MM-DD
                # Below the closing '---': a short description in Markdown.
                ---

                """
        case .organisation:
            return """
                ---
                name: \(quoted)
                aliases: []                   # other names and acronyms, e.g. ["NPCC"]
                kind:                         # one of: government, parliament, council, police, inquiry, charity, public-body, political-party
                # parent: home-office         # optional: the file name of the organisation it belongs to
                # Below the closing '---': a short description in Markdown.
                ---

                """
        case .topic:
            return """
                ---
                title: \(quoted)
                order: \(order)                      # position on the home page, lowest first
                # Below the closing '---': the editor's lede in Markdown, two or three sentences saying what
                # this briefing covers. It opens the topic's page and introduces it on the home page.
                ---

                """
        }
    }

    /// One more than the highest `order:` of the existing topics, so a new topic goes last.
    func nextTopicOrder() -> Int {
        let folder = contentDirectory.appendingPathComponent(ContentKind.topic.folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var highest = 0
        for name in names where name.hasSuffix(".md") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n").prefix(40) where line.hasPrefix("order:") {
                let value = line.dropFirst("order:".count).prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
                if let order = Int(value) { highest = max(highest, order) }
            }
        }
        return highest + 1
    }

    static func example(_ kind: ContentKind) -> String {
        switch kind {
        case .article: "\"Council leaders urge victims to come forward\""
        case .person: "\"Jess Phillips\""
        case .organisation: "\"Home Office\""
        case .topic: "\"National audit\""
        }
    }
}
