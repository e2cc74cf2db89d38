import Foundation

/// Everything the site will contain, as relative path → bytes, before anything is written.
public struct SitePlan: Sendable, Equatable {
    public var files: [String: Data] = [:]

    public init(files: [String: Data] = [:]) {
        self.files = files
    }

    public mutating func add(_ path: String, _ text: String) {
        files[path] = Data(text.utf8)
    }

    public var sortedPaths: [String] { files.keys.sorted() }
}
