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
