import Foundation
@testable import DossierCore

/// Loads the raw seed articles copied byte for byte from /work/shared/seeds.
/// Paths are resolved from this file so no resource bundle is needed on Linux.
enum SeedFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/seeds")

    static let prefixes = ["000", "001", "002", "003", "004"]

    static func url(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix + "_") }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return directory.appendingPathComponent(name)
    }

    static func text(_ prefix: String) throws -> String {
        try String(contentsOf: url(prefix), encoding: .utf8)
    }

    static func cleaned(_ prefix: String) throws -> CleanedArticle {
        ArticleCleaner().clean(try text(prefix))
    }
}
