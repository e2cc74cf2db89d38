import Foundation

/// A request's path, turned into components that can only name something inside the site.
///
/// Each `/`-separated segment of the raw (still percent-encoded) path is decoded on its own, so
/// `%2f` can never make a new separator, and a segment is refused when, decoded, it is `.` or
/// `..`, starts with a dot (hidden files, the site's marker), or holds `/`, `\`, NUL or another
/// control character. FlyingFox's own path standardising happens before decoding, which is how
/// its DirectoryHTTPHandler lets `/%2e%2e/` through; this type never looks at that path.
public struct SitePath: Equatable, Sendable {
    /// Decoded, safe segments: `["articles", "x.html"]`. Empty for the site's root.
    public var components: [String]
    /// The request ended in `/` (or was `/`): a folder, whose `index.html` is served.
    public var namesFolder: Bool

    /// `target` is the request target as it arrived: `/people/x.html?q=1`. Nil when it is not a
    /// path inside the site.
    public init?(target: String) {
        var raw = Substring(target)
        if let end = raw.firstIndex(where: { $0 == "?" || $0 == "#" }) { raw = raw[..<end] }
        guard raw.hasPrefix("/") else { return nil }
        var components: [String] = []
        for segment in raw.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(segment).removingPercentEncoding, Self.isSafe(decoded) else { return nil }
            components.append(decoded)
        }
        self.components = components
        self.namesFolder = raw.hasSuffix("/")
    }

    public init(components: [String], namesFolder: Bool) {
        self.components = components
        self.namesFolder = namesFolder
    }

    /// `articles/x.html`, relative to the site's root.
    public var relativePath: String { components.joined(separator: "/") }

    /// The same path written as a URL path again, for a redirect's Location.
    public var encodedPath: String {
        "/" + components.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? "" }.joined(separator: "/")
    }

    static func isSafe(_ segment: String) -> Bool {
        guard !segment.isEmpty, !segment.hasPrefix(".") else { return false }
        return !segment.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }
    }

    private static let segmentCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "/?#;")
        return set
    }()
}
