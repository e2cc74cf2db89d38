import Foundation

/// What `serve` keeps of each page's link check for the next build: its bytes, its ids, what is
/// wrong with its links and the pages its fragments point into. A page whose bytes are unchanged
/// is not scanned for ids again, and keeps its findings while those pages keep their ids. Every
/// finding also depends on which files the site has, so a site with other paths forgets them all.
public final class LinkCheckMemory: @unchecked Sendable {
    // @unchecked: the stored properties are only touched under `lock`.
    private let lock = NSLock()
    private var paths: [String] = []
    private var byPage: [String: Entry] = [:]

    struct Entry: Sendable {
        var bytes: Data
        var ids: Set<String>
        var links: LinkChecker.PageLinks
    }

    public init() {}

    /// The pages kept from a site with exactly these paths; none for any other.
    func entries(for paths: [String]) -> [String: Entry] {
        lock.withLock { self.paths == paths ? byPage : [:] }
    }

    func keep(_ entries: [String: Entry], for paths: [String]) {
        lock.withLock {
            self.paths = paths
            byPage = entries
        }
    }
}
