import DossierCore
import Foundation

/// What the preview server tells the command line, which decides how to print it.
public enum PreviewEvent: Sendable {
    /// The server is listening at this address.
    case listening(URL)
    /// An edit to articles is shown at once on their own `pages` (site paths), before the
    /// whole site is built again.
    case previewed(pages: [String], trigger: [String], elapsed: Duration)
    /// A build succeeded; `changedFiles` is how many of the site's files differ from the last good build.
    case built(BuildReport, changedFiles: Int, trigger: [String], elapsed: Duration)
    /// A build failed; the last good site is still being served.
    case failed([Diagnostic], trigger: [String])
}
