@testable import DossierCLI
import ArgumentParser
import Foundation
import Testing

@Suite struct BuildCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let invalidContent = repository.appendingPathComponent("Tests/DossierCoreTests/Fixtures/invalid-content/content")

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildsTheRepositorysDossierInProcess() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site")
        let command = try BuildCommand.parse([
            "--content", Self.repository.appendingPathComponent("content").path,
            "--templates", Self.repository.appendingPathComponent("templates").path,
            "--output", output.path, "--quiet",
        ])
        try command.run()
        let articles = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("articles").path)
        #expect(articles.filter { $0 != "index.html" }.count == 5)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func contentErrorsExitWithStatusOne() throws {
        let command = try BuildCommand.parse(["--content", Self.invalidContent.path, "--output", "/tmp/dossier-never-written", "--quiet"])
        #expect(throws: ExitCode(1)) { try command.run() }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/dossier-never-written"))
    }

    /// The real binary, as a user runs it: exit status, and diagnostics on standard error.
    @Test func theBinaryPrintsLocatedErrorsOnStandardError() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier")
        guard FileManager.default.fileExists(atPath: binary.path) else {
            Issue.record("dossier binary not found beside the test bundle at \(binary.path)")
            return
        }
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = Self.repository
        process.arguments = ["build", "--content", "Tests/DossierCoreTests/Fixtures/invalid-content/content", "--output", "/tmp/dossier-never-written"]
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("Tests/DossierCoreTests/Fixtures/invalid-content/content/people/misspelt-key.md:3:1: error: unknown key 'alias'\n  3 | alias: [Ms Phillips]\n    | ^\n  hint: did you mean 'aliases'?\n"))
        #expect(stderr.hasSuffix("10 errors\n"))
        #expect(!stderr.contains("\u{1B}["))
    }
}
