import Foundation

/// The first stage: reads `content/` from disk into plain values, reporting every problem in
/// every file before giving up. Nothing after this stage reads the content folder.
public struct ContentLoader: Sendable {
    public let contentDirectory: URL
    /// How paths appear in diagnostics: the folder as the user named it.
    public let displayRoot: String
    /// The build's date by the wall clock, only to warn about support contacts that have not
    /// been checked for months; nil skips that check. Nothing loaded depends on it.
    public let today: Day?
    /// Each article as read by an earlier build of this process (`serve`), by file stamp.
    var memo: StepMemo<Never?, FileStamp, LoadedArticle>?

    public init(contentDirectory: URL, displayRoot: String? = nil, today: Day? = nil) {
        self.contentDirectory = contentDirectory.standardizedFileURL
        self.displayRoot = displayRoot ?? contentDirectory.path
        self.today = today
    }

    public func load() throws(BuildFailure) -> (Content, warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw BuildFailure([.error(displayRoot, "content folder not found", hint: "run dossier in the folder that holds content/, or pass --content DIR")])
        }

        let config = loadConfig(&diagnostics)
        let safeguarding = loadSafeguarding(&diagnostics)
        let articleFiles = files(in: "articles", extensions: Self.articleExtensions, &diagnostics)
        let articles = loadEach(articleFiles, loadArticleOrTakeItAsRead, &diagnostics)
        memo?.keep(only: Set(articleFiles.map(\.displayPath)))
        let topics = loadEach(files(in: "topics", extensions: ["md"], &diagnostics), loadTopic, &diagnostics)
        let people = loadEach(files(in: "people", extensions: ["md"], &diagnostics), loadPerson, &diagnostics)
        let organisations = loadEach(files(in: "organisations", extensions: ["md"], &diagnostics), loadOrganisation, &diagnostics)
        let support = loadSupport(&diagnostics)
        let glossary = loadGlossary(&diagnostics)

