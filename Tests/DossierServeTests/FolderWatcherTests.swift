import Foundation
import Testing
@testable import DossierServe

/// The kernel's list of changed paths, applied to a snapshot, must say what a new snapshot of
/// everything would: the watcher replaces polling only if it misses nothing.
@Suite struct FolderWatcherTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-watch-\(UUID().uuidString)").standardizedFileURL
        try FileManager.default.createDirectory(at: root.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try write("articles/a.md", "First article.")
        try write("people/louise-casey.md", "name: Louise Casey")
    }

    func write(_ path: String, _ text: String) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Applies what the watcher reports to `snapshot`; returns the files it says changed.
    func refreshed(_ snapshot: inout FolderSnapshot, _ watcher: FolderWatcher) throws -> [String] {
        let paths = try #require(watcher.changes())
        return snapshot.refresh(paths)
    }

    #if os(Linux)
    @Test func aSavedArticleIsNamedAndNothingElse() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try #require(FolderWatcher(watching: [root]))
        var snapshot = FolderSnapshot.take(of: [root])
        #expect(watcher.changes() == [])
        try write("articles/a.md", "First article, edited.")
        #expect(try refreshed(&snapshot, watcher) == [path("articles/a.md")])
        #expect(snapshot == FolderSnapshot.take(of: [root]))
        #expect(watcher.changes() == [])
    }

    @Test func swapFilesAndHiddenFilesAreNotChanges() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try #require(FolderWatcher(watching: [root]))
        try write("articles/.a.md.swp", "vim's")
        try write("articles/a.md~", "a backup")
        try write(".git/HEAD", "ref: refs/heads/main")
        #expect(watcher.changes() == [])
    }

    /// An editor's atomic save: a temporary file written, then renamed over the article.
    @Test func aSaveByRenameIsOneChangedFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try #require(FolderWatcher(watching: [root]))
        var snapshot = FolderSnapshot.take(of: [root])
        try write("articles/a.md.tmp-1234", "First article, saved atomically.")
        #expect(rename(path("articles/a.md.tmp-1234"), path("articles/a.md")) == 0)
        #expect(try refreshed(&snapshot, watcher) == [path("articles/a.md")])
        #expect(snapshot == FolderSnapshot.take(of: [root]))
    }

    /// A folder made after watching started is watched too, and a folder removed or moved
    /// takes its files with it.
    @Test func foldersComeAndGoWithTheirFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try #require(FolderWatcher(watching: [root]))
        var snapshot = FolderSnapshot.take(of: [root])

        try write("organisations/home-office.md", "name: Home Office")
        #expect(try refreshed(&snapshot, watcher) == [path("organisations/home-office.md")])
        try write("organisations/ofsted.md", "name: Ofsted")
        #expect(try refreshed(&snapshot, watcher) == [path("organisations/ofsted.md")])

        try FileManager.default.moveItem(at: root.appendingPathComponent("organisations"), to: root.appendingPathComponent("bodies"))
        #expect(try refreshed(&snapshot, watcher) == [path("bodies/home-office.md"), path("bodies/ofsted.md"),
                                                       path("organisations/home-office.md"), path("organisations/ofsted.md")])
        try write("bodies/ofsted.md", "name: Ofsted\naliases: [Office for Standards in Education]")
        #expect(try refreshed(&snapshot, watcher) == [path("bodies/ofsted.md")])

        try FileManager.default.removeItem(at: root.appendingPathComponent("bodies"))
        #expect(try refreshed(&snapshot, watcher) == [path("bodies/home-office.md"), path("bodies/ofsted.md")])
        #expect(snapshot == FolderSnapshot.take(of: [root]))
    }

    /// A watched folder itself replaced: the kernel's list cannot say what changed.
    @Test func aWatchedFolderRemovedAsksForAFullLook() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let watcher = try #require(FolderWatcher(watching: [root]))
        try FileManager.default.removeItem(at: root)
        #expect(watcher.changes() == nil)
    }
    #endif

    @Test func aFolderThatIsNotThereIsNotWatched() {
        #expect(FolderWatcher(watching: [root.appendingPathComponent("missing")]) == nil)
        try? FileManager.default.removeItem(at: root)
    }

    @Test func snapshotsLeaveOutHiddenFoldersAndFollowNoLinkedFolders() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write(".git/HEAD", "ref: refs/heads/main")
        try FileManager.default.createSymbolicLink(atPath: path("articles/loop"), withDestinationPath: root.path)
        try FileManager.default.createSymbolicLink(atPath: path("articles/b.md"), withDestinationPath: path("articles/a.md"))
        #expect(FolderSnapshot.take(of: [root]).files.keys.sorted() == [path("articles/a.md"), path("articles/b.md"), path("people/louise-casey.md")])
    }
}
