import CCmarkGFM
import Foundation

/// A parsed GitHub-Flavoured Markdown document.
///
/// This class is the only owner of cmark-gfm memory in the program: it holds the parser
/// (whose extension list the HTML renderer needs) and the document tree, and frees both in
/// `deinit`. No cmark pointer leaves this module.
public final class MarkdownDocument {
    private let parser: OpaquePointer
    private let root: OpaquePointer
    private let options: MarkdownOptions

    public init(_ markdown: String, options: MarkdownOptions = .standard) {
        CmarkRuntime.registerExtensionsOnce()
        self.options = options
        parser = cmark_parser_new(options.cmarkParseOptions)
        for name in CmarkRuntime.extensionNames {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        root = CmarkRuntime.parse(markdown, with: parser)
        repairInvalidUTF8()
    }

    /// cmark-gfm 0.29.0.gfm.6 can cut a character in two when it gives up on a footnote label
    /// that spans lines ("[^" then a line break: github/cmark-gfm#282, which also drops some of
    /// the label's words), leaving invalid UTF-8 in a text node. Its plain-text renderer then
    /// stops at the bad byte and drops the rest of the node, so the search index and page
    /// descriptions lost words that the page showed (found by Fuzz/FuzzMarkdownLinking). Such
    /// literals are repaired to U+FFFD, as Swift repairs the HTML.
    private func repairInvalidUTF8() {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            // Every node with a literal is a leaf, which may be changed on entering it.
            guard let node = cmark_iter_get_node(iterator), let literal = cmark_node_get_literal(node) else { continue }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            if String(validating: bytes, as: UTF8.self) == nil {
                cmark_node_set_literal(node, String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    deinit {
        cmark_node_free(root)
        cmark_parser_free(parser)
    }

    // MARK: Rendering

    /// The whole document as HTML. cmark escapes text and attributes; raw HTML is replaced by a
    /// comment unless `.allowRawHTML` is set, and the tagfilter extension still disarms
    /// `<script>`, `<iframe>` and the like when it is.
    public func renderHTML() -> String {
        render(root)
    }

    /// Each top-level block rendered on its own, so a caller can give article paragraphs anchors.
    public func renderTopLevelBlocks() -> [String] {
        var blocks: [String] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            blocks.append(render(node))
            child = cmark_node_next(node)
        }
        return blocks
    }

    /// The document as plain text, without markup: for search indexes, feed summaries and
    /// page descriptions.
    public func renderPlainText() -> String {
        CmarkRuntime.takeString(cmark_render_plaintext(root, options.cmarkRenderOptions, 0))
    }

    /// cmark's XML dump of the tree, for tests that check the shape of the AST.
    public func xml() -> String {
        CmarkRuntime.takeString(cmark_render_xml(root, 0))
    }

    private func render(_ node: OpaquePointer) -> String {
        CmarkRuntime.takeString(
            cmark_render_html(node, options.cmarkRenderOptions, cmark_parser_get_syntax_extensions(parser)))
    }

    // MARK: Shape

    /// The deepest nesting of block quotes and lists, and the line (of the Markdown, from 1)
    /// where it is first reached. cmark parses any depth without recursion, but its plain-text
    /// renderer takes time quadratic in the depth, so callers bound it.
    public func deepestNesting() -> (depth: Int, line: Int) {
        var depth = 0
        var deepest = (depth: 0, line: 0)
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST else { continue }
            depth += event == CMARK_EVENT_ENTER ? 1 : -1
            if depth > deepest.depth { deepest = (depth, Int(cmark_node_get_start_line(node))) }
        }
        return deepest
    }

    // MARK: Text runs and links

    /// The text nodes a name may be linked in, in document order: not inside links, images or
    /// headings (code and raw HTML are not text nodes at all). Adjacent text nodes are merged
    /// first, so a name split by cmark's inline parser is one run.
    public func linkableTextRuns() -> [TextRun] {
        textRuns(.linkable)
    }

    /// The text runs of one scope, in document order, indexed for `replaceTextRuns(_:in:)`.
    public func textRuns(_ scope: TextRunScope) -> [TextRun] {
        collectTextNodes(scope).enumerated().map { index, found in
            TextRun(index: index, text: String(cString: cmark_node_get_literal(found.node)), section: found.section, block: found.block)
        }
    }

    /// Replaces text runs (by index, as returned by `textRuns(scope)`) with a sequence of text,
    /// link and abbreviation nodes. The tree is changed only after the walk that found the runs
    /// has finished, as cmark's iterator requires.
    public func replaceTextRuns(_ replacements: [Int: [InlineContent]], in scope: TextRunScope = .linkable) {
        guard !replacements.isEmpty else { return }
        let nodes = collectTextNodes(scope)
        for (index, pieces) in replacements.sorted(by: { $0.key < $1.key }) where nodes.indices.contains(index) {
            replace(nodes[index].node, with: pieces)
        }
    }

    /// An image whose address cmark would blank (javascript:, vbscript:, file:, most data:)
    /// becomes its alt text: an `<img src="">` helps no reader and is invalid HTML.
    public func replaceUnsafeImagesWithText() {
        var unsafe: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if Self.isDangerous(url) { unsafe.append(node) }
        }
        cmark_iter_free(iterator)
        for image in unsafe {
            // The description's own nodes move out in order (text, emphasis, code, line breaks),
            // so no word is lost: flattening only the direct text children dropped "x" from
            // "![*x*](javascript:…)" and joined the words around a line break (found by
            // Fuzz/FuzzMarkdownLinking). If a parent refused a node, the image stays: cmark
            // prints it with an empty src, and its remaining words as its alt text.
            var child = cmark_node_first_child(image)
            var movedAll = true
            while let node = child {
                child = cmark_node_next(node)
                guard cmark_node_insert_before(image, node) == 1 else {
                    movedAll = false
                    break
                }
            }
            if movedAll {
                cmark_node_unlink(image)
                cmark_node_free(image)
            }
        }
    }

    /// cmark's own rule for addresses it will not print (scan_dangerous_url in cmark-gfm).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }

    /// A parent may refuse a child: a GFM table cell takes no custom inline node, and cmark
    /// then declines the insertion silently. A refused piece goes in as plain text; if even that
    /// is refused, the original text node stays, so no words are ever lost.
    private func replace(_ old: OpaquePointer, with pieces: [InlineContent]) {
        var inserted: [OpaquePointer] = []
        for piece in pieces {
            let node = makeNode(piece)
            if cmark_node_insert_before(old, node) == 1 {
                inserted.append(node)
                continue
            }
            cmark_node_free(node)
            let fallback = makeTextNode(piece.text)
            guard cmark_node_insert_before(old, fallback) == 1 else {
                cmark_node_free(fallback)
                for node in inserted {
                    cmark_node_unlink(node)
                    cmark_node_free(node)
                }
                return
            }
            inserted.append(fallback)
        }
        cmark_node_unlink(old)
        cmark_node_free(old)
    }

    /// The inline content of the document's first paragraph, without the `<p>` around it: for
    /// a title or a quoted sentence shown inside other markup.
    public func renderFirstParagraphContents() -> String {
        var child = cmark_node_first_child(root)
        while let node = child, cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH { child = cmark_node_next(node) }
        guard let paragraph = child else { return "" }
        var html = ""
        var inline = cmark_node_first_child(paragraph)
        while let node = inline {
            html += render(node)
            inline = cmark_node_next(node)
        }
        return html
    }

    private func makeNode(_ piece: InlineContent) -> OpaquePointer {
        switch piece {
        case .text(let text):
            return makeTextNode(text)
        case .link(let url, let title, let text):
            let link = cmark_node_new(CMARK_NODE_LINK)!
            cmark_node_set_url(link, url)
            cmark_node_set_title(link, title)
            cmark_node_append_child(link, makeTextNode(text))
            return link
        case .abbreviation(let text, let title):
            // cmark has no abbreviation node. A custom inline node prints its on_enter and
            // on_exit strings as they are (even without CMARK_OPT_UNSAFE), so the title is
            // escaped here; the text stays a text node, which cmark escapes itself.
            let abbreviation = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)!
            cmark_node_set_on_enter(abbreviation, "<abbr title=\"\(HTMLEscaping.escape(title))\">")
            cmark_node_set_on_exit(abbreviation, "</abbr>")
            cmark_node_append_child(abbreviation, makeTextNode(text))
            return abbreviation
        }
    }

