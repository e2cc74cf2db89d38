import DossierCore
import Foundation

/// What the preview is serving: the last good site, its version, and the last build's errors
/// (empty when it succeeded). Shared by every request and by the rebuild loop.
actor PreviewStatus {
    private(set) var source: any SiteSource
    private var plan: SitePlan?
    private var generation = 0
    private var errors: [Diagnostic] = []
    private var subscribers: [UUID: AsyncStream<Data>.Continuation] = [:]
    /// Differs between two runs of the server, so a page left open across a restart reloads.
    private let instance = String(UInt32.random(in: 0...UInt32.max), radix: 16)

    init() {
        source = PlanSiteSource(plan: SitePlan())
    }

    var version: String { "\(instance)-\(generation)" }

    /// A build succeeded. Returns how many files differ from the last good build; only when some
    /// do is the version bumped and open pages reloaded.
    @discardableResult
    func publish(_ newSource: any SiteSource, plan newPlan: SitePlan) -> Int {
        let changed = Self.changedFiles(from: plan, to: newPlan)
        source = newSource
        plan = newPlan
        if changed > 0 || generation == 0 { generation += 1 }
        errors = []
        broadcast()
        return changed
    }

    /// A build failed: the last good site stays, and open pages show the errors.
    func fail(_ diagnostics: [Diagnostic]) {
        errors = diagnostics.sorted()
        broadcast()
    }

    /// `{"version": "…", "errors": [diagnostics]}`: the overlay's data, as JSON.
    func statusJSON() -> Data {
        Data("{\"version\":\"\(version)\",\"errors\":".utf8) + DiagnosticJSON.encode(errors, pretty: false) + Data("}".utf8)
    }

    /// A stream of server-sent events for one open page: the status now, then on every change.
    func subscribe() -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { _ in Task { await self.unsubscribe(id) } }
        subscribers[id] = continuation
        // `retry` makes the browser reconnect quickly when the server restarts.
        continuation.yield(Data("retry: 500\n".utf8) + event())
        return stream
    }

    /// A comment line every so often, so a closed page is noticed (the write fails) and dropped.
    func keepAlive() {
        for continuation in subscribers.values { continuation.yield(Data(": keep-alive\n\n".utf8)) }
    }

    func finishAll() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    private func broadcast() {
        let message = event()
        for continuation in subscribers.values { continuation.yield(message) }
    }

    private func event() -> Data {
        Data("data: ".utf8) + statusJSON() + Data("\n\n".utf8)
    }

    static func changedFiles(from old: SitePlan?, to new: SitePlan) -> Int {
        guard let old else { return new.files.count }
        let paths = Set(old.files.keys).union(new.files.keys)
        return paths.filter { old.files[$0] != new.files[$0] }.count
    }
}
