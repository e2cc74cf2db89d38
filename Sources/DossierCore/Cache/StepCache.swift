import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a build by the command line keeps on disk for the next one: the output of each
/// per-article and per-topic step (see `BuildMemory`), with the digest of the input and of the
/// context it was made from. The next build takes an output again where both digests are
/// unchanged, so a build after one edit does again only what depends on the edit.
///
/// Kept beside the build record, in `.dossier-cache/<site>.steps`, and trusted only by the
/// binary that wrote it. Nothing is kept in memory but the index: at 10,000 articles the
/// outputs are hundreds of megabytes.
///
/// The file: a header line, outputs one after another, then an index of every output (step,
/// path, input digest, where it is) and each step's context digest, then the index's offset in
/// eight bytes. A build appends the outputs it makes and a new index after the old one, so one
/// edit writes little; a failed build cuts them off again, leaving the last good cache. Once
/// outputs no index names take up more than half of the file, the build writes a new file
/// instead, with the outputs it takes again copied into it, which replaces the old one when
/// the build succeeds.
final class StepCache: @unchecked Sendable {
    // @unchecked: the mutable state is only touched under `lock`; `previous` is read-only.
    struct Entry: CacheCodable {
        var input: PageKey
        var offset: Int
        var length: Int
        /// The output's bytes hashed: a file changed on disk must not change the site.
        var checksum: PageKey

        func encode(to writer: inout CacheWriter) { writer.fields(input, offset, length, checksum) }
        init(input: PageKey, offset: Int, length: Int, checksum: PageKey) {
            (self.input, self.offset, self.length, self.checksum) = (input, offset, length, checksum)
        }

