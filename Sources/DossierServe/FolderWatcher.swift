import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which paths under some folders were saved, created, renamed or deleted, as the kernel
/// reports them (Linux's inotify). Asking costs one system call and nothing grows with the
/// number of files: polling `FolderSnapshot`s of a 10,000-article dossier kept 40% of a core
/// busy while nothing changed, and a save waited 300–450 ms to be noticed.
///
/// `init` returns nil where there is no inotify (macOS) or the system's limit on watches is
/// reached: `PreviewServer` then polls snapshots.
final class FolderWatcher {
    private let descriptor: Int32
    /// Each watch's folder, by watch descriptor.
    private var folders: [Int32: String] = [:]
    private let roots: Set<String>

    init?(watching roots: [URL]) {
        #if os(Linux)
        let paths = roots.map { $0.standardizedFileURL.path }
        self.roots = Set(paths)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        for path in paths {
            guard watchTree(path, isRoot: true) else {
                close(descriptor)
                return nil
            }
        }
        #else
        return nil
        #endif
    }

    deinit { close(descriptor) }

    /// The paths named since the last call, without waiting: files, and folders that appeared
    /// or went (everything under them is to be looked at again). Empty when nothing happened;
    /// nil when the kernel dropped events or a watched folder itself went, so that only a new
    /// snapshot of everything can say what changed.
    func changes() -> Set<String>? {
        #if os(Linux)
        var paths: Set<String> = []
        var complete = true
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let headerSize = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + headerSize <= count {
                let (watch, mask, nameLength) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + headerSize)..<(offset + headerSize + nameLength)].prefix { $0 != 0 }
                offset += headerSize + nameLength
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { complete = false; continue }
                guard let folder = folders[watch] else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[watch] = nil
                    if roots.contains(folder) { complete = false }
                    continue
                }
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    if roots.contains(folder) { complete = false }
                    continue
                }
                let path = nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                if FolderSnapshot.isIgnored(path) { continue }
                paths.insert(path)
                // A folder created or moved in: its own files are watched from now on.
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, !watchTree(path) { complete = false }
            }
        }
        return complete ? paths : nil
        #else
        return nil
        #endif
    }

    #if os(Linux)
    private static let events = UInt32(IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                                       | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches a folder and every folder under it; false when the system refuses a watch. A
    /// folder that went before it could be watched is no failure, unless it is a watched root.
    private func watchTree(_ folder: String, isRoot: Bool = false) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.events | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return !isRoot && (errno == ENOTDIR || errno == ENOENT) }
        folders[watch] = folder
        for name in FolderSnapshot.names(in: folder) {
            let path = folder + "/" + name
            var status = stat()
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, !watchTree(path) { return false }
        }
        return true
    }
    #endif
}
