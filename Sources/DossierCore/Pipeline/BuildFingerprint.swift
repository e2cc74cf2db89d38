import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything a build depends on, cheaply: each content and template file's path, size,
/// modification and change times and inode, the dossier binary itself, and the build settings.
/// Equal fingerprints mean an identical site, so a rebuild with no change does no work, as make
/// does. The change time is the kernel's, set on every write whatever the file's modification
/// time is made to say, so a file restored with `cp -p` from another version is seen too.
struct BuildFingerprint: Equatable, Codable {
    var value: String

    init(settings: BuildSettings) {
        var hasher = ContentHasher()
        let settingsLines = [
            "dossier-build-2", Self.executableStamp(),
            settings.contentDirectory.standardizedFileURL.path, settings.templatesDirectory.standardizedFileURL.path,
            settings.outputDirectory.standardizedFileURL.path,
            "\(settings.includeDrafts) \(settings.baseURL ?? "-") \(settings.sourceDateEpoch.map(String.init) ?? "-") \(settings.reportSourceWording)",
            // support.yml's staleness warning depends on today's date.
            settings.today?.iso ?? "-",
        ]
        for line in settingsLines { line.contentHash(into: &hasher) }
        for root in [settings.contentDirectory, settings.templatesDirectory] {
            Self.stamp(root.standardizedFileURL.path, changeTimes: true, into: &hasher)
        }
        value = hasher.key.description
    }

    /// Feeds every file under `folder` into `hasher`: its name and, for files, size, modification
    /// time (and change time, with `changeTimes`), inode and kind, in byte order of names. `readdir` and `fstatat` relative to the open folder, and
    /// no `String` per file: at ten thousand files, formatting and sorting a line per file was
    /// as much again as the system calls, and a no-change build is little else.
    static func stamp(_ folder: String, changeTimes: Bool, into hasher: inout ContentHasher) {
        guard let directory = opendir(folder) else { hasher.combine(Mark.unreadable); return }
        defer { closedir(directory) }
        // Names one after another, each with its terminating zero, so `strcmp` sorts them by bytes.
        var names: [CChar] = []
        var entries: [(start: Int, length: Int)] = []
        while let entry = readdir(directory) {
            withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let name = raw.bindMemory(to: CChar.self)
                let length = strlen(name.baseAddress!)
                if length == 1 && name[0] == 0x2E || length == 2 && name[0] == 0x2E && name[1] == 0x2E { return }
                entries.append((names.count, length))
                names.append(contentsOf: name[...length])
            }
        }
        let descriptor = dirfd(directory)
        names.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress!
            entries.sort { strcmp(base + $0.start, base + $1.start) < 0 }
            for entry in entries {
                let name = base + entry.start
                var status = stat()
                guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                let kind = status.st_mode & S_IFMT
                hasher.combine(UnsafeRawBufferPointer(start: name, count: entry.length))
                if kind == S_IFDIR {
                    hasher.combine(Mark.folder)
                    stamp(folder + "/" + String(cString: name), changeTimes: changeTimes, into: &hasher)
                    hasher.combine(Mark.folderEnd)
                } else {
                    hasher.combine(UInt64(kind))
                    hasher.combine(UInt64(bitPattern: Int64(status.st_size)))
                    hasher.combine(UInt64(bitPattern: Int64(status.st_mtim.tv_sec)))
                    hasher.combine(UInt64(bitPattern: Int64(status.st_mtim.tv_nsec)))
                    hasher.combine(UInt64(status.st_ino))
                    if changeTimes {
                        hasher.combine(UInt64(bitPattern: Int64(status.st_ctim.tv_sec)))
                        hasher.combine(UInt64(bitPattern: Int64(status.st_ctim.tv_nsec)))
                    }
                }
            }
        }
    }

    /// Words that tell a folder's entries from its files' stamps (file kinds are below 2^16).
    private enum Mark {
        static let folder: UInt64 = 1 << 20, folderEnd: UInt64 = 1 << 21, unreadable: UInt64 = 1 << 22
    }

    /// The running binary: a new dossier may build differently.
    static func executableStamp() -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown-executable" }
        return "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec) \(status.st_ino)"
    }
}

/// The last successful build: its fingerprint, the marker it wrote (which names every file and
/// its hash) and its warnings, kept beside the output in `.dossier-cache/`.
struct BuildRecord: Codable {
    var fingerprint: BuildFingerprint
    var markerHash: UInt64
    /// Every output file's path, size, time and inode: a file deleted or edited in the site since
    /// means it is not the site this build wrote.
    var outputStamp: String
    var report: StoredReport

    struct StoredReport: Codable {
        var pages: [String: Int]
        var files: Int
        var warnings: [Diagnostic]
    }

    static func location(for output: URL) -> URL {
        output.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(".dossier-cache")
            .appendingPathComponent(output.standardizedFileURL.lastPathComponent + ".json")
    }

    static func load(for output: URL) -> BuildRecord? {
        guard let data = FileManager.default.contents(atPath: location(for: output).path) else { return nil }
        return try? JSONDecoder().decode(BuildRecord.self, from: data)
    }

    func save(for output: URL) {
        let url = Self.location(for: output)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try? encoder.encode(self).write(to: url, options: .atomic)
    }

    static func outputStamp(of output: URL) -> String {
        var hasher = ContentHasher()
        // Not the change times: linking a kept page into the next site, and removing the site
        // before it, change its file's.
        BuildFingerprint.stamp(output.standardizedFileURL.path, changeTimes: false, into: &hasher)
        return hasher.key.description
    }

    static func markerHash(in output: URL) -> UInt64? {
        FileManager.default.contents(atPath: output.appendingPathComponent(SiteWriter.markerName).path).map(SiteManifest.hash)
    }
}

/// The key of every page of the last successful build, kept beside its record in
/// `.dossier-cache/`, so the next build renders only the pages whose keys changed.
///
/// Trusted only by the same dossier binary, and only while the site on disk is the one that
/// build wrote: same marker, and no file in it touched since (the record's output stamp,
/// checked by `SiteBuilder`).
struct PageKeyRecord {
    static let header = "dossier-page-keys-1"

    static func location(for output: URL) -> URL {
        BuildRecord.location(for: output).deletingPathExtension().appendingPathExtension("pages")
    }

    static func save(_ keys: [String: PageKey], for output: URL, markerHash: UInt64) {
        var text = "\(header) \(markerHash) \(BuildFingerprint.executableStamp())\n"
        for path in keys.keys.sorted() { text += "\(keys[path]!) \(path)\n" }
        try? Data(text.utf8).write(to: location(for: output), options: .atomic)
    }

    /// The keys saved with the marker whose hash is `markerHash`, or none when they were saved
    /// with another, or by another binary.
    static func load(for output: URL, markerHash: UInt64) -> [String: PageKey] {
        guard let data = FileManager.default.contents(atPath: location(for: output).path) else { return [:] }
        // Read as bytes: split by `Character`, the record took a tenth of a second at N = 10,000,
        // on the one core a rebuild starts with.
        var lines = [UInt8](data).split(separator: 0x0A)[...]
        guard let first = lines.popFirst(),
              String(decoding: first, as: UTF8.self) == "\(header) \(markerHash) \(BuildFingerprint.executableStamp())" else { return [:] }
        var keys: [String: PageKey] = [:]
        keys.reserveCapacity(lines.count)
        for line in lines {
            guard let space = line.firstIndex(of: 0x20), let key = PageKey(hex: line[..<space]) else { return [:] }
            keys[String(decoding: line[(space + 1)...], as: UTF8.self)] = key
        }
        return keys
    }
}
