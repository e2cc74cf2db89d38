import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The modification time and size of every file under some folders. Two snapshots taken a
/// moment apart differ exactly when something was saved, created, renamed or deleted: polling
/// them is simple, portable and deterministic, and for a few hundred files costs well under a
/// millisecond.
struct FolderSnapshot: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var modified: Int64
        var size: Int64
    }

    var files: [String: Stamp] = [:]

    static func take(of folders: [URL]) -> FolderSnapshot {
        var snapshot = FolderSnapshot()
        for folder in folders {
            let root = folder.standardizedFileURL.path
            guard let names = FileManager.default.enumerator(atPath: root) else { continue }
            for case let name as String in names {
                // Editors' swap and backup files are not content.
                let last = name.split(separator: "/").last ?? ""
                if last.hasPrefix(".") || last.hasSuffix("~") || last.hasSuffix(".swp") { continue }
                let path = root + "/" + name
                var status = stat()
                guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
                #if os(Linux)
                let modified = status.st_mtim
                #else
                let modified = status.st_mtimespec
                #endif
                let nanoseconds = Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec)
                snapshot.files[path] = Stamp(modified: nanoseconds, size: Int64(status.st_size))
            }
        }
        return snapshot
    }

    /// The files added, removed or changed since `earlier`, sorted.
    func changes(since earlier: FolderSnapshot) -> [String] {
        Set(files.keys).union(earlier.files.keys).filter { files[$0] != earlier.files[$0] }.sorted()
    }
}
