/// A value the build cache can write: each step's output, and the inputs and contexts whose
/// digests tell whether a kept output still holds.
///
/// Written by hand, field by field, rather than through `Codable`: at 10,000 articles the cache
/// holds hundreds of megabytes of small values, and `Codable`'s keyed containers cost several
/// times the writing itself. A digest does not depend on the order of a set or a dictionary, so
/// the same value always has the same digest.
protocol CacheEncodable {
    func encode(to writer: inout CacheWriter)
}

protocol CacheDecodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt)
}

typealias CacheCodable = CacheEncodable & CacheDecodable

struct CacheWriter {
    private(set) var bytes: [UInt8] = []
    /// Set when the writer makes a digest: the values go into it instead of into `bytes`, which
    /// would only be hashed and thrown away.
    private var hasher: ContentHasher?
    /// How many fields the last `fields(_:)` wrote, so a test can check that a type writes every
    /// stored property it has.
    private(set) var lastFieldCount = 0

    init() {}

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes a value's stored properties, in the order its decoder reads them.
    mutating func fields<each Field: CacheEncodable>(_ field: repeat each Field) {
        var count = 0
        for value in repeat each field {
            value.encode(to: &self)
            count += 1
        }
        lastFieldCount = count
    }

    mutating func write(_ value: some CacheEncodable) {
        value.encode(to: &self)
    }

    mutating func writeByte(_ byte: UInt8) {
        if hasher != nil { return hasher!.combine(UInt64(byte)) }
        bytes.append(byte)
    }

    /// Zigzag LEB128: small numbers, the most common, take one byte.
    mutating func writeInt(_ value: Int) {
        if hasher != nil { return hasher!.combine(UInt64(bitPattern: Int64(value))) }
        var zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        if zigzag < 0x80 { return bytes.append(UInt8(zigzag)) }
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func writeBytes(_ raw: UnsafeRawBufferPointer) {
        // The hasher takes the length first.
        if hasher != nil { return hasher!.combine(raw) }
        writeInt(raw.count)
        bytes.append(contentsOf: raw)
    }

    var isDigesting: Bool { hasher != nil }

    /// Sets and dictionaries, whose order changes from one process to the next, go into a
    /// digest as the sum of their elements' digests, which no order changes.
    struct UnorderedDigest {
        private var count: UInt64 = 0, high: UInt64 = 0, low: UInt64 = 0

        mutating func add(_ element: some CacheEncodable) {
            let digest = CacheWriter.digest(of: element)
            (count, high, low) = (count + 1, high &+ digest.high, low &+ digest.low)
        }

        fileprivate func combine(into hasher: inout ContentHasher) {
            for word in [count, high, low] { hasher.combine(word) }
        }
    }

    mutating func combine(_ unordered: UnorderedDigest) {
        unordered.combine(into: &hasher!)
    }

    /// The digest of what a value writes: equal values, equal digests, in any process.
    static func digest(of value: some CacheEncodable) -> PageKey {
        var writer = CacheWriter()
        writer.hasher = ContentHasher()
        value.encode(to: &writer)
        return writer.hasher!.key
    }
}

/// Reads what `CacheWriter` wrote. Every read is bounds-checked: a cache file cut short or
/// changed by hand is reported as corrupt, and the build makes the value again.
struct CacheReader {
    struct Corrupt: Error {}

    private let buffer: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
    }

    var isAtEnd: Bool { offset == buffer.count }

    mutating func read<Value: CacheDecodable>(_: Value.Type = Value.self) throws(Corrupt) -> Value {
        try Value(from: &self)
    }

    mutating func readByte() throws(Corrupt) -> UInt8 {
        guard offset < buffer.count else { throw Corrupt() }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func readInt() throws(Corrupt) -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try readByte()
            guard shift < 64 else { throw Corrupt() }
            zigzag |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of elements each at least `minimumSize` bytes long, which the rest of the buffer
    /// can hold: a corrupt count must not reserve gigabytes.
    mutating func readCount(minimumSize: Int = 1) throws(Corrupt) -> Int {
        let count = try readInt()
        guard count >= 0, count <= (buffer.count - offset) / max(minimumSize, 1) else { throw Corrupt() }
        return count
    }

    mutating func readBytes() throws(Corrupt) -> UnsafeRawBufferPointer {
        let count = try readCount()
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + count)])
    }
}

// MARK: - The standard library's values

extension Int: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.writeInt(self) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = try reader.readInt() }
}

extension Int32: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.writeInt(Int(self)) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let value = Int32(exactly: try reader.readInt()) else { throw CacheReader.Corrupt() }
        self = value
    }
}

