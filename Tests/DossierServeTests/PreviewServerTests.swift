@testable import DossierServe
import DossierCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The preview server for real: FlyingFox listening on 127.0.0.1 at a free port, asked with a raw
/// socket so that request lines arrive exactly as written.
@Suite(.serialized) struct PreviewServerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the small fixture dossier, so the tests can edit it.
    struct Project {
        let root: URL
        var content: URL { root.appendingPathComponent("content") }
        var output: URL { root.appendingPathComponent("site") }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-preview-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: PreviewServerTests.repository.appendingPathComponent("Tests/DossierCoreTests/Fixtures/small-dossier/content"),
                                             to: content)
        }

        var settings: BuildSettings {
            BuildSettings(contentDirectory: content, templatesDirectory: PreviewServerTests.repository.appendingPathComponent("templates"),
                          outputDirectory: output)
        }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    func withServer(renderToDisk: Bool = false, poll: Bool = false,
                    _ body: (PreviewServer, LoopbackClient, Project) async throws -> Void) async throws {
        let project = try Project()
        defer { project.remove() }
        let server = try PreviewServer(settings: project.settings, port: 0, renderToDisk: renderToDisk, poll: poll)
        let url = try await server.start()
        let client = LoopbackClient(port: UInt16(url.port ?? 0))
        do {
            try await body(server, client, project)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test func noRequestReachesAFileOutsideTheSite() async throws {
        try await withServer { _, client, _ in
            for target in ["/%2e%2e/etc/passwd", "/..%2fetc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/articles/../../etc/passwd",
                           "/../../../../etc/passwd", "/index.html%00", "/%00/etc/passwd", "/.dossier-site", "/..", "/%2e%2e"] {
                let response = try client.get(target)
                #expect(response.status == 404, "\(target) answered \(response.status)")
                #expect(!response.text.contains("root:"), "\(target) leaked a file")
            }
        }
    }

    /// 127.0.0.1 only: FlyingFox's default would listen on every IPv6 (and mapped IPv4) address.
    @Test func listensOnTheIPv4LoopbackOnly() async throws {
        try await withServer { (_, client: LoopbackClient, _) async throws in
            let home = try client.get("/")
            #expect(home.status == 200)
            let socket = Glibc.socket(AF_INET6, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(socket) }
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = client.port.bigEndian
            address.sin6_addr = in6addr_loopback
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
            #expect(result != 0, "the preview answered on [::1]")
        }
    }

    @Test func servesPagesWithContentTypesAndFolderIndexes() async throws {
        try await withServer { _, client, _ in
            let home = try client.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            #expect(home.text.contains("<title>"))

            let people = try client.get("/people/")
            #expect(people.status == 200)
            #expect(people.text.contains("Tom Crowther"))

            let redirect = try client.get("/people")
            #expect(redirect.status == 301)
            #expect(redirect.headers["location"] == "/people/")

            let css = try client.get("/assets/style.css")
            #expect(css.headers["content-type"] == "text/css; charset=utf-8")
            #expect(!css.text.contains("__dossier"))

            let svg = try client.get("/assets/favicon.svg")
            #expect(svg.headers["content-type"] == "image/svg+xml")

            let head = try client.get("/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.headers["content-length"] == String(home.body.count))

            #expect(try client.get("/", method: "POST").status == 405)
            #expect(try client.get("/", host: "localhost:1313").status == 200)
            #expect(try client.get("/", host: "attacker.example:1313").status == 403)
            #expect(try client.get("/no-such-page.html").status == 404)
        }
    }

    @Test func theLiveScriptIsInServedPagesOnlyNeverInTheSiteFiles() async throws {
        try await withServer(renderToDisk: true) { _, client, project in
            let page = try client.get("/articles/2025-01-16-crowther-framework.html")
            #expect(page.text.contains(#"<script src="/__dossier/live.js?v="#))
            let script = try client.get("/__dossier/live.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("EventSource"))

            let written = try String(contentsOf: project.output.appendingPathComponent("articles/2025-01-16-crowther-framework.html"), encoding: .utf8)
            #expect(written.contains("<title>"))
            let everyFile = FileManager.default.enumerator(atPath: project.output.path)?.allObjects as? [String] ?? []
            #expect(everyFile.count > 5)
            for file in everyFile {
                let data = FileManager.default.contents(atPath: project.output.appendingPathComponent(file).path) ?? Data()
                #expect(data.range(of: Data("__dossier".utf8)) == nil, "\(file) contains the live script")
            }
        }
    }

    /// Edit → rebuild → an event with a new version; a broken file → the errors, with the last
    /// good page still served; fixed → a clean status again.
    @Test func rebuildsTellOpenPagesToReloadOrShowTheErrors() async throws {
        try await withServer { server, client, project in
            let events = try client.openEvents()
            defer { close(events) }
            var buffer = ""
            let first = try client.nextEvent(events, buffer: &buffer)
            let version = try #require(first["version"] as? String)
            #expect((first["errors"] as? [Any])?.isEmpty == true)

            let article = project.content.appendingPathComponent("articles/2025-02-01-council-update.md")
            let original = try String(contentsOf: article, encoding: .utf8)
            try (original + "\nA sentence added while previewing.\n").write(to: article, atomically: true, encoding: .utf8)
            await server.rebuild(trigger: [article.path])
            let changed = try client.nextEvent(events, buffer: &buffer)
            let newVersion = try #require(changed["version"] as? String)
            #expect(newVersion != version)
            #expect(try client.get("/articles/2025-02-01-council-update.html").text.contains("A sentence added while previewing."))

            let person = project.content.appendingPathComponent("people/tom-crowther.md")
            let personText = try String(contentsOf: person, encoding: .utf8)
            try personText.replacingOccurrences(of: "aliases:", with: "alias:").write(to: person, atomically: true, encoding: .utf8)
            await server.rebuild(trigger: [person.path])
            let failed = try client.nextEvent(events, buffer: &buffer)
            #expect(failed["version"] as? String == newVersion)
            let errors = try #require(failed["errors"] as? [[String: Any]])
            #expect(errors.count == 1)
            #expect((errors.first?["path"] as? String)?.hasSuffix("people/tom-crowther.md") == true)
            #expect(errors.first?["line"] as? Int == 3)
            #expect(errors.first?["hint"] as? String == "did you mean 'aliases'?")
            let status = try client.get("/__dossier/status.json")
            #expect(status.headers["content-type"] == "application/json")
            #expect(status.text.contains("unknown key 'alias'"))
            #expect(try client.get("/people/tom-crowther.html").status == 200)  // the last good page

            try personText.write(to: person, atomically: true, encoding: .utf8)
            await server.rebuild(trigger: [person.path])
            let fixed = try client.nextEvent(events, buffer: &buffer)
            #expect((fixed["errors"] as? [Any])?.isEmpty == true)
        }
    }

    /// A saved article's own page is served at once; the pages that list it follow with the
    /// rebuild. After a failed build nothing is previewed, so the errors stay up.
    @Test func aSavedArticlesPageIsShownAtOnceAndTheRestFollows() async throws {
        try await withServer { server, client, project in
            let events = try client.openEvents()
            defer { close(events) }
            var buffer = ""
            let first = try client.nextEvent(events, buffer: &buffer)

            let article = project.content.appendingPathComponent("articles/2025-02-01-council-update.md")
            let original = try String(contentsOf: article, encoding: .utf8)
            try original.replacingOccurrences(of: "*local* inquiries", with: "*local* inquiries, revised")
                .appending("\nCouncillors asked for a timetable.\n").write(to: article, atomically: true, encoding: .utf8)
            #expect(await server.preview([article], trigger: [article.path]))
            let previewed = try client.nextEvent(events, buffer: &buffer)
            #expect(previewed["version"] as? String != first["version"] as? String)
            #expect(try client.get("/articles/2025-02-01-council-update.html").text.contains("Councillors asked for a timetable."))
            #expect(try !client.get("/articles/").text.contains("revised"))

            await server.rebuild(trigger: [article.path])
            _ = try client.nextEvent(events, buffer: &buffer)
            #expect(try client.get("/articles/").text.contains("revised"))
            let (fresh, _) = try SiteBuilder(settings: project.settings).plan()
            #expect(try client.get("/articles/2025-02-01-council-update.html").body == LiveReload.inject(
                into: fresh.files["articles/2025-02-01-council-update.html"]!, version: await server.status.version))

            let person = project.content.appendingPathComponent("people/tom-crowther.md")
            try String(contentsOf: person, encoding: .utf8).replacingOccurrences(of: "aliases:", with: "alias:").write(to: person, atomically: true, encoding: .utf8)
            await server.rebuild(trigger: [person.path])
            try original.write(to: article, atomically: true, encoding: .utf8)
            #expect(await !server.preview([article], trigger: [article.path]))
            #expect(try client.get("/__dossier/status.json").text.contains("unknown key 'alias'"))
        }
    }

    /// A closed page is noticed at the next keep-alive and its stream dropped, so nothing piles up.
    @Test func closedPagesAreForgotten() async throws {
        try await withServer { server, client, _ in
            let events = try client.openEvents()
            var buffer = ""
            _ = try client.nextEvent(events, buffer: &buffer)
            #expect(await server.status.subscriberCount == 1)
            close(events)
            for _ in 0..<40 where await server.status.subscriberCount > 0 {
                await server.status.keepAlive()
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(await server.status.subscriberCount == 0)
        }
    }

    /// The watcher itself, told by the kernel or polling: a saved file is noticed and rebuilt
    /// within a second.
    @Test(arguments: [false, true]) func theWatcherRebuildsWhenAFileIsSaved(poll: Bool) async throws {
        try await withServer(poll: poll) { server, client, project in
            let watching = Task { try await server.watch() }
            defer { watching.cancel() }
            let events = try client.openEvents()
            defer { close(events) }
            var buffer = ""
            let first = try client.nextEvent(events, buffer: &buffer)
            try await Task.sleep(for: .milliseconds(250))  // let the watcher take its first snapshot
            let article = project.content.appendingPathComponent("articles/2025-02-01-council-update.md")
            let started = ContinuousClock.now
            try (try String(contentsOf: article, encoding: .utf8) + "\nSaved again.\n").write(to: article, atomically: true, encoding: .utf8)
            let next = try client.nextEvent(events, buffer: &buffer)
            #expect(next["version"] as? String != first["version"] as? String)
            #expect(ContinuousClock.now - started < .seconds(2))
        }
    }

    @Test func aPortInUseIsAnErrorNotAHang() async throws {
        let project = try Project()
        defer { project.remove() }
        let first = try PreviewServer(settings: project.settings, port: 0)
        let url = try await first.start()
        let second = try PreviewServer(settings: project.settings, port: UInt16(url.port ?? 0))
        let started = ContinuousClock.now
        await #expect(throws: PreviewError.portInUse(UInt16(url.port ?? 0))) { try await second.start() }
        #expect(ContinuousClock.now - started < .seconds(3))
        await first.stop()
    }
}
