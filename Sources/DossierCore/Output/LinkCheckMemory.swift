import Foundation

/// What is kept of each page's link check for the next build: what tells the page changed, its
/// ids, what is wrong with its links and the pages its fragments point into. A page that is
/// unchanged is not scanned for ids again, and keeps its findings while those pages keep their
/// ids. Every finding also depends on which files the site has, so a site with other paths
/// forgets them all.
///
/// `serve` keeps it in memory, where a page is known by its bytes; a build by the command line
/// keeps it in `.dossier-cache/<site>.links`, where a page is known by the size and hash the
/// staging folder worked out as it wrote the page, so an unchanged page is not even read.
public final class LinkCheckMemory: @unchecked Sendable {
    // @unchecked: the stored properties are only touched under `lock`.
    private let lock = NSLock()
    private var paths: [String] = []
    private var byPage: [String: Entry] = [:]

    struct Entry: Sendable {
        var fingerprint: FileFingerprint
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

    static let magic = "dossier-link-checks-1"

    static func location(for output: URL) -> URL {
        BuildRecord.location(for: output).deletingPathExtension().appendingPathExtension("links")
    }

    private static var header: [UInt8] { Array("\(magic) \(BuildFingerprint.executableStamp())\n".utf8) }

    /// The checks the last build by this binary saved for `output`; none if there are none to trust.
    convenience init(savedFor output: URL) {
        self.init()
        guard let data = FileManager.default.contents(atPath: Self.location(for: output).path), data.starts(with: Self.header) else { return }
        let saved = try? data.dropFirst(Self.header.count).withUnsafeBytes { buffer throws(CacheReader.Corrupt) in
            var reader = CacheReader(buffer)
            let saved = (paths: try reader.read([String].self), entries: try reader.read([String: Entry].self))
            guard reader.isAtEnd else { throw CacheReader.Corrupt() }
            return saved
        }
        if let saved { keep(saved.entries, for: saved.paths) }
    }

    /// Saves the checks of pages known by their hash, for the next build of `output`.
    func save(for output: URL) {
        let (paths, kept) = lock.withLock { (self.paths, byPage) }
        let entries = kept.filter { $0.value.fingerprint.isHash }
        var writer = CacheWriter()
        writer.fields(paths, entries)
        try? Data(Self.header + writer.bytes).write(to: Self.location(for: output), options: .atomic)
    }
}

extension LinkCheckMemory.Entry: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.fields(fingerprint, ids, links) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self.init(fingerprint: try reader.read(), ids: try reader.read(), links: try reader.read())
    }
}

extension FileFingerprint: CacheCodable {
    var isHash: Bool {
        if case .hashed = self { return true }
        return false
    }

    /// Only a hash is saved: bytes are known in memory only.
    func encode(to writer: inout CacheWriter) {
        switch self {
        case .bytes: writer.fields(UInt8(0))
        case .hashed(let size, let hash): writer.fields(UInt8(1), size, hash)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard try reader.readByte() == 1 else { throw CacheReader.Corrupt() }
        self = .hashed(size: try reader.read(), hash: try reader.read())
    }
}

extension LinkChecker.PageLinks: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        writer.writeInt(findings.count)
        for (reference, finding) in findings {
            writer.fields(reference.attribute, reference.value, reference.offset, finding.key, finding.severity, finding.message, finding.hint)
        }
        writer.write(fragmentTargets)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let count = try reader.readCount()
        findings = []
        for _ in 0..<count {
            let reference = HTMLReferenceScanner.Reference(attribute: try reader.read(), value: try reader.read(), offset: try reader.read())
            findings.append((reference, (key: try reader.read(), severity: try reader.read(), message: try reader.read(), hint: try reader.read())))
        }
        fragmentTargets = try reader.read()
    }
}

extension LinkChecker.Hint: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        switch self {
        case .text(let text): writer.fields(UInt8(0), text)
        case .closestPage(let target, let page): writer.fields(UInt8(1), target, page)
        case .closestID(let fragment, let target): writer.fields(UInt8(2), fragment, target)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        switch try reader.readByte() {
        case 0: self = .text(try reader.read())
        case 1: self = .closestPage(to: try reader.read(), from: try reader.read())
        case 2: self = .closestID(to: try reader.read(), on: try reader.read())
        default: throw CacheReader.Corrupt()
        }
    }
}