        init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
            self.init(input: try reader.read(), offset: try reader.read(), length: try reader.read(), checksum: try reader.read())
        }
    }

    /// Each step's outputs by path, and the digest of its context.
    struct Index: CacheCodable {
        var contexts: [String: PageKey] = [:]
        var entries: [String: [String: Entry]] = [:]

        func encode(to writer: inout CacheWriter) { writer.fields(contexts, entries) }
        init() {}
        init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
            contexts = try reader.read()
            entries = try reader.read()
        }

        var liveBytes: Int { entries.values.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.length } } }
    }

    /// The previous build's file, open for reading, and its index.
    private struct Previous {
        var descriptor: Int32
        var index: Index
        var size: Int
    }

    static let magic = "dossier-step-cache-1"

    let location: URL
    private let previous: Previous?
    /// Whether this build appends to the previous file rather than writing a new one.
    private let appending: Bool
    private let lock = NSLock()
    private var descriptor: Int32 = -1
    private var pending: [UInt8] = []
    /// Where `pending` starts in the file.
    private var written = 0
    private var index = Index()
    /// A write failed: the outputs made are not kept.
    private var failed = false
    /// How many outputs of each step were taken from the previous build.
    var reused: [String: Int] { lock.withLock { reusedCounts } }
    private var reusedCounts: [String: Int] = [:]

    static func location(for output: URL) -> URL {
        BuildRecord.location(for: output).deletingPathExtension().appendingPathExtension("steps")
    }

    private var newLocation: URL { location.appendingPathExtension("new") }

    private static var header: [UInt8] { Array("\(magic) \(BuildFingerprint.executableStamp())\n".utf8) }

    /// Opens the previous file, if this binary wrote it and no other build is using it.
    /// `readOnly`: takes outputs from it, and keeps nothing (`serve`'s first build).
    init(for output: URL, readOnly: Bool = false) {
        location = Self.location(for: output)
        previous = Self.open(location, readOnly: readOnly)
        if readOnly {
            appending = false
        } else if let previous, previous.size <= 2 * previous.index.liveBytes + (1 << 20) {
            appending = true
            descriptor = previous.descriptor
            written = previous.size
        } else {
            appending = false
            try? FileManager.default.createDirectory(at: location.deletingLastPathComponent(), withIntermediateDirectories: true)
            descriptor = Glibc.open(newLocation.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            pending = Self.header
        }
    }

    deinit {
        if let previous { close(previous.descriptor) }
        if !appending && descriptor >= 0 { close(descriptor) }
    }

    private static func open(_ location: URL, readOnly: Bool) -> Previous? {
        let descriptor = Glibc.open(location.path, (readOnly ? O_RDONLY : O_RDWR) | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let header = Self.header
        var status = stat()
        // Two builds of one site at once: the second makes everything again.
        guard flock(descriptor, (readOnly ? LOCK_SH : LOCK_EX) | LOCK_NB) == 0,
              fstat(descriptor, &status) == 0, Int(status.st_size) >= header.count + 8,
              read(descriptor, at: 0, count: header.count) == header,
              let tail = read(descriptor, at: Int(status.st_size) - 8, count: 8) else {
            close(descriptor)
            return nil
        }
        let indexOffset = tail.withUnsafeBytes { Int(truncatingIfNeeded: UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self))) }
        guard indexOffset >= header.count, indexOffset <= Int(status.st_size) - 8,
              let bytes = read(descriptor, at: indexOffset, count: Int(status.st_size) - 8 - indexOffset),
              let index = try? bytes.withUnsafeBytes({ buffer throws(CacheReader.Corrupt) in
                  var reader = CacheReader(buffer)
                  return try reader.read(Index.self)
              }) else {
            close(descriptor)
            return nil
        }
        return Previous(descriptor: descriptor, index: index, size: Int(status.st_size))
    }

    private static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard count >= 0, offset >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }

    /// Called once per step with a context, before it runs: the previous file's outputs of a
    /// step are taken only if what it reads besides its input is unchanged.
    func use(_ step: String, context: PageKey) {
        lock.withLock { index.contexts[step] = context }
    }

    private func previousEntry(_ step: String, _ path: String, _ input: PageKey) -> Entry? {
        guard let previous, lock.withLock({ index.contexts[step] }) == previous.index.contexts[step],
              let entry = previous.index.entries[step]?[path], entry.input == input else { return nil }
        return entry
    }

    /// Whether `output` will give the output: its bytes are read and checked, since a stage
    /// that is told so may not prepare to make it.
    func holds(_ step: String, _ path: String, for input: PageKey) -> Bool {
        guard let entry = previousEntry(step, path, input), let bytes = Self.read(previous!.descriptor, at: entry.offset, count: entry.length) else { return false }
        return Self.checksum(bytes) == entry.checksum
    }

    /// The output the previous build made from the same input, kept for the next; nil when
    /// there is none, or it cannot be read.
    func output<Output: CacheDecodable>(_ step: String, _ path: String, for input: PageKey) -> Output? {
        guard let entry = previousEntry(step, path, input), let bytes = Self.read(previous!.descriptor, at: entry.offset, count: entry.length),
              Self.checksum(bytes) == entry.checksum else { return nil }
        let output = try? bytes.withUnsafeBytes { buffer throws(CacheReader.Corrupt) -> Output in
            var reader = CacheReader(buffer)
            let output = try reader.read(Output.self)
            guard reader.isAtEnd else { throw CacheReader.Corrupt() }
            return output
        }
        guard let output else { return nil }
        lock.withLock {
            reusedCounts[step, default: 0] += 1
            if appending { index.entries[step, default: [:]][path] = entry }
        }
        if !appending && descriptor >= 0 { append(step, path, input, bytes) }
        return output
    }

    /// Keeps the previous build's output for the next build without decoding it: for an output
    /// this build did not need (the analysis of an article whose topics all still hold). The
    /// new index lists only what a build took or made, so it would otherwise be forgotten.
    func carry(_ step: String, _ path: String, for input: PageKey) {
        guard let entry = previousEntry(step, path, input) else { return }
        if appending {
            lock.withLock { index.entries[step, default: [:]][path] = entry }
        } else if descriptor >= 0, let bytes = Self.read(previous!.descriptor, at: entry.offset, count: entry.length),
                  Self.checksum(bytes) == entry.checksum {
            append(step, path, input, bytes)
        }
    }

    private static func checksum(_ bytes: [UInt8]) -> PageKey {
        var hasher = ContentHasher()
        bytes.withUnsafeBytes { hasher.combine($0) }
        return hasher.key
    }

    func record(_ step: String, _ path: String, for input: PageKey, _ output: some CacheEncodable) {
        guard descriptor >= 0 else { return }
        // Most outputs are a few kilobytes: grown from nothing, the buffer was copied a dozen times.
        var writer = CacheWriter(capacity: 1 << 13)
        output.encode(to: &writer)
        append(step, path, input, writer.bytes)
    }

    private func append(_ step: String, _ path: String, _ input: PageKey, _ bytes: [UInt8]) {
        let checksum = Self.checksum(bytes)
        lock.withLock {
            index.entries[step, default: [:]][path] = Entry(input: input, offset: written + pending.count, length: bytes.count, checksum: checksum)
            pending += bytes
            guard pending.count >= 1 << 22 else { return }
            if !write(pending, at: written) { failed = true }
            written += pending.count
            // Kept: a new buffer of megabytes is new pages to fault in.
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Whether the bytes went to disk.
    private func write(_ bytes: [UInt8], at offset: Int) -> Bool {
        guard descriptor >= 0 else { return false }
        return bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                guard wrote > 0 else { return false }
                done += wrote
            }
            return true
        }
    }

    /// The build succeeded: the outputs it made and its index are kept for the next. Called
    /// once every step is done.
    func commit() {
        lock.withLock {
            let indexOffset = written + pending.count
            var writer = CacheWriter()
            index.encode(to: &writer)
            pending += writer.bytes
            withUnsafeBytes(of: UInt64(indexOffset).littleEndian) { pending += $0 }
            if failed || !write(pending, at: written) { return discardUnderLock() }
            guard !appending else { return }
            close(descriptor)
            descriptor = -1
            if rename(newLocation.path, location.path) != 0 { unlink(newLocation.path) }
        }
    }

    /// The build failed: the previous file stays as it was.
    func discard() {
        lock.withLock { discardUnderLock() }
    }

    private func discardUnderLock() {
        if appending {
            if let previous { _ = ftruncate(previous.descriptor, off_t(previous.size)) }
        } else {
            if descriptor >= 0 { close(descriptor) }
            unlink(newLocation.path)
        }
        descriptor = -1
    }
}

extension PageKey: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(high, low) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(high: try reader.read(), low: try reader.read())
    }
}
