import Mustache

// swift-mustache asks every value it meets what it is, by dynamic casts to its protocols. A
// string it is not told about is printed through `String(describing:)`, and a name looked up in a
// section opened on a string (`{{#date}}…{{dateISO}}…{{/date}}`) reflects the string with a
// `Mirror` before trying the section's parent. Strings are most of what pages show: told what
// they are, they render and look up exactly as before, on the short path.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension String: @retroactive MustacheParent {
    /// A string has no named fields: its `Mirror` has none either.
    public func child(named name: String) -> Any? { nil }
}

/// A field that is there with no value. swift-mustache takes nil from `child(named:)` for a
/// field that is not there, and looks the name up again in every enclosing context: each
/// `{{#date}}` of an undated item searched the whole page's values, and would have shown an
/// enclosing value of the same name. As the Mustache spec says of a null, the name is found,
/// and false: the library's own null (a representation of nil) ends the search there.
struct TemplateNull: MustacheCustomRepresentation {
    var representation: Any? { nil }
}

/// An optional field as `child(named:)` answers it: its value, or `TemplateNull`.
func present<Value>(_ value: Value?) -> Any {
    value.map { $0 as Any } ?? TemplateNull()
}
