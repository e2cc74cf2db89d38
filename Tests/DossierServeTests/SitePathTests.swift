@testable import DossierServe
import Testing

@Suite struct SitePathTests {
    @Test(arguments: [
        "/%2e%2e/etc/passwd", "/..%2fetc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/articles/../../etc/passwd",
        "/../etc/passwd", "/./index.html", "/%2E%2E/%2E%2E/etc/passwd", "/articles/%2e%2e/%2e%2e/etc/passwd",
        "/index.html%00.css", "/%00", "/..\\..\\etc\\passwd", "/a%5c..%5cb", "/.dossier-site", "/articles/.hidden",
        "/%zz", "etc/passwd", "", "http://example.org/index.html", "/a%0d%0aSet-Cookie:%20x",
    ])
    func refusesEveryPathThatCouldLeaveTheSite(_ target: String) {
        #expect(SitePath(target: target) == nil)
    }

    @Test func decodesEachSegmentOnItsOwn() throws {
        let path = try #require(SitePath(target: "/people/jess%20phillips.html?x=1#top"))
        #expect(path.components == ["people", "jess phillips.html"])
        #expect(!path.namesFolder)
        #expect(path.relativePath == "people/jess phillips.html")
        #expect(path.encodedPath == "/people/jess%20phillips.html")
    }

    @Test func knowsFoldersAndTheRoot() throws {
        #expect(SitePath(target: "/") == SitePath(components: [], namesFolder: true))
        #expect(SitePath(target: "/people/") == SitePath(components: ["people"], namesFolder: true))
        #expect(SitePath(target: "//people//x.html") == SitePath(components: ["people", "x.html"], namesFolder: false))
    }

    @Test func onlyLoopbackHostNamesAreAnswered() {
        #expect(PreviewHandler.isLoopback(host: "127.0.0.1:1313"))
        #expect(PreviewHandler.isLoopback(host: "LOCALHOST:8080"))
        #expect(PreviewHandler.isLoopback(host: "[::1]:1313"))
        #expect(PreviewHandler.isLoopback(host: "localhost"))
        #expect(!PreviewHandler.isLoopback(host: "evil.example:1313"))
        #expect(!PreviewHandler.isLoopback(host: "127.0.0.1.evil.example"))
    }

    @Test func contentTypesFollowTheExtension() {
        #expect(ContentType.of("index.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("assets/style.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("assets/favicon.svg") == "image/svg+xml")
        #expect(ContentType.of("assets/photo.JPG") == "image/jpeg")
        #expect(ContentType.of("README") == "application/octet-stream")
    }
}
