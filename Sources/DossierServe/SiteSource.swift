import Foundation

/// Where the preview's pages come from: the last good build in memory, or the output folder.
protocol SiteSource: Sendable {
    func lookup(_ path: SitePath) -> SiteLookup
}

enum SiteLookup: Equatable {
    /// The file's bytes and its path relative to the site (`people/index.html` for `/people/`).
    case file(Data, path: String)
    /// A folder asked for without its trailing slash: its relative links need the slash.
    case redirect(location: String)
    case notFound
}
