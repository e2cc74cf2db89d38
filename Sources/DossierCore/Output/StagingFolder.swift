import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A new site being written beside the output folder, file by file as pages are rendered, from
/// any thread. `SiteWriter` makes it, then swaps it in whole once the checks have passed, or
/// removes it: until then the output folder is untouched.
///
/// Files go to disk as they are made, so a build never holds the whole site in memory (at
/// N=10,000 it is over 600 MB). A file whose bytes are those of the same file in the previous
/// site is hard-linked from it instead: no new inode and no data written, since ext4 is slow to
/// create files soon after deleting many.
///
/// A recycled folder is the site before the output, kept by the last build (`SiteWriter`'s
/// spare): most of its files are already links to the output's, and are left as they are,
/// so a rebuild links and deletes only the files that changed. Its files may share their
/// inodes with the output's, so nothing is ever written into one: a file is unlinked and
/// created again, and files are created with `O_EXCL`.
final class StagingFolder: SiteFiles, FileStore, @unchecked Sendable {
    // @unchecked: `entries` and `folders` are only touched under `lock`; the rest is immutable.
    let url: URL
    /// Holds an earlier site's files, which the build replaces or removes.
    let recycled: Bool
    private let output: String
    private let displayPath: String
    private let previous: SiteManifest?
    /// The keys of the pages in the output, from the build that made it (empty when they cannot
    /// be trusted: see `PageKeyRecord`).
    private let previousKeys: [String: PageKey]
    private let lock = NSLock()
    private var entries: [String: SiteManifest.Entry] = [:]
    private var keys: [String: PageKey] = [:]
    private var reusedCount = 0
    private var folders: Set<String> = [""]

    /// Makes the folder. `output` is the site it will replace, whose manifest says which files
    /// can be linked rather than written, and `previousKeys` which pages need not be rendered.
    init(url: URL, output: URL, displayPath: String, reusingPrevious: Bool = true, previousKeys: [String: PageKey] = [:], recycled: Bool = false) throws {
        self.url = url
        self.recycled = recycled
        self.output = output.path
        self.displayPath = displayPath
        self.previousKeys = previousKeys
        previous = reusingPrevious ? SiteManifest(markerAt: output.path + "/" + SiteWriter.markerName) : nil
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func add(_ path: String, _ data: Data, key: PageKey?) throws(BuildFailure) {
        let entry = SiteManifest.Entry(size: data.count, hash: SiteManifest.hash(data))
        let old = output + "/" + path
        try place(path, entry, key: key) { target in
            if previous?.entries[path] == entry, let status = SiteWriter.status(of: old), status.st_size == entry.size,
               try linkPrevious(old, status, to: target) { return entry }
            try clear(target)
            try SiteWriter.writeFile(data, to: target)
            return entry
        }
    }

    /// Written as it is made, never held whole, so never linked from the last build: a file
    /// this large changes with any edit to the content anyway.
    func add(_ path: String, streaming write: (@escaping ByteSink) -> Void) throws(BuildFailure) {
        try place(path, nil, key: nil) { target in
            try clear(target)
            let file = try StreamedFile(path: target)
            write(file.write)
            return try file.close()
        }
    }

    /// Links the page from the output when the build that made it gave it the same key: its
    /// bytes would be the same, so it is not rendered. False when it must be made.
    func reuse(_ path: String, key: PageKey) throws(BuildFailure) -> Bool {
        let old = output + "/" + path
        guard previousKeys[path] == key, let entry = previous?.entries[path], let status = SiteWriter.status(of: old),
              status.st_size == entry.size else { return false }
        try place(path, entry, key: key) { target in
            if try !linkPrevious(old, status, to: target) { try FileManager.default.copyItem(atPath: old, toPath: target) }
            return entry
        }
        lock.withLock { reusedCount += 1 }
        return true
    }

    /// Claims the path, makes its folder, and has `write` put the file at the path it is given.
    /// `entry`: the file's manifest entry when it is known before it is written; `write` returns it.
    private func place(_ path: String, _ entry: SiteManifest.Entry?, key: PageKey?,
                       _ write: (String) throws -> SiteManifest.Entry) throws(BuildFailure) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        do {
            let needsFolder = try claim(path, entry ?? SiteManifest.Entry(size: 0, hash: 0), folder: folder)
            if let key { lock.withLock { keys[path] = key } }
            if needsFolder {
                try SiteWriter.makeFolders(folder, in: url, replacing: recycled ? { self.isUnclaimed($0) } : nil)
                lock.withLock { _ = folders.insert(folder) }
            }
            let written = try write(url.path + "/" + path)
            if entry == nil { lock.withLock { entries[path] = written } }
        } catch let failure as BuildFailure {
            throw failure
        } catch {
            throw SiteWriter.writeFailure(displayPath, error)
        }
    }

