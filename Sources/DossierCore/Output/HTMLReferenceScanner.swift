import Foundation

/// Finds, in generated HTML, every `href`/`src` value and every `id` (or `<a name>`). Only what a
/// link check needs: not an HTML parser, but it skips comments and the insides of `<script>` and
/// `<style>`, and decodes the few character references cmark and mustache write into attribute
/// values. A reference keeps its byte offset; line and column are worked out only for the few
/// that turn out to be broken.
struct HTMLReferenceScanner {
    struct Reference: Equatable, Sendable {
        var attribute: String
        var value: String
        /// Byte offset of the value's first byte.
        var offset: Int
    }

    struct Result: Sendable {
        var references: [Reference] = []
        var ids: Set<String> = []
    }

    static func scan(_ html: [UInt8]) -> Result {
        html.withUnsafeBufferPointer { scan($0) }
    }

    static func scan(_ html: Data) -> Result {
        html.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self)) }
    }

    static func scan(_ html: UnsafeBufferPointer<UInt8>) -> Result {
        var result = Result()
        let count = html.count
        var index = 0
        while index < count {
            guard html[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if matches(html, at: index, "<!--") {
                index = find(html, "-->", from: index + 4).map { $0 + 3 } ?? count
                continue
            }
            // A tag: its name, then attributes until '>'.
            var i = index + 1
            let nameStart = i
            while i < count, isNameByte(html[i]) { i += 1 }
            guard i > nameStart else {
                index = i
                continue
            }
            let tag = Tag(html, nameStart, i)
            index = i
            while index < count, html[index] != UInt8(ascii: ">") {
                if isSpace(html[index]) || html[index] == UInt8(ascii: "/") {
                    index += 1
                    continue
                }
                let attributeStart = index
                while index < count, !isSpace(html[index]), html[index] != UInt8(ascii: "="), html[index] != UInt8(ascii: ">") { index += 1 }
                let attributeEnd = index
                guard index < count, html[index] == UInt8(ascii: "=") else { continue }
                index += 1
                var valueStart = index, valueEnd = index, quoted = false
                if index < count, html[index] == UInt8(ascii: "\"") || html[index] == UInt8(ascii: "'") {
                    let quote = html[index]
                    quoted = true
                    valueStart = index + 1
                    valueEnd = valueStart
                    while valueEnd < count, html[valueEnd] != quote { valueEnd += 1 }
                } else {
                    while valueEnd < count, !isSpace(html[valueEnd]), html[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
                }
                index = min(quoted ? valueEnd + 1 : valueEnd, count)
                let attribute = Attribute(html, attributeStart, attributeEnd)
                if attribute == .other || (attribute == .name && tag != .a) { continue }
                let value = decodeReferences(String(decoding: UnsafeBufferPointer(rebasing: html[min(valueStart, count)..<valueEnd]), as: UTF8.self))
                switch attribute {
                case .id, .name: result.ids.insert(value)
                case .href: result.references.append(Reference(attribute: "href", value: value, offset: valueStart))
                case .src: result.references.append(Reference(attribute: "src", value: value, offset: valueStart))
                case .other: break
                }
            }
            index = min(index + 1, count)
            if tag == .script || tag == .style {
                index = find(html, tag == .script ? "</script" : "</style", from: index) ?? count
            }
        }
        return result
    }

    /// Where a byte offset is: line and column (in characters, as an editor counts them), and
    /// the line itself when it is short enough to read (generated lines can be whole paragraphs).
    struct Location: Equatable {
        var line: Int
        var column: Int
        var text: String?
    }

    /// The location of each offset, in ascending order, found in one pass over the page: a
    /// template that breaks a link on every entry of a long list makes thousands of them.
    static func locations(of offsets: [Int], in html: [UInt8]) -> [Location] {
        let newline = UInt8(ascii: "\n")
        var line = 1, lineStart = 0, index = 0
        return offsets.map { offset in
            let offset = min(max(offset, index), html.count)
            while index < offset {
                if html[index] == newline {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            let column = html[lineStart..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
            let lineEnd = html[offset...].firstIndex(of: newline) ?? html.count
            let text = String(decoding: html[lineStart..<lineEnd], as: UTF8.self)
            return Location(line: line, column: column, text: text.count <= 160 ? text : nil)
        }
    }

    /// Where `needle` (lower-case ASCII) next starts, ignoring case.
    private static func find(_ html: UnsafeBufferPointer<UInt8>, _ needle: String, from start: Int) -> Int? {
        let bytes = Array(needle.utf8)
        var i = start
        while i + bytes.count <= html.count {
            if lowercase(html[i]) == bytes[0], matches(html, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    private static func matches(_ html: UnsafeBufferPointer<UInt8>, at index: Int, _ text: String) -> Bool {
        var i = index
        for byte in text.utf8 {
            guard i < html.count, lowercase(html[i]) == byte else { return false }
            i += 1
        }
        return true
    }

    /// The only tags and attributes that matter, told apart without making a string of every name.
    private enum Tag {
        case a, script, style, other

        init(_ html: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            self = isName(html, start, end, "a") ? .a : isName(html, start, end, "script") ? .script : isName(html, start, end, "style") ? .style : .other
        }
    }

    private enum Attribute {
        case href, src, id, name, other

        init(_ html: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            if isName(html, start, end, "href") { self = .href }
            else if isName(html, start, end, "src") { self = .src }
            else if isName(html, start, end, "id") { self = .id }
            else if isName(html, start, end, "name") { self = .name }
            else { self = .other }
        }
    }

    private static func isName(_ html: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ name: String) -> Bool {
        end - start == name.utf8.count && matches(html, at: start, name)
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// The character references that cmark and mustache write into attribute values.
    static func decodeReferences(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
        var text = value
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&#x2F;", "/"), ("&#61;", "="), ("&#x3D;", "=")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }
}