    private func makeTextNode(_ text: String) -> OpaquePointer {
        let node = cmark_node_new(CMARK_NODE_TEXT)!
        cmark_node_set_literal(node, text)
        return node
    }

    private func collectTextNodes(_ scope: TextRunScope) -> [(node: OpaquePointer, section: Int, block: Int)] {
        cmark_consolidate_text_nodes(root)
        var found: [(node: OpaquePointer, section: Int, block: Int)] = []
        var section = 0
        var block = -1
        var excludedDepth = 0
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER, cmark_node_parent(node) == root { block += 1 }
            if type == CMARK_NODE_HEADING, event == CMARK_EVENT_ENTER { section += 1 }
            if scope.excludes(type) {
                excludedDepth += event == CMARK_EVENT_ENTER ? 1 : -1
            } else if type == CMARK_NODE_TEXT, excludedDepth == 0 {
                found.append((node, section, block))
            }
        }
        return found
    }
}

/// Which text nodes `textRuns` returns.
public enum TextRunScope: Sendable {
    /// Text a link may be inserted in: not inside links, images or headings.
    case linkable
    /// All readable text, link text and headings included, but not image descriptions (which
    /// cmark renders as plain attribute text) nor text already inside an abbreviation.
    case prose

    fileprivate func excludes(_ type: cmark_node_type) -> Bool {
        switch self {
        case .linkable: return type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_HEADING
        case .prose: return type == CMARK_NODE_IMAGE || type == CMARK_NODE_CUSTOM_INLINE
        }
    }
}

