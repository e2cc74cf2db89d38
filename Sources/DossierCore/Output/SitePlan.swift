import Foundation

/// A site's files by path relative to its root: what the link check and the output guard read,
/// whether the files are held in memory (`SitePlan`) or already staged on disk (`StagingFolder`).
public protocol SiteFiles: Sendable {
    var sortedPaths: [String] { get }
    func contains(_ path: String) -> Bool
    func contents(of path: String) -> Data
    /// What tells a file changed without reading it, where that is cheaper than its bytes.
    func fingerprint(of path: String) -> FileFingerprint
}

/// A file's bytes, in memory; or, on disk, its size and content hash from the site's manifest.
public enum FileFingerprint: Equatable, Sendable {
    case bytes(Data)
    case hashed(size: Int, hash: UInt64)
}

/// Everything the site will contain, as relative path → bytes, held in memory: what `check` and
/// `serve` use, and what tests look at. `build` streams the same files to disk instead.
public struct SitePlan: SiteFiles, Equatable {
    public var files: [String: Data] = [:]
    /// What each page was rendered from (see `PageKey`), so the next plan made by this process
    /// can take the page from this one instead of rendering it again.
    var keys: [String: PageKey] = [:]

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    public mutating func add(_ path: String, _ text: String) {
        files[path] = Data(text.utf8)
    }

    public var sortedPaths: [String] { files.keys.sorted() }

    public func contains(_ path: String) -> Bool { files[path] != nil }

    public func contents(of path: String) -> Data { files[path] ?? Data() }

    public func fingerprint(of path: String) -> FileFingerprint { .bytes(contents(of: path)) }
}
