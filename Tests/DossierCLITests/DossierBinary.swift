import Foundation

/// The built `dossier` executable, run as a user runs it, with its exit status and both outputs.
enum DossierBinary {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("dossier")

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], in folder: URL = repository, environment: [String: String] = ["NO_COLOR": "1"]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.currentDirectoryURL = folder
        process.arguments = arguments
        process.environment = environment.merging(["PATH": "/usr/bin:/bin"]) { a, _ in a }
        let errors = Pipe(), output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        // Read both pipes at once so that neither can fill up and stall the process.
        nonisolated(unsafe) var stderr = Data()
        let reader = Thread { stderr = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
