/// A small scanner for the HTML cmark-gfm writes, which is regular: every literal `<` opens a
/// tag or a comment (text and attribute values are escaped), and attribute values are double-
/// quoted. It checks the output as a browser would see it: only the elements and attributes
/// cmark and dossier produce, no event handlers or inline styles (the pages' Content-Security-
/// Policy forbids them), and no link to a script URL.
enum RenderedHTML {
    static let allowedElements: Set<String> = [
        "p", "a", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "hr", "br", "img", "table", "thead", "tbody", "tr", "th", "td", "del", "input", "sup", "section", "abbr",
    ]
    static let allowedAttributes: Set<String> = [
        "href", "title", "src", "alt", "class", "id", "start", "align", "type", "checked", "disabled",
        "data-footnotes", "data-footnote-ref", "data-footnote-backref", "data-footnote-backref-idx", "aria-label",
    ]

    /// The first problem found, or nil when the HTML is as cmark should write it.
    static func problem(in html: String) -> String? {
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else { return "unclosed comment" }
                index = end + 3
                continue
            }
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "/") { index += 1 }
            let name = word(bytes, &index)
            guard allowedElements.contains(name) else { return "element <\(name)>" }
            while true {
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
                guard index < bytes.count else { return "unclosed <\(name)> tag" }
                if bytes[index] == UInt8(ascii: ">") { index += 1; break }
                if bytes[index...].starts(with: Array("/>".utf8)) { index += 2; break }
                let attribute = word(bytes, &index)
                guard allowedAttributes.contains(attribute) else { return "attribute '\(attribute)' on <\(name)>" }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") else { return "unquoted \(attribute) on <\(name)>" }
                let start = index + 2
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: "\"")) else { return "unclosed \(attribute) on <\(name)>" }
                let value = String(decoding: bytes[start..<end], as: UTF8.self)
                if attribute == "href" || attribute == "src", let scheme = dangerousScheme(value) {
                    return "\(scheme) URL in \(attribute)=\"\(value)\""
                }
                index = end + 1
            }
        }
        return nil
    }

    /// A browser ignores ASCII whitespace and control characters in a URL's scheme and decodes
    /// character references first, so "jav&#x09;ascript:" is a script URL too. data: URLs
    /// may only be the raster image types cmark lets through, which run nothing (not SVG).
    static func dangerousScheme(_ attributeValue: String) -> String? {
        let url = String(String.UnicodeScalarView(decodeCharacterReferences(attributeValue).unicodeScalars.filter { $0.value > 0x20 }))
            .lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where url.hasPrefix(scheme) {
            return scheme
        }
        let safeData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if url.hasPrefix("data:"), !safeData.contains(where: url.hasPrefix) { return "data:" }
        return nil
    }

    static func decodeCharacterReferences(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "&", let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") else {
                result.append(scalars[index])
                index += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            var decoded: Unicode.Scalar?
            if let value = named[name] {
                decoded = value.unicodeScalars.first
            } else if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            }
            guard let decoded else {
                result.append(scalars[index])
                index += 1
                continue
            }
            result.append(decoded)
            index = semicolon + 1
        }
        return String(result)
    }

    private static func word(_ bytes: [UInt8], _ index: inout Int) -> String {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "-") || (bytes[index] >= 0x61 && bytes[index] <= 0x7A)
            || (bytes[index] >= 0x30 && bytes[index] <= 0x39) || (bytes[index] >= 0x41 && bytes[index] <= 0x5A) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self).lowercased()
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
