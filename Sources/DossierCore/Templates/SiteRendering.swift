import Foundation

/// The site's files as work still to do. Run, it renders them on both cores and puts each into
/// a `FileStore` as soon as it is made: a staging folder for `build`, so the whole site is never
/// held in memory, or a `SitePlan` for `check` and `serve`.
struct SiteRendering: Sendable {
    var jobs: PageJobs
    let assets: [String: Data]
    let baseURL: String?

    func run(into store: some FileStore) throws(BuildFailure) {
        try jobs.run(into: store)
        if let baseURL {
            let pages = store.paths.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
            try store.add("sitemap.xml", Data(Sitemap(baseURL: baseURL, pages: pages).xml().utf8))
        }
        for path in assets.keys.sorted() { try store.add(path, assets[path]!) }
    }

    /// The whole site in memory.
    func plan(displayRoot: String) throws(BuildFailure) -> SitePlan {
        let collector = PlanCollector(displayRoot: displayRoot)
        try run(into: collector)
        return collector.collected
    }
}

/// The site's files as a list of independent pieces of work, run on both cores. One flat list,
/// because a parallel map inside another runs on one core (libdispatch does not nest them).
struct PageJobs: Sendable {
    private var jobs: [@Sendable () -> [(String, Data)]] = []

    /// One file: its path and text. The job turns its text into bytes itself, so no page is
    /// held both ways at once.
    mutating func add(_ job: @escaping @Sendable () -> (String, String)) {
        jobs.append {
            let (path, text) = job()
            return [(path, Data(text.utf8))]
        }
    }

    /// Several files made together.
    mutating func addFiles(_ job: @escaping @Sendable () -> [(String, String)]) {
        jobs.append { job().map { ($0.0, Data($0.1.utf8)) } }
    }

    /// A file already in bytes.
    mutating func addData(_ job: @escaping @Sendable () -> (String, Data)) {
        jobs.append { [job()] }
    }

    /// Runs every job, handing each file to `store` from the job's thread as soon as it is made.
    ///
    /// Jobs are handed out one at a time, and last first: the site-wide pages at the end of the
    /// list (packs, entity pages, the search index) are the largest, and started first they no
    /// longer leave one core working alone at the end while the many small article pages fill in.
    func run(into store: some FileStore) throws(BuildFailure) {
        let failures = Array(jobs.reversed()).parallelMap(chunkSize: 1) { job -> BuildFailure? in
            for (path, data) in job() {
                do throws(BuildFailure) { try store.add(path, data) } catch { return error }
            }
            return nil
        }
        // The failure of the job listed first, so a run reports the same one every time.
        if let failure = failures.reversed().lazy.compactMap({ $0 }).first { throw failure }
    }
}
