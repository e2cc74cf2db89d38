import DossierCore
import Foundation

/// Serves a `SitePlan` held in memory: previewing changes nothing on disk, and a path can only
/// ever name a planned file, so nothing outside the site is reachable by construction.
struct PlanSiteSource: SiteSource {
    let plan: SitePlan

    func lookup(_ path: SitePath) -> SiteLookup {
        let relative = path.relativePath
        if !relative.isEmpty, !path.namesFolder, let data = plan.files[relative] {
            return .file(data, path: relative)
        }
        let index = relative.isEmpty ? "index.html" : relative + "/index.html"
        guard let data = plan.files[index] else { return .notFound }
        if relative.isEmpty || path.namesFolder { return .file(data, path: index) }
        return .redirect(location: path.encodedPath + "/")
    }
}
