import Foundation

/// JSON written straight to bytes, for the search index and the open data files: at N = 10,000
/// articles, Foundation's `JSONEncoder` was most of the cost of the data files (47 MB).
enum JSON {
    /// A JSON string literal that is also safe anywhere in HTML or JavaScript: `<`, `>` and `&`
    /// are written as \u escapes, so `</script>` and `<!--` can never appear, and the line and
    /// paragraph separators, which end a line in older JavaScript, are escaped too.
    static func string(_ text: String) -> String {
        var result: [UInt8] = []
        append(string: text, to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    static func append(string text: String, to result: inout [UInt8]) {
        // On UTF-8 bytes: only ASCII bytes are escaped, and the separators' three-byte forms.
        result.reserveCapacity(result.count + text.utf8.count + 2)
        result.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): result += #"\""#.utf8
            case UInt8(ascii: "\\"): result += #"\\"#.utf8
            case UInt8(ascii: "\n"): result += #"\n"#.utf8
            case UInt8(ascii: "\r"): result += #"\r"#.utf8
            case UInt8(ascii: "\t"): result += #"\t"#.utf8
            case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), 0..<0x20: appendEscape(UInt32(byte), to: &result)
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                guard let second = utf8.next() else { result.append(byte); break }
                guard second == 0x80, let third = utf8.next() else { result += [byte, second]; break }
                if third == 0xA8 || third == 0xA9 {
                    appendEscape(0x2000 | UInt32(third - 0x80), to: &result)
                } else {
                    result += [byte, second, third]
                }
            default: result.append(byte)
            }
        }
        result.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func appendEscape(_ value: UInt32, to result: inout [UInt8]) {
        let digits = hexDigits
        result += #"\u"#.utf8
        for shift in stride(from: 12, through: 0, by: -4) {
            result.append(digits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}

/// Pretty-printed JSON laid out as `JSONEncoder` lays it out with `.prettyPrinted` (two-space
/// indents, `"key" : value`, an empty array as a blank line between its brackets). Keys are
/// written in the order the caller gives them: callers give them sorted, as `.sortedKeys` would.
/// Strings are escaped by `JSON.append(string:to:)`.
struct JSONWriter {
    /// What is written and not yet handed to `sink`, which takes it in pieces of about 64 KB.
    private var bytes: [UInt8] = []
    private let sink: ByteSink
    private var depth = 0
    /// Whether the open container has no element yet.
    private var empty = true
    /// A key was just written: its value follows on the same line.
    private var afterKey = false

    init(_ sink: @escaping ByteSink) {
        self.sink = sink
    }

    /// Elements of an array `depth` containers deep, as `elements(encoded:)` takes them: laid
    /// out as this writer lays them out there, with no separator before the first. So parts
    /// that depend on one article can be encoded once and kept (`serve`).
    static func encodedElements(depth: Int, _ write: (inout JSONWriter) -> Void) -> [UInt8] {
        final class Collected { var bytes: [UInt8] = [] }
        let collected = Collected()
        var writer = JSONWriter { collected.bytes += $0 }
        writer.depth = depth
        // As after a key: the first element needs no separator, and the next ones do.
        writer.afterKey = true
        writer.empty = false
        write(&writer)
        collected.bytes += writer.bytes
        return collected.bytes
    }

    /// Elements encoded by `encodedElements(depth:_:)` at this writer's depth.
    mutating func elements(encoded: [UInt8]) {
        guard !encoded.isEmpty else { return }
        startValue()
        bytes += encoded
        handOnIfFull()
    }

    mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        array { json in
            for item in elements { element(&json, item) }
        }
    }

    mutating func array(_ elements: (inout JSONWriter) -> Void) {
        open("[")
        elements(&self)
        close("]")
    }

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        open("{")
        members(&self)
        close("}")
    }

    /// Ends the JSON with a newline, as `JSONEncoder` output is saved, and hands on the rest.
    mutating func finish() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.withUnsafeBytes(sink)
        bytes = []
    }

    mutating func key(_ name: String) {
        startValue()
        JSON.append(string: name, to: &bytes)
        bytes += " : ".utf8
        afterKey = true
    }

    mutating func string(_ text: String) {
        startValue()
        JSON.append(string: text, to: &bytes)
    }

    mutating func int(_ value: Int) {
        startValue()
        bytes += String(value).utf8
    }

    mutating func strings(_ texts: [String]) {
        array(texts) { $0.string($1) }
    }

    /// A member left out when nil, as synthesised `Encodable` conformances leave it out.
    mutating func member(_ name: String, _ text: String?) {
        guard let text else { return }
        key(name)
        string(text)
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
            return
        }
        if depth > 0 {
            bytes += (empty ? "\n" : ",\n").utf8
            indent(depth)
        }
        empty = false
    }

    private mutating func open(_ bracket: Unicode.Scalar) {
        startValue()
        bytes.append(UInt8(ascii: bracket))
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: Unicode.Scalar) {
        bytes += (empty ? "\n\n" : "\n").utf8
        depth -= 1
        indent(depth)
        bytes.append(UInt8(ascii: bracket))
        empty = false
        handOnIfFull()
    }

    /// Hands what is written to `sink` once it reaches about 64 KB.
    private mutating func handOnIfFull() {
        guard bytes.count >= 1 << 16 else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func indent(_ level: Int) {
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * level)
    }
}

/// Where a file's bytes go as they are made, in pieces: a file in the staging folder, or a
/// `Data` in memory. Each piece is valid only during the call.
typealias ByteSink = (UnsafeRawBufferPointer) -> Void

extension Data {
    /// The bytes `write` hands to its sink, collected: for the site in memory and for tests.
    init(collecting write: (@escaping ByteSink) -> Void) {
        final class Collected { var data = Data() }
        let collected = Collected()
        write { collected.data.append($0.assumingMemoryBound(to: UInt8.self)) }
        self = collected.data
    }
}
