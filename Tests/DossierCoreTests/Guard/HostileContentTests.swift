import CmarkGFM
@testable import DossierCore
import Foundation
import Testing

/// A dossier with script, event-handler, javascript:/data: and template payloads in every field
/// it has. Nothing in it may run in a reader's browser: the only scripts are the site's own
/// files, no tag carries an event handler, no link or source is a script or data URL.
@Suite struct HostileContentTests {
    static let site: [String: String] = {
        let folder = try! TemporaryFolder()
        defer { folder.remove() }
        let settings = BuildSettings(contentDirectory: Fixtures.folder("xss/content"), templatesDirectory: Fixtures.repository.appendingPathComponent("templates"),
                                     outputDirectory: folder.url.appendingPathComponent("site"))
        _ = try! SiteBuilder(settings: settings).build()
        return folder.contents(of: "site").mapValues { String(decoding: $0, as: UTF8.self) }
    }()

    /// Real tags and their real attributes, as a browser tokenises them: payload text inside
    /// an escaped attribute value or in element text is not an attribute.
    static let tag = try! NSRegularExpression(pattern: #"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*/?>"#)
    static let attribute = try! NSRegularExpression(pattern: #"([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?"#)

    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
    }

    static let tagStart = try! NSRegularExpression(pattern: #"<[a-zA-Z]"#)

    /// Where a tag opens that `tag` cannot read: a browser would still read one there, with
    /// whatever attributes it finds (a quoted value followed by a combining mark, then
    /// ` onfocus=…`, is two more attributes to a browser). Every tag must be readable.
    func unreadableTags(_ html: String) -> [String] {
        let text = html as NSString
        let range = NSRange(location: 0, length: text.length)
        let read = Set(Self.tag.matches(in: html, range: range).map(\.range.location))
        return Self.tagStart.matches(in: html, range: range).map(\.range.location).filter { !read.contains($0) }.map { location in
            text.substring(with: NSRange(location: location, length: min(160, text.length - location)))
        }
    }

    func tags(_ html: String) -> [Tag] {
        let text = html as NSString
        return Self.tag.matches(in: html, range: NSRange(location: 0, length: text.length)).map { match in
            let attributes = text.substring(with: match.range(at: 2))
            let pairs = Self.attribute.matches(in: attributes, range: NSRange(location: 0, length: (attributes as NSString).length)).map { found in
                let name = (attributes as NSString).substring(with: found.range(at: 1)).lowercased()
                let value = found.range(at: 2).location == NSNotFound ? "" : (attributes as NSString).substring(with: found.range(at: 2))
                return (name: name, value: value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")))
            }
            return Tag(name: text.substring(with: match.range(at: 1)).lowercased(), attributes: pairs)
        }
    }

    @Test func nothingInTheOutputCanRunInABrowser() {
        #expect(Self.site.count > 20)
        for (path, text) in Self.site where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".md") {
            // Markdown is judged by what a careless renderer (raw HTML on) would make of it.
            let html = path.hasSuffix(".md") ? MarkdownDocument(text, options: [.allowRawHTML]).renderHTML() : text
            for unreadable in unreadableTags(html) {
                Issue.record("\(path): a tag the check cannot read: \(unreadable)")
            }
            for tag in tags(html) {
                #expect(!["iframe", "svg", "object", "embed", "style", "base"].contains(tag.name), "\(path): <\(tag.name)>")
                if tag.name == "form" {
                    #expect(tag.attributes.contains { $0.name == "action" && $0.value.hasSuffix("search.html") }, "\(path): a form that is not the search box")
                }
                if tag.name == "script" {
                    #expect(tag.attributes.contains { $0.name == "src" && $0.value.contains("assets/search") }, "\(path): an inline or foreign script")
                }
                for attribute in tag.attributes {
                    #expect(!attribute.name.hasPrefix("on"), "\(path): <\(tag.name) \(attribute.name)=…>")
                    if ["href", "src", "action", "formaction", "xlink:href"].contains(attribute.name) {
                        let value = attribute.value.lowercased()
                        #expect(!value.hasPrefix("javascript:") && !value.hasPrefix("data:") && !value.hasPrefix("vbscript:"), "\(path): \(attribute.name)=\(attribute.value)")
                    }
                }
            }
        }
        for (path, text) in Self.site where path.hasSuffix(".js") || path.hasSuffix(".json") {
            guard path != "assets/search.js" else { continue }
            #expect(!text.contains("<"), "\(path) has a raw '<'")
        }
    }

    @Test func templateSyntaxInContentIsShownNotEvaluated() throws {
        let article = try #require(Self.site["articles/2025-03-01-payloads.html"])
        #expect(article.contains("{{page.title}}"))
        #expect(article.contains("{{{page}}} and {{#page}}x{{/page}}"))
        // The paragraph as cmark escapes it (it leaves ' alone).
        #expect(article.contains("&lt;script&gt;alert('body')&lt;/script&gt;"))
    }
}