/// A run of plain text in the document, as cmark holds it (entities and escapes already decoded).
public struct TextRun: Equatable, Sendable {
    public var index: Int
    public var text: String
    /// Counts headings seen before the run: runs under the same heading share a section.
    public var section: Int
    /// The top-level block (paragraph, list, table…) the run is in, counted from 0.
    public var block: Int

    public init(index: Int, text: String, section: Int, block: Int = 0) {
        self.index = index
        self.text = text
        self.section = section
        self.block = block
    }
}

/// What a text run is replaced with.
public enum InlineContent: Equatable, Sendable {
    case text(String)
    case link(url: String, title: String, text: String)
    /// `<abbr title="title">text</abbr>`: wraps the text, never changes it.
    case abbreviation(text: String, title: String)

    /// The words the piece shows.
    public var text: String {
        switch self {
        case .text(let text), .link(_, _, let text), .abbreviation(let text, _): return text
        }
    }
}

/// Text for HTML, escaped scalar by scalar: for the attribute value this module writes itself,
/// and for every template variable of the site (dossier's template stage uses it in place of
/// swift-mustache's own escaping).
///
/// Escaping by `Character`, as swift-mustache does, misses a quotation mark followed by a
/// combining mark (`"` + U+0301 is one Character), which then ends an attribute value. Here
/// the UTF-8 bytes are read, where `"` is always the byte 0x22.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
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
}

public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 0)
    public static let footnotes = MarkdownOptions(rawValue: 1 << 1)
    /// Passes raw HTML through (tagfilter still applies). Off unless a dossier turns it on.
    public static let allowRawHTML = MarkdownOptions(rawValue: 1 << 2)

    public static let standard: MarkdownOptions = [.smartPunctuation, .footnotes]

    var cmarkParseOptions: Int32 {
        var value = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if contains(.smartPunctuation) { value |= CMARK_OPT_SMART }
        if contains(.footnotes) { value |= CMARK_OPT_FOOTNOTES }
        return value
    }

    var cmarkRenderOptions: Int32 {
        var value = CMARK_OPT_DEFAULT
        if contains(.allowRawHTML) { value |= CMARK_OPT_UNSAFE }
        if contains(.footnotes) { value |= CMARK_OPT_FOOTNOTES }
        return value
    }
}

/// Process-wide cmark-gfm state, kept in one place.
enum CmarkRuntime {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The strikethrough and autolink extensions change process-wide character tables while
    /// parsing, so two threads parsing at once corrupt each other's output. Parsing is
    /// serialised; rendering, the larger share of the work, runs in parallel.
    private static let parseLock = NSLock()

    static func registerExtensionsOnce() {
        _ = registration
    }

    static func parse(_ markdown: String, with parser: OpaquePointer) -> OpaquePointer {
        parseLock.lock()
        defer { parseLock.unlock() }
        var text = markdown
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return cmark_parser_finish(parser)
    }

    /// cmark hands over a malloc'd string: copy it, then free it.
    static func takeString(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
