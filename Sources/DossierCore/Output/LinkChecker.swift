import Foundation

/// Checks every internal link of a site before it is published: each relative `href` or
/// `src` must name one of its files, and each `#fragment` an `id` on the target page. External
/// links (with a scheme, or `//host`) are not fetched: a build never touches the network.
///
/// A link that a template puts on every page would be reported once per page; such repeats are
/// folded into one diagnostic on the first page, saying how many other pages have it.
public struct LinkChecker: Sendable {
    /// The output folder as the user named it: diagnostics name `site/articles/x.html:12:40`.
    public let displayRoot: String

    public init(displayRoot: String) {
        self.displayRoot = displayRoot
    }

    /// What `serve` keeps of each page's check for the next: see `LinkCheckMemory`.
    var memory: LinkCheckMemory?

    public func check(_ site: some SiteFiles) -> [Diagnostic] {
        // Every page's ids first, on both cores: a link's fragment is checked against its
        // target's. Only the ids are kept; a page's links are scanned again when its run is
        // checked below, so the links of the whole site are never held at once (at N=10,000
        // they were over a million strings).
        let allPaths = site.sortedPaths
        let pages = allPaths.filter { $0.hasSuffix(".html") }
        let kept = memory?.entries(for: allPaths) ?? [:]
        // In small chunks: the big pages (entity pages, site-wide lists) sit together in the
        // sorted list, and one core was left scanning them alone.
        let scanned = pages.parallelMap(chunkSize: 16) { page -> (ids: Set<String>, unchanged: Bool) in
            if let entry = kept[page], entry.fingerprint == site.fingerprint(of: page) { return (entry.ids, true) }
            return (HTMLReferenceScanner.scan(site.contents(of: page)).ids, false)
        }
        let ids = Dictionary(uniqueKeysWithValues: zip(pages, scanned.map(\.ids)))
        // A page checked before, unchanged, has the same findings unless a page it links into
        // by fragment lost an id; or, for a page with findings (which a new id may mend), has
        // other ids. A page given a new paragraph only gains one.
        let idsChanged = Set(pages.indices.filter { index in kept[pages[index]].map { $0.ids != scanned[index].ids } ?? true })
        let idsLost = idsChanged.filter { index in kept[pages[index]].map { !$0.ids.isSubset(of: scanned[index].ids) } ?? true }
        let remembering = memory != nil
        let pageNumbers = remembering ? Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1, $0) }) : [:]

        // Resolving the links is the rest of the cost: on both cores, in runs of at most 64 pages
        // of one folder, each run with a cache, since pages in one folder share most links
        // (navigation, lists). Each run lists its findings in page order.
        let folders = pages.map { $0.split(separator: "/").dropLast().joined(separator: "/") }
        var runs: [Range<Int>] = []
        var start = 0
        while start < pages.count {
            var end = start + 1
            while end < pages.count, folders[end] == folders[start], end - start < 64 { end += 1 }
            runs.append(start..<end)
            start = end
        }
        let checked = runs.parallelMap(chunkSize: 1) { run in
            var cache: [String: Resolution] = [:]
            return run.map { index -> PageLinks in
                if scanned[index].unchanged, let links = kept[pages[index]]?.links,
                   links.fragmentTargets.allSatisfy({ !(links.findings.isEmpty ? idsLost : idsChanged).contains(Int($0)) }) {
                    return links
                }
                var findings: [(reference: HTMLReferenceScanner.Reference, finding: Finding)] = []
                var targets = Set<Int32>()
                for reference in HTMLReferenceScanner.scan(site.contents(of: pages[index])).references {
                    // A link to a spot on the same page ("#p2") depends on the page, not only its folder.
                    let cacheable = !(reference.value.isEmpty || reference.value.hasPrefix("#") || reference.value.hasPrefix("?"))
                    let resolution: Resolution
                    if cacheable, let cached = cache[reference.value] {
                        resolution = cached
                    } else {
                        resolution = resolve(reference, on: pages[index], in: site, ids: ids)
                        if cacheable { cache[reference.value] = resolution }
                    }
                    if let finding = resolution.finding { findings.append((reference, finding)) }
                    if remembering, let target = resolution.fragmentTarget, let number = pageNumbers[target] { targets.insert(Int32(number)) }
                }
                return PageLinks(findings: findings, fragmentTargets: targets.sorted())
            }
        }.flatMap { $0 }
        if let memory {
            memory.keep(Dictionary(uniqueKeysWithValues: pages.indices.map { index in
                (pages[index], LinkCheckMemory.Entry(fingerprint: site.fingerprint(of: pages[index]), ids: scanned[index].ids, links: checked[index]))
            }), for: allPaths)
        }
        let found = zip(pages.indices, checked).flatMap { index, links in links.findings.map { (index, $0.reference, $0.finding) } }

        // Keyed by what is wrong, so repeats fold together, into the first page's diagnostic.
        var problems: [String: Problem] = [:]
        var keys: [String] = []
        for (index, reference, finding) in found {
            if problems[finding.key] != nil {
                problems[finding.key]!.otherPages += 1
            } else {
                problems[finding.key] = Problem(page: index, offset: reference.offset, finding: finding)
                keys.append(finding.key)
            }
        }
        // As a compiler stops listing errors after a few dozen: a template that breaks one link
        // of a long list breaks hundreds of thousands, all the same mistake. Errors come first,
        // so a flood of warnings cannot push the error that stops the build into the count.
        let isError = { (key: String) in problems[key]!.finding.severity == .error }
        keys = keys.filter(isError) + keys.filter { !isError($0) }
        let listed = keys.prefix(Self.listedProblems).map { problems[$0]! }
        var diagnostics: [Diagnostic] = []
        for (page, onPage) in Dictionary(grouping: listed, by: \.page) {
            let onPage = onPage.sorted { $0.offset < $1.offset }
            let locations = HTMLReferenceScanner.locations(of: onPage.map(\.offset), in: Array(site.contents(of: pages[page])))
            for (problem, location) in zip(onPage, locations) {
                let finding = problem.finding
                var message = finding.message
                if problem.otherPages > 0 { message += " (and on \(problem.otherPages) other page\(problem.otherPages == 1 ? "" : "s"))" }
                diagnostics.append(Diagnostic(finding.severity, "\(displayRoot)/\(pages[page])", line: location.line, column: location.column,
                                              message, hint: hint(finding.hint, paths: allPaths, ids: ids), sourceLine: location.text))
            }
        }
        let unlisted = keys.dropFirst(Self.listedProblems).map { problems[$0]! }
        // Named after the last page with one, so it is read after those listed.
        if let last = unlisted.map(\.page).max() {
            let pageCount = Set(unlisted.map(\.page)).count
            diagnostics.append(Diagnostic(
                unlisted.contains { $0.finding.severity == .error } ? .error : .warning, "\(displayRoot)/\(pages[last])",
                "\(unlisted.count) more link problems on \(pageCount) page\(pageCount == 1 ? "" : "s") are not listed: only the first \(Self.listedProblems) are",
                hint: "they are most likely the mistake listed above, made by a template: fix it and build again"))
        }
        return diagnostics.sorted()
    }

    /// How many different link problems a check lists before only counting the rest.
    static let listedProblems = 100

    private struct Problem {
        var page: Int
        var offset: Int
        var finding: Finding
        var otherPages = 0
    }

    typealias Finding = (key: String, severity: Diagnostic.Severity, message: String, hint: Hint)

    /// What a finding's hint says. The closest name is looked for only for the problems listed:
    /// comparing each of thousands of missing pages a template broke links to with every path of
    /// the site took a minute at N = 1,000, and grows as the square of the site.
    enum Hint: Sendable {
        case text(String)
        case closestPage(to: String, from: String)
        case closestID(to: String, on: String)
    }

    private func hint(_ hint: Hint, paths: [String], ids: [String: Set<String>]) -> String? {
        switch hint {
        case .text(let text):
            text
        case .closestPage(let target, let page):
            Suggestion.closest(to: target, in: paths).map { "did you mean '\(Self.relative($0, from: page))'?" } ?? "check the file name"
        case .closestID(let fragment, let target):
            Suggestion.closest(to: fragment, in: (ids[target] ?? []).sorted()).map { "did you mean '#\($0)'?" }
        }
    }

    /// What is wrong with a page's links, and the pages, by number in the site's sorted HTML
    /// pages, whose ids its fragments were checked against.
    struct PageLinks: Sendable {
        var findings: [(reference: HTMLReferenceScanner.Reference, finding: Finding)]
        var fragmentTargets: [Int32]
    }

    /// What is wrong with a link, if anything, and the page whose ids its fragment was checked against.
    typealias Resolution = (finding: Finding?, fragmentTarget: String?)

    private func resolve(_ reference: HTMLReferenceScanner.Reference, on page: String, in site: some SiteFiles,
                         ids: [String: Set<String>]) -> Resolution {
        let value = Self.trimmed(reference.value)
        if value.isEmpty || value.hasPrefix("//") || Self.hasScheme(value) { return (nil, nil) }
        if value.hasPrefix("/") {
            return (("root:\(value)", .warning, "link '\(value)' starts with '/': it works only when the site is served from a domain's root",
                     .text("make it relative to the page, as every other link is")), nil)
        }
        // Found on the bytes: searching by `Character` was half the cost of the check.
        var rest = Substring(value)
        var fragment: String?
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = Self.percentDecoded(String(rest[rest.utf8.index(after: hash)...]))
            rest = rest[..<hash]
        }
        if let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) { rest = rest[..<question] }

        let target: String
        if rest.isEmpty {
            target = page
        } else {
            guard let decoded = Self.percentDecoded(String(rest)), let resolved = Self.resolve(decoded, from: page) else {
                return (("outside:\(value)", .error, "link '\(value)' points outside the site", .text("remove a '../'")), nil)
            }
            target = resolved
        }
        if !site.contains(target) {
            let folderIndex = (target.isEmpty || target.hasSuffix("/") ? target : target + "/") + "index.html"
            if site.contains(folderIndex) {
                return (("folder:\(target)", .warning, "link '\(value)' names a folder: it breaks when the site is opened from disk",
                         .text("link to '\(value.hasSuffix("/") ? value : value + "/")index.html'")), nil)
            }
            return (("missing:\(target)", .error, "broken link '\(value)': the site has no \(target)", .closestPage(to: target, from: page)), nil)
        }
        guard let fragment, !fragment.isEmpty, fragment != "top", let targetIDs = ids[target] else { return (nil, nil) }
        if targetIDs.contains(fragment) { return (nil, target) }
        // A same-page link from a template is on every page: one key for all of them.
        let samePage = rest.isEmpty
        return ((samePage ? "fragment:#\(fragment)" : "fragment:\(target)#\(fragment)", .error,
                 "broken link '\(value)': \(samePage ? "the page" : target) has no element with id '\(fragment)'", .closestID(to: fragment, on: target)), target)
    }

    /// `trimmingCharacters(in: .whitespaces)`, without Foundation for the usual value, which
    /// starts and ends with a printable ASCII character (Foundation's was a third of the check).
    static func trimmed(_ value: String) -> String {
        func plain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") }
        guard let first = value.utf8.first, let last = value.utf8.last, plain(first), plain(last) else {
            return value.trimmingCharacters(in: .whitespaces)
        }
        return value
    }

    /// `removingPercentEncoding`, without Foundation when there is nothing to decode.
    static func percentDecoded(_ value: String) -> String? {
        value.utf8.contains(UInt8(ascii: "%")) ? value.removingPercentEncoding : value
    }

    /// `../people/x.html` seen from `articles/a.html` → `people/x.html`; nil when it climbs out.
    /// Split on the byte, as a browser resolves a URL: a slash followed by a combining mark
    /// still separates two segments, though it joins them in one `Character`.
    static func resolve(_ link: String, from page: String) -> String? {
        let slash = UInt8(ascii: "/")
        var components = page.utf8.split(separator: slash).dropLast().map { Substring($0) }
        for part in link.utf8.split(separator: slash, omittingEmptySubsequences: false) {
            if part.elementsEqual("..".utf8) {
                guard !components.isEmpty else { return nil }
                components.removeLast()
            } else if !part.isEmpty, !part.elementsEqual(".".utf8) {
                components.append(Substring(part))
            }
        }
        return components.joined(separator: "/") + (link.utf8.last == slash && !components.isEmpty ? "/" : "")
    }

    /// The inverse of `resolve`, for hints written as the page would write them.
    static func relative(_ target: String, from page: String) -> String {
        let depth = page.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + target
    }

    /// On bytes: a scheme is ASCII, and any other byte (of a combining mark, say) rules one out,
    /// as the `Character` it would join would not be ASCII.
    static func hasScheme(_ value: String) -> Bool {
        func letter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        let bytes = value.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, letter(first) else { return false }
        return bytes[..<colon].allSatisfy {
            letter($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}
