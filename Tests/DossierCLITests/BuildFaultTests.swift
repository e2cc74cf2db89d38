import Foundation
import Testing

/// The real binary under faults: killed mid-build, out of disk space, run under other locales.
@Suite(.serialized) struct BuildFaultTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier")

    struct Workspace {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-faults-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: BuildFaultTests.repository.appendingPathComponent("content"), to: root.appendingPathComponent("content"))
            try FileManager.default.copyItem(at: BuildFaultTests.repository.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        }
        func remove() { try? FileManager.default.removeItem(at: root) }
        func url(_ path: String) -> URL { root.appendingPathComponent(path) }

        /// Every file under a folder: relative path → bytes.
        func snapshot(_ folder: String) -> [String: Data] {
            var files: [String: Data] = [:]
            let base = url(folder).resolvingSymlinksInPath().path
            guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
            for case let path as String in walker {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                    files[path] = FileManager.default.contents(atPath: base + "/" + path)
                }
            }
            return files
        }
    }

    @discardableResult
    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], shell: String? = nil) throws -> (status: Int32, stderr: String) {
        let process = Process()
        if let shell {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", shell + " \"$0\" \"$@\"", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "NO_COLOR": "1"].merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    @Test func buildsAreByteIdenticalAcrossProcessesLocalesAndTimeZones() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.run(["build", "--output", "one"], in: workspace.root, environment: ["LANG": "C", "TZ": "UTC"])
        try Self.run(["build", "--output", "two"], in: workspace.root, environment: ["LANG": "tr_TR.UTF-8", "LC_ALL": "tr_TR.UTF-8", "TZ": "Pacific/Kiritimati"])
        try Self.run(["build", "--output", "three"], in: workspace.root, environment: ["LANG": "en_GB.UTF-8", "TZ": "America/St_Johns"])
        let one = workspace.snapshot("one")
        #expect(one.count > 50)
        #expect(workspace.snapshot("two") == one)
        #expect(workspace.snapshot("three") == one)
    }

    /// SIGKILL at random moments of a build: afterwards the output is always the complete
    /// previous site or the complete new one. DOSSIER_KILL_RUNS sets how many times (25).
    @Test func aBuildKilledAtAnyMomentLeavesACompleteSite() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.run(["build", "--output", "site-a"], in: workspace.root)
        let articles = workspace.url("content/articles")
        let extra = articles.appendingPathComponent("2025-07-01-extra-article.txt")
        try Data("---\ntitle: An extra article\npublished: 2025-07-01\n---\nCouncillors in Oldham discussed the locally-led inquiry framework again.\n".utf8).write(to: extra)
        let started = Date()
        try Self.run(["build", "--output", "site-b"], in: workspace.root)
        let buildTime = Date().timeIntervalSince(started)
        let siteA = workspace.snapshot("site-a"), siteB = workspace.snapshot("site-b")
        #expect(siteA != siteB)

        let runs = Int(ProcessInfo.processInfo.environment["DOSSIER_KILL_RUNS"] ?? "") ?? 25
        var generator = SystemRandomNumberGenerator()
        var outcomes = (old: 0, new: 0)
        for run in 0..<runs {
            // Alternate the content, so "previous" and "new" swap every run.
            let buildsB = run % 2 == 0
            if buildsB { try? Data("---\ntitle: An extra article\npublished: 2025-07-01\n---\nCouncillors in Oldham discussed the locally-led inquiry framework again.\n".utf8).write(to: extra) } else { try? FileManager.default.removeItem(at: extra) }
            let before = workspace.snapshot("site")
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = ["build", "--quiet"]
            process.currentDirectoryURL = workspace.root
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(Double.random(in: 0...(buildTime * 1.2), using: &generator) * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = workspace.snapshot("site")
            let expectedNew = buildsB ? siteB : siteA
            #expect(after == before || after.filter { $0.key != ".dossier-site" } == expectedNew.filter { $0.key != ".dossier-site" },
                    "run \(run): site is neither the previous nor the new site (\(after.count) files)")
            if after == before { outcomes.old += 1 } else { outcomes.new += 1 }
        }
        print("kill test: \(runs) runs, \(outcomes.old) left the previous site, \(outcomes.new) the new one")
        // The next normal build clears what killed builds left behind.
        try Self.run(["build", "--quiet"], in: workspace.root)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasPrefix(".dossier-staging-") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFullDiskGivesAClearErrorAndKeepsTheOldSite() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try Self.run(["build"], in: workspace.root)
        let before = workspace.snapshot("site")
        try Data("---\ntitle: Another\npublished: 2025-07-02\n---\nMore text about Oldham's inquiry.\n".utf8)
            .write(to: workspace.url("content/articles/2025-07-02-another.txt"))
        // ulimit -f makes writes past 8 KB fail with EFBIG, as a full disk fails with ENOSPC.
        let (status, stderr) = try Self.run(["build"], in: workspace.root, shell: "ulimit -f 8; trap '' XFSZ; exec")
        #expect(status == 1)
        #expect(stderr.contains("site: error: could not write the site: File too large"))
        #expect(stderr.contains("the previous site is unchanged"))
        #expect(workspace.snapshot("site") == before)
    }
}
