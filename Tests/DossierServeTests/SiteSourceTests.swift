@testable import DossierServe
import DossierCore
import Foundation
import Testing

@Suite struct SiteSourceTests {
    static let plan = SitePlan(files: [
        "index.html": Data("home".utf8),
        "people/index.html": Data("people".utf8),
        "people/x.html": Data("x".utf8),
        "assets/style.css": Data("css".utf8),
    ])

    func lookup(_ source: some SiteSource, _ target: String) -> SiteLookup {
        guard let path = SitePath(target: target) else { return .notFound }
        return source.lookup(path)
    }

    @Test func thePlanServesFilesFolderIndexesAndRedirectsFolders() {
        let source = PlanSiteSource(plan: Self.plan)
        #expect(lookup(source, "/") == .file(Data("home".utf8), path: "index.html"))
        #expect(lookup(source, "/people/") == .file(Data("people".utf8), path: "people/index.html"))
        #expect(lookup(source, "/people") == .redirect(location: "/people/"))
        #expect(lookup(source, "/people/x.html") == .file(Data("x".utf8), path: "people/x.html"))
        #expect(lookup(source, "/people/x.html/") == .notFound)
        #expect(lookup(source, "/assets/") == .notFound)
        #expect(lookup(source, "/%2e%2e/etc/passwd") == .notFound)
    }

    /// A folder on disk, with a symbolic link inside it that points out of it.
    @Test func aFolderOnDiskNeverServesAFileOutsideIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site.appendingPathComponent("people"), withIntermediateDirectories: true)
        try Data("home".utf8).write(to: site.appendingPathComponent("index.html"))
        try Data("people".utf8).write(to: site.appendingPathComponent("people/index.html"))
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try Data("marker".utf8).write(to: site.appendingPathComponent(".dossier-site"))
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("escape.txt").path, withDestinationPath: "../secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("etc").path, withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: site.appendingPathComponent("home.html").path, withDestinationPath: "index.html")

        let source = DirectorySiteSource(root: site)
        #expect(lookup(source, "/") == .file(Data("home".utf8), path: "index.html"))
        #expect(lookup(source, "/people/") == .file(Data("people".utf8), path: "people/index.html"))
        #expect(lookup(source, "/people") == .redirect(location: "/people/"))
        #expect(lookup(source, "/home.html") == .file(Data("home".utf8), path: "home.html"))  // a link inside the site is fine
        #expect(lookup(source, "/escape.txt") == .notFound)
        #expect(lookup(source, "/etc/passwd") == .notFound)
        #expect(lookup(source, "/etc/") == .notFound)
        #expect(lookup(source, "/.dossier-site") == .notFound)
        #expect(lookup(source, "/%2e%2e/secret.txt") == .notFound)
        #expect(lookup(source, "/..%2fsecret.txt") == .notFound)
        // Without the path checks, the resolver alone must still refuse what leaves the root.
        #expect(source.lookup(SitePath(components: ["..", "secret.txt"], namesFolder: false)) == .notFound)
    }
}