        try diagnostics.throwIfErrors()
        guard let config else { throw BuildFailure(diagnostics) }
        let content = Content(config: config, articles: articles, topics: topics.sorted { ($0.order, $0.slug) < ($1.order, $1.slug) },
                              people: people, organisations: organisations, safeguarding: safeguarding, support: support, glossary: glossary)
        return (content, diagnostics.sorted())
    }

    /// The articles alone, read again, without their problems (`load` reported them): for the
    /// output guard, which needs the pasted text only to name the line a withheld phrase is on.
    public func loadArticles() -> [ArticleSource] {
        var ignored: [Diagnostic] = []
        return loadEach(files(in: "articles", extensions: Self.articleExtensions, &ignored), loadArticle, &ignored)
    }

    static let articleExtensions: Set<String> = ["md", "txt"]

    /// One file of the articles folder read again, for `ArticlePreview`: nil when it is not a
    /// plain article file there any more or has any problem, which the full build reports.
    func readArticleAgain(named name: String) -> ArticleSource? {
        let folder = contentDirectory.appendingPathComponent("articles", isDirectory: true)
        let root = contentDirectory.resolvingSymlinksInPath().standardizedFileURL.path
        let folderIsInside = (folder.resolvingSymlinksInPath().standardizedFileURL.path + "/").hasPrefix(root + "/")
        let url = folder.appendingPathComponent(name)
        let ext = url.pathExtension.lowercased()
        guard Self.articleExtensions.contains(ext), confinementProblem(url, root: root, folderIsInside: folderIsInside) == nil else { return nil }
        var diagnostics: [Diagnostic] = []
        let file = ContentFile(url: url, slug: String(name.dropLast(ext.count + 1)), displayPath: "\(displayRoot)/articles/\(name)")
        let article = loadArticle(file, &diagnostics)
        return diagnostics.errors.isEmpty ? article : nil
    }

    // MARK: Files

    /// Loads files of one kind on both cores; values and diagnostics come back in file order.
    private func loadEach<Value: Sendable>(_ files: [ContentFile], _ load: @Sendable (ContentFile, inout [Diagnostic]) -> Value?,
                                           _ diagnostics: inout [Diagnostic]) -> [Value] {
        let loaded = files.parallelMap { file -> (Value?, [Diagnostic]) in
            var found: [Diagnostic] = []
            let value = load(file, &found)
            return (value, found)
        }
        diagnostics += loaded.flatMap(\.1)
        return loaded.compactMap(\.0)
    }

    struct ContentFile: Sendable {
        var url: URL
        var slug: String
        var displayPath: String
    }

    private func files(in folder: String, extensions: Set<String>, _ diagnostics: inout [Diagnostic]) -> [ContentFile] {
        let directory = contentDirectory.appendingPathComponent(folder, isDirectory: true)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var seen: [String: String] = [:]
        var result: [ContentFile] = []
        let root = contentDirectory.resolvingSymlinksInPath().standardizedFileURL.path
        let folderIsInside = (directory.resolvingSymlinksInPath().standardizedFileURL.path + "/").hasPrefix(root + "/")
        // Each URL is made from a path marked as a file's: `appendingPathComponent` asks the disk
        // whether each name is a folder, 0.09 s of the 0.25 s the listing took at N = 10,000.
        let directoryPath = directory.path + "/"
        for name in names.sorted() where !name.hasPrefix(".") {
            let url = URL(filePath: directoryPath + name, directoryHint: .notDirectory)
            let displayPath = "\(displayRoot)/\(folder)/\(name)"
            let ext = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
            guard extensions.contains(ext) else {
                if !name.hasSuffix("~") {
                    diagnostics.append(.warning(displayPath, "ignored: only \(extensions.sorted().map { ".\($0)" }.joined(separator: " and ")) files are read here"))
                }
                continue
            }
            if let problem = confinementProblem(url, root: root, folderIsInside: folderIsInside) {
                diagnostics.append(.error(displayPath, problem, hint: "copy the file into the content folder instead of linking to it"))
                continue
            }
            let slug = String(name.dropLast(ext.count + 1))
            if let problem = Slug.problem(with: slug) {
                diagnostics.append(.error(displayPath, problem, hint: "rename the file to '\(Slug.make(from: slug)).\(ext)'"))
                continue
            }
            if let other = seen[slug] {
                diagnostics.append(.error(displayPath, "duplicate slug '\(slug)': \(other) has the same name", hint: "rename one of them"))
                continue
            }
            seen[slug] = displayPath
            result.append(ContentFile(url: url, slug: slug, displayPath: displayPath))
        }
        return result
    }

    /// A symbolic link may not lead outside the content folder: a dossier must not publish
    /// whatever file a link happens to point at. A plain file (`lstat`) in a folder inside the
    /// content folder is inside it too: only the rest is resolved, a dozen system calls each.
    private func confinementProblem(_ url: URL, root: String, folderIsInside: Bool) -> String? {
        var info = stat()
        if folderIsInside, lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG { return nil }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        if !resolved.hasPrefix(root + "/") { return "symbolic link to a file outside the content folder (\(resolved))" }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder), isFolder.boolValue { return "is a folder, not a file" }
        return nil
    }

    private struct ParsedFile<Fields> {
        var fields: Fields?
        var frontMatter: FrontMatter
        var lines: [Substring]
    }

    private func read<Fields: FrontMatterFields>(_ file: ContentFile, as type: Fields.Type, requireFrontMatter: Bool,
                                                 _ diagnostics: inout [Diagnostic]) -> ParsedFile<Fields>? {
        let text: String
        switch TextFileReader().read(file.url, displayPath: file.displayPath) {
        case .success(let value): text = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        // Split on the byte, as libyaml and cmark count lines: a `Character` split would keep a
        // line feed followed by a combining mark inside one line (and is three times slower).
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let value): frontMatter = value
        case .failure:
            diagnostics.append(Diagnostic(.error, file.displayPath, line: 1, "front matter opened with '---' is never closed",
                                          hint: "add a line '---' after the last key", sourceLine: "---"))
            return nil
        }
        guard let yaml = frontMatter.yaml else {
            if requireFrontMatter {
                diagnostics.append(.error(file.displayPath, line: 1, "missing front matter", hint: "start the file with '---', the keys, then '---'"))
                return nil
            }
            return ParsedFile(fields: nil, frontMatter: frontMatter, lines: lines)
        }
        let (fields, problems) = FrontMatterDecoder().decode(type, yaml: yaml, path: file.displayPath, firstLine: frontMatter.yamlFirstLine, fileLines: lines)
        diagnostics += problems
        guard let fields else { return nil }
        return ParsedFile(fields: fields, frontMatter: frontMatter, lines: lines)
    }

    /// The line a key is on, for problems found after decoding (a bad URL, an empty name).
    private func line(of key: String, in parsed: ParsedFile<some Any>) -> Int {
        keyLines(parsed)[key] ?? 1
    }

    /// The line of the body's first non-blank line: bodies are stored trimmed.
    private func textFirstLine(_ frontMatter: FrontMatter) -> Int {
        frontMatter.bodyFirstLine + frontMatter.body.prefix { $0 == "\n" || $0 == " " || $0 == "\t" }.filter { $0 == "\n" }.count
    }

    private func keyLines(_ parsed: ParsedFile<some Any>) -> [String: Int] {
        var lines: [String: Int] = [:]
        let end = min(parsed.frontMatter.bodyFirstLine - 1, parsed.lines.count)
        for index in 0..<end {
            let line = parsed.lines[index]
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), !line.hasPrefix("#") else { continue }
            let key = String(line[..<colon])
            if lines[key] == nil { lines[key] = index + 1 }
        }
        return lines
    }

    // MARK: Kinds of file

    private func loadConfig(_ diagnostics: inout [Diagnostic]) -> DossierConfig? {
        let path = "\(displayRoot)/dossier.yml"
        guard FileManager.default.fileExists(atPath: contentDirectory.appendingPathComponent("dossier.yml").path) else {
            diagnostics.append(.error(path, "missing: every dossier needs a dossier.yml", hint: "create it with 'title: …', 'description: …' and 'language: en-GB'"))
            return nil
        }
        guard let file = readYAMLFile("dossier.yml", as: ConfigFields.self, &diagnostics) else { return nil }
        let fields = file.fields, lines = file.lines
        if let base = fields.base_url, let problem = URLPolicy.problem(with: base, allowMailto: false) {
            diagnostics.append(.error(path, line: lines.firstIndex { $0.hasPrefix("base_url:") }.map { $0 + 1 }, "base_url: \(problem)",
                                      hint: "write the site's full address, such as https://example.org/dossier/"))
        }
        var contact: Contact?
        if let value = fields.contact?.trimmingCharacters(in: .whitespaces) {
            contact = Self.contact(value)
            if contact == nil {
                diagnostics.append(.error(path, line: lines.firstIndex { $0.hasPrefix("contact:") }.map { $0 + 1 },
                                          "contact: '\(value)' is neither an email address nor an https:// or http:// address",
                                          hint: "for example 'contact: dossier@example.org'"))
            }
        }
        if let description = fields.description {
            // A YAML value: its lines are counted from its key's line, near enough to find it.
            let keyLine = (lines.firstIndex { $0.hasPrefix("description:") } ?? 0) + 1
            if let problem = MarkdownLimits.problem(in: description, path: path, firstLine: keyLine, fileLines: lines) {
                diagnostics.append(problem)
            }
        }
        var config = DossierConfig(title: fields.title, description: fields.description ?? "", language: fields.language ?? "en-GB",
                                   baseURL: fields.base_url.map { $0.hasSuffix("/") ? $0 : $0 + "/" }, allowRawHTML: fields.allow_raw_html ?? false,
                                   contact: contact)
        config.linkEveryMention = fields.link_every_mention ?? false
        if let size = fields.list_page_size {
            if size < 1 {
                diagnostics.append(.error(path, line: lines.firstIndex { $0.hasPrefix("list_page_size:") }.map { $0 + 1 },
                                          "list_page_size: \(size) leaves no room for any item", hint: "give a number of items per page, such as 'list_page_size: 100'"))
            } else {
                config.listPageSize = size
            }
        }
        return config
    }

    /// An email address (one '@', no spaces or brackets) or a web address.
    static func contact(_ value: String) -> Contact? {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return URLPolicy.problem(with: value, allowMailto: false) == nil ? .webPage(value) : nil
        }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let forbidden: Set<Character> = [" ", "<", ">", "\"", "'", "(", ")", ",", ";", ":", "\\"]
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !value.contains(where: { forbidden.contains($0) }) else { return nil }
        return .email(value)
    }

    /// An article file as read: the article, unless it could not be, and what was wrong.
    struct LoadedArticle {
        var article: ArticleSource?
        var diagnostics: [Diagnostic]
    }

    /// An article file whose size, times and inode are those it had when read before is taken
    /// as read then, without reading or parsing it again.
    private func loadArticleOrTakeItAsRead(_ file: ContentFile, _ diagnostics: inout [Diagnostic]) -> ArticleSource? {
        guard let memo, let stamp = FileStamp(file.url.path) else { return loadArticle(file, &diagnostics) }
        let loaded = memo.output(file.displayPath, for: stamp) {
            var found: [Diagnostic] = []
            return LoadedArticle(article: loadArticle(file, &found), diagnostics: found)
        }
        diagnostics += loaded.diagnostics
        return loaded.article
    }

    private func loadArticle(_ file: ContentFile, _ diagnostics: inout [Diagnostic]) -> ArticleSource? {
        guard let parsed = read(file, as: ArticleFields.self, requireFrontMatter: false, &diagnostics) else { return nil }
        let fields = parsed.fields
        if parsed.frontMatter.body.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(.error(file.displayPath, line: parsed.frontMatter.bodyFirstLine, "the article has no text", hint: "paste the article under the front matter"))
            return nil
        }
        if let url = fields?.url, let problem = URLPolicy.problem(with: url, allowMailto: false) {
            diagnostics.append(.error(file.displayPath, line: line(of: "url", in: parsed), "url: \(problem)",
                                      hint: "copy the address from the browser's address bar, starting https://"))
            return nil
        }
        return ArticleSource(slug: file.slug, path: file.displayPath, keyLines: keyLines(parsed), title: fields?.title, source: fields?.source, author: fields?.author,
                             published: fields?.published, url: fields?.url, topics: fields?.topics ?? [], excludedTopics: fields?.exclude_topics ?? [], draft: fields?.draft ?? false,
                             body: parsed.frontMatter.body, bodyFirstLine: parsed.frontMatter.bodyFirstLine)
    }

    private func loadTopic(_ file: ContentFile, _ diagnostics: inout [Diagnostic]) -> Topic? {
        guard let parsed = read(file, as: TopicFields.self, requireFrontMatter: true, &diagnostics), let fields = parsed.fields else { return nil }
        if let problem = MarkdownLimits.problem(in: parsed.frontMatter.body, path: file.displayPath, firstLine: parsed.frontMatter.bodyFirstLine, fileLines: parsed.lines) {
            diagnostics.append(problem)
            return nil
        }
        var rules = TopicRules()
        if let match = fields.match {
            rules.phrases = (match.phrases ?? [:]).sorted { $0.key < $1.key }.map { TopicRules.WeightedPhrase(phrase: $0.key, weight: $0.value) }
            rules.together = match.together ?? []
            rules.exclude = match.exclude ?? []
            rules.requires = match.requires ?? []
            rules.threshold = match.threshold ?? rules.threshold
        }
        return Topic(slug: file.slug, path: file.displayPath, bodyFirstLine: textFirstLine(parsed.frontMatter), keyLines: keyLines(parsed), title: fields.title, order: fields.order ?? 1000,
                     lede: parsed.frontMatter.body.trimmingCharacters(in: .whitespacesAndNewlines), rules: rules)
    }

    private func loadPerson(_ file: ContentFile, _ diagnostics: inout [Diagnostic]) -> Person? {
        guard let parsed = read(file, as: PersonFields.self, requireFrontMatter: true, &diagnostics), let fields = parsed.fields else { return nil }
        if let problem = MarkdownLimits.problem(in: parsed.frontMatter.body, path: file.displayPath, firstLine: parsed.frontMatter.bodyFirstLine, fileLines: parsed.lines) {
            diagnostics.append(problem)
            return nil
        }
        let roles = (fields.roles ?? []).map { Role(title: $0.title, organisation: $0.organisation, from: $0.from, until: $0.until) }
        for role in roles {
            if let from = role.from, let until = role.until, until < from {
                diagnostics.append(.error(file.displayPath, line: line(of: "roles", in: parsed), "role '\(role.title)' ends (\(until)) before it starts (\(from))", hint: "swap 'from' and 'until'"))
            }
        }
        return Person(slug: file.slug, path: file.displayPath, bodyFirstLine: textFirstLine(parsed.frontMatter), keyLines: keyLines(parsed),
                      name: fields.name, aliases: fields.aliases ?? [], roles: roles,
                      description: parsed.frontMatter.body.trimmingCharacters(in: .whitespacesAndNewlines), survivor: fields.survivor ?? false)
    }

    private func loadOrganisation(_ file: ContentFile, _ diagnostics: inout [Diagnostic]) -> Organisation? {
        guard let parsed = read(file, as: OrganisationFields.self, requireFrontMatter: true, &diagnostics), let fields = parsed.fields else { return nil }
        if let problem = MarkdownLimits.problem(in: parsed.frontMatter.body, path: file.displayPath, firstLine: parsed.frontMatter.bodyFirstLine, fileLines: parsed.lines) {
            diagnostics.append(problem)
            return nil
        }
        return Organisation(slug: file.slug, path: file.displayPath, bodyFirstLine: textFirstLine(parsed.frontMatter), keyLines: keyLines(parsed), name: fields.name, aliases: fields.aliases ?? [], kind: fields.kind,
                            parent: fields.parent, description: parsed.frontMatter.body.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// What tells a file changed without reading it: the file's size, modification and change
/// times to the nanosecond, and inode (an editor that saves by renaming gives a new inode).
struct FileStamp: Equatable, Sendable {
    var size: Int
    var modified: timespec
    var changed: timespec
    var inode: UInt

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
        inode = UInt(info.st_ino)
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.size == b.size && a.inode == b.inode && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
