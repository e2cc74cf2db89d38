/// What a build made, for the one-line summary that ends `dossier build`.
public struct BuildReport: Sendable {
    /// Pages by kind: the folder a page is in ("articles", "people", …), "home" for the home page
    /// and "index" for each folder's list page.
    public var pages: [String: Int]
    public var files: Int
    public var warnings: [Diagnostic]
    /// Nothing had changed since the last build: the site was left as it was.
    public var unchanged = false
    /// Pages whose key was the last build's: linked from the last site, not rendered again.
    public var pagesReused = 0
    /// Each step's outputs taken from the last build's cache rather than made again, by step
    /// ("analysed", "rendered", …).
    public var stepsReused: [String: Int] = [:]

    public init(pages: [String: Int], files: Int, warnings: [Diagnostic]) {
        self.pages = pages
        self.files = files
        self.warnings = warnings
    }

    public init(plan: SitePlan, warnings: [Diagnostic]) {
        self.init(paths: Array(plan.files.keys), warnings: warnings)
    }

    init(paths: [String], warnings: [Diagnostic]) {
        var pages: [String: Int] = [:]
        for path in paths where path.hasSuffix(".html") {
            let parts = path.split(separator: "/")
            let kind = parts.count == 1 ? "home" : parts.last == "index.html" ? "index" : String(parts[0])
            pages[kind, default: 0] += 1
        }
        self.init(pages: pages, files: paths.count, warnings: warnings)
    }

    /// "56 pages (5 articles, 4 briefings, 1 home, 3 index, 23 organisations, 20 people)".
    public var pageSummary: String {
        let kinds = pages.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        return "\(pages.values.reduce(0, +)) pages (\(kinds))"
    }
}
