@testable import DossierCore
import Foundation
import Testing

/// The stamp a no-change build compares: every file's name, size, time and inode under a folder.
@Suite struct FolderStampTests {
    static func stamp(_ folder: TemporaryFolder, changeTimes: Bool = false) -> PageKey {
        var hasher = ContentHasher()
        BuildFingerprint.stamp(folder.url.path, changeTimes: changeTimes, into: &hasher)
        return hasher.key
    }

    static func setTime(_ file: URL, _ seconds: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: file.path)
    }

    @Test func changesWithAnyFileBelowTheFolderAndOnlyThen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write("articles/2025-06-16-casey-audit.md", "Baroness Casey's audit was published.\n")
        try folder.write("people/louise-casey.md", "---\nname: Louise Casey\n---\n")
        try folder.write("dossier.yml", "title: Grooming gangs\n")
        try Self.setTime(article, 1_750_000_000)
        let first = Self.stamp(folder)
        #expect(Self.stamp(folder) == first)

        // Same size, other bytes, written in place: only the time tells.
        let handle = try FileHandle(forWritingTo: article)
        try handle.write(contentsOf: Data("Baroness Casey's audit was released.\n".utf8))
        try handle.close()
        try Self.setTime(article, 1_750_000_001)
        let edited = Self.stamp(folder)
        #expect(edited != first)

        // A file added in a nested folder, then renamed.
        try folder.write("people/tom-crowther.md", "---\nname: Tom Crowther\n---\n")
        let added = Self.stamp(folder)
        #expect(added != edited)
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("people/tom-crowther.md"),
                                         to: folder.url.appendingPathComponent("people/tom-crowther-kc.md"))
        #expect(Self.stamp(folder) != added)

        // A file moved into another folder, same name and stamp: the folders it sits in count.
        let moved = Self.stamp(folder)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("organisations"), withIntermediateDirectories: true)
        #expect(Self.stamp(folder) != moved)
        let withFolder = Self.stamp(folder)
        try FileManager.default.moveItem(at: folder.url.appendingPathComponent("people/tom-crowther-kc.md"),
                                         to: folder.url.appendingPathComponent("organisations/tom-crowther-kc.md"))
        #expect(Self.stamp(folder) != withFolder)
    }

    @Test func aFileRestoredWithItsOldTimeIsSeenByItsChangeTime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let article = try folder.write("articles/2025-06-16-casey-audit.md", "Baroness Casey's audit was published.\n")
        try Self.setTime(article, 1_750_000_000)
        let (first, firstWithChangeTimes) = (Self.stamp(folder), Self.stamp(folder, changeTimes: true))
        #expect(Self.stamp(folder, changeTimes: true) == firstWithChangeTimes)

        // As `cp -p` restores an older copy over it: same file, size and modification time.
        let handle = try FileHandle(forWritingTo: article)
        try handle.write(contentsOf: Data("Baroness Casey's audit was released.\n".utf8))
        try handle.close()
        try Self.setTime(article, 1_750_000_000)
        #expect(Self.stamp(folder) == first)
        #expect(Self.stamp(folder, changeTimes: true) != firstWithChangeTimes)
    }
}
