import CmarkGFM
import Mustache

/// How every template's `{{x}}` is escaped: by `HTMLEscaping.escape`, scalar by scalar.
/// swift-mustache's own escaping looks characters up by grapheme cluster, so a quotation mark
/// followed by a combining mark was written as it was and could end an attribute value:
/// `content="{{description}}"` let an article add attributes.
enum TemplateEscaping {
    /// Replaces swift-mustache's "HTML" content type, so a template that names it gets this too.
    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }

    /// Registered once, before the first template is parsed: the parser looks the name up.
    static let registered: Void = MustacheContentTypes.register(ContentType(), named: "HTML")

    /// The line put before each template, so its variables are escaped by `ContentType`.
    static let pragma = "{{% CONTENT_TYPE: HTML }}"
}