extension UInt64: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.writeInt(Int(bitPattern: UInt(self))) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = UInt64(UInt(bitPattern: try reader.readInt())) }
}

extension UInt8: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.writeByte(self) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { self = try reader.readByte() }
}

extension Bool: CacheCodable {
    func encode(to writer: inout CacheWriter) { writer.writeByte(self ? 1 : 0) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        switch try reader.readByte() {
        case 0: self = false
        case 1: self = true
        default: throw CacheReader.Corrupt()
        }
    }
}

extension String: CacheCodable {
    func encode(to writer: inout CacheWriter) {
        var text = self
        text.withUTF8 { writer.writeBytes(UnsafeRawBufferPointer($0)) }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        self = String(decoding: try reader.readBytes(), as: UTF8.self)
    }
}

extension Optional: CacheEncodable where Wrapped: CacheEncodable {
    func encode(to writer: inout CacheWriter) {
        switch self {
        case .none: writer.writeByte(0)
        case .some(let value):
            writer.writeByte(1)
            value.encode(to: &writer)
        }
    }
}

extension Optional: CacheDecodable where Wrapped: CacheDecodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        switch try reader.readByte() {
        case 0: self = nil
        case 1: self = try Wrapped(from: &reader)
        default: throw CacheReader.Corrupt()
        }
    }
}

/// `Never?`, the context of a step that reads nothing besides its input, is always nil.
extension Never: CacheCodable {
    func encode(to writer: inout CacheWriter) {}
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) { throw CacheReader.Corrupt() }
}

extension Array: CacheEncodable where Element: CacheEncodable {
    func encode(to writer: inout CacheWriter) {
        // Encoded pages and data files are byte arrays of megabytes: copied at once.
        if Element.self == UInt8.self {
            withUnsafeBytes { writer.writeBytes($0) }
            return
        }
        writer.writeInt(count)
        for element in self { element.encode(to: &writer) }
    }
}

extension Array: CacheDecodable where Element: CacheDecodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        if Element.self == UInt8.self {
            self = Array(try reader.readBytes().bindMemory(to: Element.self))
            return
        }
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &reader)) }
    }
}

extension Set: CacheEncodable where Element: CacheEncodable {
    func encode(to writer: inout CacheWriter) {
        if writer.isDigesting {
            var digest = CacheWriter.UnorderedDigest()
            for element in self { digest.add(element) }
            return writer.combine(digest)
        }
        writer.writeInt(count)
        for element in self { element.encode(to: &writer) }
    }
}

extension Set: CacheDecodable where Element: CacheDecodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let count = try reader.readCount()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { insert(try Element(from: &reader)) }
    }
}

extension Dictionary: CacheEncodable where Key: CacheEncodable, Value: CacheEncodable {
    func encode(to writer: inout CacheWriter) {
        if writer.isDigesting {
            var digest = CacheWriter.UnorderedDigest()
            for (key, value) in self { digest.add(KeyValue(key: key, value: value)) }
            return writer.combine(digest)
        }
        writer.writeInt(count)
        for (key, value) in self {
            key.encode(to: &writer)
            value.encode(to: &writer)
        }
    }

    private struct KeyValue: CacheEncodable {
        var key: Key
        var value: Value
        func encode(to writer: inout CacheWriter) { writer.fields(key, value) }
    }
}

extension Dictionary: CacheDecodable where Key: CacheDecodable, Value: CacheDecodable {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let count = try reader.readCount(minimumSize: 2)
        self = [:]
        reserveCapacity(count)
        for _ in 0..<count { self[try Key(from: &reader)] = try Value(from: &reader) }
    }
}

extension Range: CacheCodable where Bound == Int {
    func encode(to writer: inout CacheWriter) { writer.fields(lowerBound, upperBound) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let (lower, upper) = (try reader.readInt(), try reader.readInt())
        guard lower <= upper else { throw CacheReader.Corrupt() }
        self = lower..<upper
    }
}

extension ClosedRange: CacheCodable where Bound == Int {
    func encode(to writer: inout CacheWriter) { writer.fields(lowerBound, upperBound) }
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        let (lower, upper) = (try reader.readInt(), try reader.readInt())
        guard lower <= upper else { throw CacheReader.Corrupt() }
        self = lower...upper
    }
}

/// Enums with a raw text value are written as it.
extension CacheEncodable where Self: RawRepresentable, RawValue == String {
    func encode(to writer: inout CacheWriter) { rawValue.encode(to: &writer) }
}

extension CacheDecodable where Self: RawRepresentable, RawValue == String {
    init(from reader: inout CacheReader) throws(CacheReader.Corrupt) {
        guard let value = Self(rawValue: try String(from: &reader)) else { throw CacheReader.Corrupt() }
        self = value
    }
}
