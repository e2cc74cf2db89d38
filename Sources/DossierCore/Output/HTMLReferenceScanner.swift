/// Finds, in generated HTML, every `href`/`src` value and every `id` (or `<a name>`), with the
/// line and column where it stands. Only what a link check needs: not an HTML parser, but it
/// skips comments and the insides of `<script>` and `<style>`, and decodes the few character
/// references cmark and mustache write into attribute values.
struct HTMLReferenceScanner {
    struct Reference: Equatable {
        var attribute: String
        var value: String
        var line: Int
        var column: Int
    }

    struct Result {
        var references: [Reference] = []
        var ids: Set<String> = []
    }

    static func scan(_ html: [UInt8]) -> Result {
        var result = Result()
        var index = 0
        var line = 1
        var lineStart = 0
        let count = html.count

        func advance(to end: Int) {
            while index < end {
                if html[index] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }
        /// Where `needle` (lower-case ASCII) next starts, ignoring case.
        func find(_ needle: String, from start: Int) -> Int? {
            let bytes = Array(needle.utf8)
            var i = start
            while i + bytes.count <= count {
                var matches = true
                for k in 0..<bytes.count where lowercase(html[i + k]) != bytes[k] {
                    matches = false
                    break
                }
                if matches { return i }
                i += 1
            }
            return nil
        }

        while index < count {
            guard html[index] == UInt8(ascii: "<") else {
                advance(to: index + 1)
                continue
            }
            if hasPrefix(html, at: index, "<!--") {
                advance(to: find("-->", from: index + 4).map { $0 + 3 } ?? count)
                continue
            }
            // A tag: its name, then attributes until '>'.
            var i = index + 1
            let nameStart = i
            while i < count, isNameByte(html[i]) { i += 1 }
            let tagName = String(decoding: html[nameStart..<i], as: UTF8.self).lowercased()
            advance(to: i)
            guard !tagName.isEmpty else { continue }
            while index < count, html[index] != UInt8(ascii: ">") {
                if isSpace(html[index]) || html[index] == UInt8(ascii: "/") {
                    advance(to: index + 1)
                    continue
                }
                let attributeStart = index
                var j = index
                while j < count, !isSpace(html[j]), html[j] != UInt8(ascii: "="), html[j] != UInt8(ascii: ">") { j += 1 }
                let attribute = String(decoding: html[attributeStart..<j], as: UTF8.self).lowercased()
                advance(to: j)
                guard index < count, html[index] == UInt8(ascii: "=") else { continue }
                advance(to: index + 1)
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
                let value = decodeReferences(String(decoding: html[min(valueStart, count)..<valueEnd], as: UTF8.self))
                advance(to: min(valueStart, count))
                // Columns count characters, not bytes, as an editor does.
                let valueLine = line, valueColumn = html[lineStart..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
                advance(to: min(quoted ? valueEnd + 1 : valueEnd, count))
                switch attribute {
                case "href", "src":
                    result.references.append(Reference(attribute: attribute, value: value, line: valueLine, column: valueColumn))
                case "id":
                    result.ids.insert(value)
                case "name" where tagName == "a":
                    result.ids.insert(value)
                default:
                    break
                }
            }
            advance(to: min(index + 1, count))
            if tagName == "script" || tagName == "style" {
                advance(to: find("</\(tagName)", from: index) ?? count)
            }
        }
        return result
    }

    private static func hasPrefix(_ html: [UInt8], at index: Int, _ prefix: String) -> Bool {
        let bytes = Array(prefix.utf8)
        return index + bytes.count <= html.count && Array(html[index..<(index + bytes.count)]) == bytes
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
        guard value.contains("&") else { return value }
        var text = value
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&#x2F;", "/"), ("&#61;", "="), ("&#x3D;", "=")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.replacingOccurrences(of: "&amp;", with: "&")
    }
}