    /// Puts the output's file `old` (whose status is `status`) at `target` by a hard link; in a
    /// recycled folder, a link that is there already is kept. False when no link can be made.
    private func linkPrevious(_ old: String, _ status: stat, to target: String) throws -> Bool {
        if recycled {
            if Self.isFile(target, status) { return true }
            try clear(target)
        }
        return link(old, target) == 0
    }

    /// Removes what a recycled folder holds at `target` (a file, a link, a folder), so the
    /// file is made anew; never needed in a new folder.
    private func clear(_ target: String) throws {
        guard recycled, unlink(target) != 0 else { return }
        switch errno {
        case ENOENT: return
        case EISDIR, EPERM: try FileManager.default.removeItem(atPath: target)
        default: throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    /// `target` (not followed if it is a link) is the inode `status` describes.
    static func isFile(_ target: String, _ status: stat) -> Bool {
        var targetStatus = stat()
        return lstat(target, &targetStatus) == 0 && targetStatus.st_ino == status.st_ino && targetStatus.st_dev == status.st_dev
    }

    /// No file of this build has the path: what a recycled folder has there may be replaced.
    private func isUnclaimed(_ path: String) -> Bool {
        lock.withLock { entries[path] == nil }
    }

    /// Removes every file of a recycled folder that this build did not put there, and the
    /// folders left empty: what is left is the new site alone.
    func removeLeftovers() {
        guard recycled else { return }
        let kept = lock.withLock { entries }
        Self.removeFiles(in: url.path, relative: "", keeping: kept)
    }

    private static func removeFiles(in folder: String, relative: String, keeping kept: [String: SiteManifest.Entry]) {
        guard let directory = opendir(folder) else { return }
        var names: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            let type = Int32(entry.pointee.d_type)
            names.append((name, type == Int32(DT_UNKNOWN) ? SiteWriter.isFolder(folder + "/" + name) : type == Int32(DT_DIR)))
        }
        closedir(directory)
        for (name, isFolder) in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            if isFolder {
                removeFiles(in: folder + "/" + name, relative: path, keeping: kept)
                rmdir(folder + "/" + name)  // fails, as it should, unless the folder is empty now
            } else if kept[path] == nil {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Records the file; true when its folder is not made yet. Two files for one path are a bug
    /// in the templates' paths or the content's slugs, never resolved silently.
    private func claim(_ path: String, _ entry: SiteManifest.Entry, folder: String) throws(BuildFailure) -> Bool {
        let (isNew, folderExists) = lock.withLock {
            (entries.updateValue(entry, forKey: path) == nil, folders.contains(folder))
        }
        guard isNew else { throw .duplicateFile(path, displayRoot: displayPath) }
        return !folderExists
    }

    var paths: [String] { lock.withLock { Array(entries.keys) } }

    var sortedPaths: [String] { paths.sorted() }

    func contains(_ path: String) -> Bool { lock.withLock { entries[path] != nil } }

    func contents(of path: String) -> Data {
        FileManager.default.contents(atPath: url.path + "/" + path) ?? Data()
    }

    func fingerprint(of path: String) -> FileFingerprint {
        guard let entry = lock.withLock({ entries[path] }) else { return .bytes(Data()) }
        return .hashed(size: entry.size, hash: entry.hash)
    }

    var manifest: SiteManifest { lock.withLock { SiteManifest(entries: entries) } }

    /// Every page's key, for the next build.
    var pageKeys: [String: PageKey] { lock.withLock { keys } }

    /// How many pages were linked from the last build without being rendered.
    var reused: Int { lock.withLock { reusedCount } }
}

/// A file in the staging folder written in pieces as they come, hashed as they go.
private final class StreamedFile {
    private let descriptor: Int32
    private var hasher = SiteManifest.Hasher()
    private var size = 0
    private var failure: Error?

    init(path: String) throws {
        descriptor = try SiteWriter.createFile(path)
    }

    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        hasher.combine(bytes)
        size += bytes.count
        do { try SiteWriter.writeAll(bytes, to: descriptor) } catch { failure = error }
    }

    /// The file's manifest entry, or the first write's failure.
    func close() throws -> SiteManifest.Entry {
        Glibc.close(descriptor)
        if let failure { throw failure }
        return SiteManifest.Entry(size: size, hash: hasher.value)
    }
}

/// Where rendered files are put as they are made: a `StagingFolder` on disk, or a `SitePlan` in
/// memory through `PlanCollector`. Called from any thread.
protocol FileStore: Sendable {
    /// `key`: what a page is made from, when it is a page (see `PageKey`).
    func add(_ path: String, _ data: Data, key: PageKey?) throws(BuildFailure)
    /// A file handed over in pieces by `write` as it is made.
    func add(_ path: String, streaming write: (@escaping ByteSink) -> Void) throws(BuildFailure)
    /// Puts the last build's page in place when its key is `key`; false when it must be made.
    func reuse(_ path: String, key: PageKey) throws(BuildFailure) -> Bool
    /// Every path added so far, in no particular order.
    var paths: [String] { get }
}

extension FileStore {
    func add(_ path: String, _ data: Data) throws(BuildFailure) {
        try add(path, data, key: nil)
    }

    func reuse(_ path: String, key: PageKey) throws(BuildFailure) -> Bool { false }

    func add(_ path: String, streaming write: (@escaping ByteSink) -> Void) throws(BuildFailure) {
        try add(path, Data(collecting: write))
    }
}

extension BuildFailure {
    static func duplicateFile(_ path: String, displayRoot: String) -> BuildFailure {
        BuildFailure([.error("\(displayRoot)/\(path)", "two files would be written to this path",
                             hint: "rename the template asset, or the content file whose slug gives this path")])
    }
}

/// Collects rendered files into a `SitePlan`, for `check`, `serve` and the tests. Given the
/// plan this process made before, it takes each page whose key is unchanged from it rather
/// than have it rendered again: the bytes are shared, not copied.
final class PlanCollector: FileStore, @unchecked Sendable {
    // @unchecked: `plan` is only touched under `lock`; `previous` is never changed.
    private let lock = NSLock()
    private var plan = SitePlan()
    private let displayRoot: String
    private let previous: SitePlan?

    init(displayRoot: String, previous: SitePlan? = nil) {
        self.displayRoot = displayRoot
        self.previous = previous
    }

    func add(_ path: String, _ data: Data, key: PageKey?) throws(BuildFailure) {
        let isNew = lock.withLock {
            if let key { plan.keys[path] = key }
            return plan.files.updateValue(data, forKey: path) == nil
        }
        guard isNew else { throw .duplicateFile(path, displayRoot: displayRoot) }
    }

    func reuse(_ path: String, key: PageKey) throws(BuildFailure) -> Bool {
        guard let previous, previous.keys[path] == key, let data = previous.files[path] else { return false }
        try add(path, data, key: key)
        return true
    }

    var paths: [String] { lock.withLock { Array(plan.files.keys) } }

    var collected: SitePlan { lock.withLock { plan } }
}
