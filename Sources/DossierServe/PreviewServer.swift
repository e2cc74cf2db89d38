import DossierCore
import FlyingFox
import FlyingSocks
import Foundation

/// `dossier serve`: builds the site, serves it on 127.0.0.1, watches `content/` and
/// `templates/`, rebuilds on every change and tells open pages to reload.
///
/// The site is served from the last good build's `SitePlan`, in memory, so previewing writes
/// nothing; with `renderToDisk` each good build is also written to the output folder (atomically,
/// as `dossier build` does) and served from there. A failed build changes nothing that is served.
public actor PreviewServer {
    public let settings: BuildSettings
    public let renderToDisk: Bool
    let poll: Bool
    let pollInterval: Duration
    let status = PreviewStatus()
    private let server: HTTPServer
    private let onEvent: @Sendable (PreviewEvent) -> Void
    private let port: UInt16
    private var serverTask: Task<Void, Never>?
    private var serverError: (any Error)?
    /// Both made before the first build, so a file saved during that build is still noticed.
    private var watcher: FolderWatcher?
    private var firstSnapshot: FolderSnapshot?
    /// The last good build's site: its pages are reused by the next build where unchanged.
    private var lastPlan: SitePlan?
    /// Shows an edited article's page from the last build, at once; nil after a failed build,
    /// whose errors must stay up until a build succeeds.
    private var lastPreview: ArticlePreview?
    /// Each article as ingested, for the next build (see `BuildMemory`).
    private let memory = BuildMemory()
    private var watchedFolders: [URL] { [settings.contentDirectory, settings.templatesDirectory] }

    /// Binds 127.0.0.1 only, never every interface: FlyingFox's default address is `[::]`.
    /// Port 0 asks the system for a free port.
    /// `poll`: look at every file every `pollInterval` rather than be told of changes by the
    /// kernel, for folders whose changes the kernel does not see (some network and shared folders).
    public init(settings: BuildSettings, port: UInt16, renderToDisk: Bool = false, poll: Bool = false,
                pollInterval: Duration = .milliseconds(200), onEvent: @escaping @Sendable (PreviewEvent) -> Void = { _ in }) throws {
        self.settings = settings
        self.renderToDisk = renderToDisk
        self.poll = poll
        self.pollInterval = pollInterval
        self.onEvent = onEvent
        self.port = port
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 30, logger: .disabled,
                            handler: PreviewHandler(status: status))
    }

    /// Builds once, then starts listening. Returns the address pages are served at.
    @discardableResult
    public func start() async throws -> URL {
        watcher = poll ? nil : FolderWatcher(watching: watchedFolders)
        firstSnapshot = FolderSnapshot.take(of: watchedFolders)
        memory.readCache(keptFor: settings.outputDirectory)
        await rebuild(trigger: [])
        memory.stopReadingCache()
        let server = self.server
        serverTask = Task {
            do { try await server.run() } catch { self.recordServerError(error) }
        }
        // Bounded wait: listening takes milliseconds; a port in use fails at once.
        for _ in 0..<500 {
            if await server.isListening, let port = await boundPort() {
                let url = URL(string: "http://127.0.0.1:\(port)/")!
                onEvent(.listening(url))
                return url
            }
            if let serverError {
                if case SocketError.failed(_, EADDRINUSE, _) = serverError { throw PreviewError.portInUse(port) }
                throw PreviewError.cannotListen(port, Self.describe(serverError))
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw PreviewError.notListening
    }

    /// Watches the folders until cancelled, rebuilding after each change: told by the kernel
    /// where it can (`FolderWatcher`), by polling snapshots where not. Editors often save in
    /// several steps (write a temporary file, rename it): a change is acted on once a moment
    /// passes with nothing more.
    public func watch() async throws {
        let folders = watchedFolders
        var last = firstSnapshot ?? FolderSnapshot.take(of: folders)
        var sinceKeepAlive = Duration.zero
        while !Task.isCancelled {
            let interval = watcher == nil ? pollInterval : Self.eventInterval
            try await Task.sleep(for: interval)
            sinceKeepAlive += interval
            if sinceKeepAlive >= .seconds(15) {
                sinceKeepAlive = .zero
                await status.keepAlive()
            }
            guard let changedFiles = try await changes(since: &last), !changedFiles.isEmpty else { continue }
            let changed = changedFiles.map { settings.display($0) }
            let noticed = ContinuousClock.now
            await preview(changedFiles, trigger: changed)
            await rebuild(trigger: changed, since: noticed)
        }
    }

    /// How often the kernel's list of changes is read: a read costs one system call.
    static let eventInterval = Duration.milliseconds(10)

    /// The files changed since `last`, once they have settled, with `last` brought up to date;
    /// nil when nothing changed.
    private func changes(since last: inout FolderSnapshot) async throws -> [URL]? {
        guard let watcher else {
            let current = FolderSnapshot.take(of: watchedFolders)
            return current == last ? nil : try await settledChanges(since: &last, current)
        }
        guard var paths = watcher.changes() else { return try await changesAfterLostEvents(since: &last) }
        guard !paths.isEmpty else { return nil }
        for _ in 0..<20 {
            try await Task.sleep(for: .milliseconds(30))
            guard let more = watcher.changes() else { return try await changesAfterLostEvents(since: &last) }
            if more.isEmpty { break }
            paths.formUnion(more)
        }
        return last.refresh(paths).map { URL(fileURLWithPath: $0) }
    }

    /// The kernel's list was incomplete: the watches are made again (a watched folder may have
    /// been replaced) and everything is looked at.
    private func changesAfterLostEvents(since last: inout FolderSnapshot) async throws -> [URL] {
        watcher = FolderWatcher(watching: watchedFolders)
        return try await settledChanges(since: &last, FolderSnapshot.take(of: watchedFolders))
    }

    /// Snapshots a moment apart, from `first`, until two agree.
    private func settledChanges(since last: inout FolderSnapshot, _ first: FolderSnapshot) async throws -> [URL] {
        var current = first
        for _ in 0..<20 {
            try await Task.sleep(for: .milliseconds(30))
            let again = FolderSnapshot.take(of: watchedFolders)
            if again == current { break }
            current = again
        }
        defer { last = current }
        return current.changes(since: last).map { URL(fileURLWithPath: $0) }
    }

    /// When the files changed are only edits to articles the last good build published, serves
    /// their own pages at once (see `ArticlePreview`), before `rebuild` brings the whole site up
    /// to date. Returns whether it did.
    @discardableResult
    public func preview(_ changed: [URL], trigger: [String]) async -> Bool {
        guard let preview = lastPreview, var plan = lastPlan else { return false }
        let started = ContinuousClock.now
        let pages = await Self.onThreadOfItsOwn { preview.pages(forChanged: changed) }
        guard let pages else { return false }
        for (path, data) in pages { plan.files[path] = data }
        await status.publish(PlanSiteSource(plan: plan), plan: plan)
        onEvent(.previewed(pages: pages.keys.sorted(), trigger: trigger, elapsed: ContinuousClock.now - started))
        return true
    }

    /// Builds now and publishes the result: a new site to serve, or errors to show over the old one.
    /// `started`: when the change was noticed, for the time reported.
    public func rebuild(trigger: [String], since started: ContinuousClock.Instant = .now) async {
        let settings = self.settings, renderToDisk = self.renderToDisk, lastPlan = self.lastPlan, memory = self.memory
        let result = await Self.onThreadOfItsOwn {
            Self.build(settings, renderToDisk: renderToDisk, reusing: lastPlan, memory: memory)
        }
        switch result {
        case .success(let (plan, warnings, preview)):
            settings.progress?(.writing)
            self.lastPlan = plan
            self.lastPreview = preview
            let source: any SiteSource = renderToDisk ? DirectorySiteSource(root: settings.outputDirectory) : PlanSiteSource(plan: plan)
            let changed = await status.publish(source, plan: plan)
            onEvent(.built(BuildReport(plan: plan, warnings: warnings), changedFiles: changed, trigger: trigger,
                           elapsed: ContinuousClock.now - started))
        case .failure(let failure):
            lastPreview = nil
            let diagnostics = SourceLines.attach(to: failure.diagnostics)
            await status.fail(diagnostics)
            onEvent(.failed(diagnostics, trigger: trigger))
        }
    }

    public func stop() async {
        await status.finishAll()
        await server.stop(timeout: 0)
        serverTask?.cancel()
    }

    /// Start, then watch until the task is cancelled (Ctrl-C ends the process).
    public func run() async throws {
        try await start()
        try await watch()
    }

    static func build(_ settings: BuildSettings, renderToDisk: Bool, reusing lastPlan: SitePlan? = nil,
                      memory: BuildMemory? = nil) -> Result<(SitePlan, [Diagnostic], ArticlePreview), BuildFailure> {
        do throws(BuildFailure) {
            let (plan, warnings, preview) = try SiteBuilder(settings: settings, memory: memory).planWithPreview(reusing: lastPlan)
            if renderToDisk {
                try SiteWriter(output: settings.outputDirectory, displayPath: settings.display(settings.outputDirectory),
                               protectedFolders: [settings.contentDirectory, settings.templatesDirectory]).write(plan)
            }
            return .success((plan, warnings, preview))
        } catch {
            return .failure(error)
        }
    }

    /// Building is synchronous and CPU-bound: it runs on a thread of its own, not on the
    /// cooperative pool that is answering requests.
    static func onThreadOfItsOwn<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }

    static func describe(_ error: any Error) -> String {
        if case SocketError.failed(_, _, let message) = error { return message }
        return error.localizedDescription
    }

    private func boundPort() async -> UInt16? {
        guard case .ip4(_, let port)? = await server.listeningAddress else { return nil }
        return port
    }

    private func recordServerError(_ error: any Error) {
        serverError = error
    }
}
