@testable import DossierServe
import DossierCore
import Foundation
import Testing

@Suite struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheEndOfTheHead() {
        let page = Data("<html><head><title>x</title></head><body></body></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: page, version: "abc-1"), as: UTF8.self)
        #expect(injected == "<html><head><title>x</title><script src=\"/__dossier/live.js?v=abc-1\" defer></script>\n</head><body></body></html>")
    }

    @Test func aFragmentWithoutAHeadStillGetsTheScript() {
        #expect(String(decoding: LiveReload.inject(into: Data("<p>x</p>".utf8), version: "v"), as: UTF8.self).hasSuffix("defer></script>\n"))
    }

    @Test func theStatusIsJSONWithEscapedText() async throws {
        let status = PreviewStatus()
        await status.fail([Diagnostic(.error, "content/a.txt", line: 2, column: 1, "bad </script><b>\"quote\"", hint: "fix it")])
        let json = try JSONSerialization.jsonObject(with: await status.statusJSON()) as? [String: Any]
        let errors = json?["errors"] as? [[String: Any]]
        #expect(errors?.first?["message"] as? String == "bad </script><b>\"quote\"")
        #expect(errors?.first?["line"] as? Int == 2)
    }

    @Test func anUnchangedRebuildKeepsTheVersion() async {
        let status = PreviewStatus()
        let plan = SitePlan(files: ["index.html": Data("a".utf8)])
        #expect(await status.publish(PlanSiteSource(plan: plan), plan: plan) == 1)
        let version = await status.version
        #expect(await status.publish(PlanSiteSource(plan: plan), plan: plan) == 0)
        #expect(await status.version == version)
        let changed = SitePlan(files: ["index.html": Data("b".utf8)])
        #expect(await status.publish(PlanSiteSource(plan: changed), plan: changed) == 1)
        #expect(await status.version != version)
    }

    @Test func snapshotsNoticeSavesAndDeletions() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-snapshot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("articles"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("articles/a.txt")
        try Data("one".utf8).write(to: file)
        try Data("swap".utf8).write(to: folder.appendingPathComponent("articles/.a.txt.swp"))
        let before = FolderSnapshot.take(of: [folder])
        #expect(before.files.count == 1)
        try Data("two!".utf8).write(to: file)
        #expect(FolderSnapshot.take(of: [folder]).changes(since: before) == [file.standardizedFileURL.path])
        try FileManager.default.removeItem(at: file)
        #expect(FolderSnapshot.take(of: [folder]).changes(since: before).count == 1)
    }
}
