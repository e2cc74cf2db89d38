@testable import DossierCLI
import ArgumentParser
import DossierCore
import Foundation
import Testing

/// check, new, exit statuses, help and completions, through the command types and the binary.
@Suite struct CommandLineTests {
    static let invalidContent = "Tests/DossierCoreTests/Fixtures/invalid-content/content"

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func checkPrintsEveryProblemAsJSON() throws {
        let result = try DossierBinary.run(["check", "--format", "json", "--content", Self.invalidContent])
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 10)
        let misspelt = try #require(array.first { ($0["path"] as? String)?.hasSuffix("people/misspelt-key.md") == true })
        #expect(misspelt["path"] as? String == "\(Self.invalidContent)/people/misspelt-key.md")
        #expect(misspelt["line"] as? Int == 3)
        #expect(misspelt["column"] as? Int == 1)
        #expect(misspelt["severity"] as? String == "error")
        #expect(misspelt["message"] as? String == "unknown key 'alias'")
        #expect(misspelt["hint"] as? String == "did you mean 'aliases'?")
        let paths = array.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
    }

    @Test func checkPassesGoodContentAndStrictFailsOnWarnings() throws {
        let good = try DossierBinary.run(["check"])
        #expect(good.status == 0, "\(good.stderr)")
        #expect(good.stdout.hasPrefix("checked "))
        #expect(!FileManager.default.fileExists(atPath: DossierBinary.repository.appendingPathComponent(".dossier-staging").path))
        // The repository's registry has two warnings (common-word aliases): --strict fails on them.
        let strict = try DossierBinary.run(["check", "--strict"])
        #expect(strict.status == (good.stderr.contains("warning:") ? 1 : 0))
    }

    @Test func newWritesOnceAndPrintsThePath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content/people"), withIntermediateDirectories: true)
        let first = try DossierBinary.run(["new", "person", "Jess Phillips"], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "content/people/jess-phillips.md\n")
        let second = try DossierBinary.run(["new", "person", "Jess Phillips"], in: folder)
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("content/people/jess-phillips.md: error: already exists: dossier new never overwrites a file\n  hint: "))
        let unknownKind = try DossierBinary.run(["new", "place", "Oldham"], in: folder)
        #expect(unknownKind.status == 64)
        #expect(unknownKind.stderr.contains("'article', 'person', 'organisation' or 'topic'"))
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(throws: (any Error).self) { try DossierCommand.parseAsRoot(["build", "--no-such-option"]) }
        do {
            _ = try DossierCommand.parseAsRoot(["check", "--format", "xml"])
            Issue.record("parsed an unknown format")
        } catch {
            #expect(DossierCommand.exitCode(for: error).rawValue == 64)
        }
        do {
            _ = try DossierCommand.parseAsRoot(["build", "--quiet", "--verbose"])
            Issue.record("accepted --quiet with --verbose")
        } catch {
            #expect(DossierCommand.exitCode(for: error).rawValue == 64)
        }
        #expect(try DossierBinary.run(["build", "--no-such-option"]).status == 64)
    }

    @Test func buildEndsWithOneSummaryLineAndNoProgressWhenNotATerminal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try DossierBinary.run(["build", "--output", folder.appendingPathComponent("site").path, "--verbose"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("built ") == true)
        #expect(lines.first?.contains(" pages (") == true)
        #expect(lines.first?.contains(" ms → ") == true)
        #expect(result.stderr.contains("  rendering "))  // --verbose: each stage's time
        #expect(!result.stderr.contains("\r"))           // no progress line when stderr is not a terminal
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func serveVerbosePrintsEachBuildsStageTimes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stdout = folder.appendingPathComponent("stdout.txt"), stderr = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: stdout.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = DossierBinary.url
        process.currentDirectoryURL = DossierBinary.repository
        process.arguments = ["serve", "--port", "0", "--verbose", "--output", folder.appendingPathComponent("site").path]
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        func text(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
        for _ in 0..<600 where !text(stdout).contains("serving http://127.0.0.1:") && process.isRunning { usleep(100_000) }
        #expect(text(stdout).contains("serving http://127.0.0.1:"))
        let stages = text(stderr).split(separator: "\n").filter { $0.hasPrefix("  ") && $0.hasSuffix(" ms") }.map { $0.split(separator: " ").first ?? "" }
        #expect(stages == ["loading", "cleaning", "linking", "rendering", "checking", "writing"])
    }

    @Test func everyCommandHasHelpWithExamples() {
        for command in [BuildCommand.self, ServeCommand.self, CheckCommand.self, NewCommand.self] as [ParsableCommand.Type] {
            let help = DossierCommand.helpMessage(for: command)
            #expect(help.contains("Examples:"), "\(command) has no examples")
            #expect(help.contains("dossier \(command.configuration.commandName ?? "")"))
        }
        #expect(DossierCommand.helpMessage().contains("serve"))
    }

    @Test func completionScriptsAreGenerated() throws {
        let bash = try DossierBinary.run(["--generate-completion-script", "bash"])
        #expect(bash.status == 0)
        #expect(bash.stdout.contains("serve"))
        #expect(bash.stdout.contains("--render-to-disk"))
    }

    @Test func servePortDefaultsTo1313() throws {
        let command = try ServeCommand.parse(["--port", "0"])
        #expect(command.port == 0)
        #expect(try ServeCommand.parse([]).port == 1313)
    }
}
