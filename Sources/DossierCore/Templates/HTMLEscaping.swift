import Mustache

/// Text for HTML, escaped scalar by scalar.
///
/// swift-mustache's own escaping looks characters up by grapheme cluster, so a quotation mark
/// followed by a combining mark (`"` + U+0301 is one Character) was written as it was and could
/// end an attribute value: `content="{{description}}"` let an article add attributes. This
/// works on the UTF-8 bytes, where `"` is always the byte 0x22, and is also several times faster
/// on long text.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var text = text
        return text.withUTF8 { bytes in
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): escaped += "&amp;".utf8
                case UInt8(ascii: "<"): escaped += "&lt;".utf8
                case UInt8(ascii: ">"): escaped += "&gt;".utf8
                case UInt8(ascii: "\""): escaped += "&quot;".utf8
                case UInt8(ascii: "'"): escaped += "&#39;".utf8
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The content type every template is rendered with (see `TemplateLibrary`). It replaces
    /// swift-mustache's "HTML", so a template that names that type gets this escaping too.
    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// Registered once, before the first template is parsed: the parser looks the name up.
    static let registered: Void = MustacheContentTypes.register(ContentType(), named: "HTML")

    /// The line put before each template, so its variables are escaped by `ContentType`.
    static let pragma = "{{% CONTENT_TYPE: HTML }}"
}
