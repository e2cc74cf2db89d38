import Foundation

/// What a written site holds: each file's size and content hash, kept in the site's marker file
/// so the next build can tell which files it need not write again.
struct SiteManifest: Equatable {
    struct Entry: Equatable {
        var size: Int
        var hash: UInt64
    }

    var entries: [String: Entry]

    init(entries: [String: Entry]) {
        self.entries = entries
    }

    /// The manifest in a previous site's marker, or nil when there is none to trust.
    init?(markerAt path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var entries: [String: Entry] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let hash = UInt64(parts[0], radix: 16), let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(size: size, hash: hash)
        }
        guard !entries.isEmpty else { return nil }
        self.entries = entries
    }

    /// "hash size path" lines, sorted, so the marker is byte-identical for identical sites.
    var text: String {
        entries.keys.sorted().map { path in
            let entry = entries[path]!
            return entry.hash.paddedHex + " \(entry.size) \(path)"
        }.joined(separator: "\n") + "\n"
    }

    static func hash(_ data: Data) -> UInt64 {
        var hasher = Hasher()
        data.withUnsafeBytes { hasher.combine($0) }
        return hasher.value
    }

    /// 64-bit FNV-1a: fast, stable across runs and machines; enough to notice a changed file.
    /// Fed in pieces, it gives the hash of the pieces joined.
    struct Hasher {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func combine(_ bytes: UnsafeRawBufferPointer) {
            var hash = value
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x100_0000_01b3
            }
            value = hash
        }
    }
}
