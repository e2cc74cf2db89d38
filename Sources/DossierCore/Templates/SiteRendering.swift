import Foundation

/// The site's files as work still to do. Run, it renders them on both cores and puts each into
/// a `FileStore` as soon as it is made: a staging folder for `build`, so the whole site is never
/// held in memory, or a `SitePlan` for `check` and `serve`.
struct SiteRendering: Sendable {
    var jobs: PageJobs
    let assets: [String: Data]
    let baseURL: String?
    /// What the pages are made from, kept for `ArticlePreview`.
    let content: SiteContent

    func run(into store: some FileStore) throws(BuildFailure) {
        try jobs.run(into: store)
        if let baseURL {
            let pages = store.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
            try store.add("sitemap.xml", Data(Sitemap(baseURL: baseURL, pages: pages).xml().utf8))
        }
        for path in assets.keys.sorted() { try store.add(path, assets[path]!) }
    }

    /// The whole site in memory; pages whose key is unchanged since `previous` are taken from it.
    func plan(displayRoot: String, previous: SitePlan? = nil) throws(BuildFailure) -> SitePlan {
        let collector = PlanCollector(displayRoot: displayRoot, previous: previous)
        try run(into: collector)
        return collector.collected
    }
}

/// One file of the site, not made yet: its path, its key when it is a page, and how to make it.
struct SiteFile: Sendable {
    let path: String
    /// What the file is made from (see `PageKey`); nil for files that are always made.
    let key: PageKey?
    let contents: Contents

    enum Contents: Sendable {
        case whole(@Sendable () -> Data)
        /// Handed to the store in pieces as it is made, never held whole: for the few files that
        /// grow with the corpus to tens of megabytes (the search index, the data files).
        case streamed(@Sendable (@escaping ByteSink) -> Void)
    }

    init(path: String, key: PageKey?, make: @escaping @Sendable () -> Data) {
        self.path = path
        self.key = key
        self.contents = .whole(make)
    }

    init(path: String, streaming write: @escaping @Sendable (@escaping ByteSink) -> Void) {
        self.path = path
        self.key = nil
        self.contents = .streamed(write)
    }

    /// A file made already, as text.
    init(_ path: String, _ text: String) {
        self.init(path: path, key: nil) { Data(text.utf8) }
    }
}

/// The site's files as a list of independent pieces of work, run on both cores. One flat list,
/// because a parallel map inside another runs on one core (libdispatch does not nest them).
struct PageJobs: Sendable {
    private var jobs: [@Sendable () -> [SiteFile]] = []
    private var large: [@Sendable () -> SiteFile] = []

    mutating func add(_ job: @escaping @Sendable () -> SiteFile) {
        jobs.append { [job()] }
    }

    /// Several files made together.
    mutating func addFiles(_ job: @escaping @Sendable () -> [SiteFile]) {
        jobs.append(job)
    }

    /// A file that grows with the corpus to tens of megabytes (the search index, the data
    /// files): streamed to the store, and made one after another by one job started first, so
    /// that no two are being made at once.
    mutating func addLarge(_ path: String, _ write: @escaping @Sendable (@escaping ByteSink) -> Void) {
        large.append { SiteFile(path: path, streaming: write) }
    }

    /// Runs every job, handing each file to `store` from the job's thread as soon as it is made;
    /// a page whose key the store has from the last build is not rendered at all.
    ///
    /// Jobs are handed out one at a time, and last first: the site-wide pages at the end of the
    /// list (packs, entity pages, the search index) are the largest, and started first they no
    /// longer leave one core working alone at the end while the many small article pages fill in.
    func run(into store: some FileStore) throws(BuildFailure) {
        let large = self.large
        let all = large.isEmpty ? jobs : jobs + [{ large.map { $0() } }]
        let failures = Array(all.reversed()).parallelMap(chunkSize: 1) { job -> BuildFailure? in
            for file in job() {
                do throws(BuildFailure) {
                    if let key = file.key, try store.reuse(file.path, key: key) { continue }
                    // Rendered only now that the store has turned down the last build's file.
                    switch file.contents {
                    case .whole(let make): try store.add(file.path, make(), key: file.key)
                    case .streamed(let write): try store.add(file.path, streaming: write)
                    }
                } catch {
                    return error
                }
            }
            return nil
        }
        // The failure of the job listed first, so a run reports the same one every time.
        if let failure = failures.reversed().lazy.compactMap({ $0 }).first { throw failure }
    }
}
