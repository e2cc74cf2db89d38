import DossierCore
import Foundation

/// Times each build stage (for `--verbose`) and, on a terminal, shows the current stage on one
/// line of standard error once the build has taken longer than a moment, then clears it. A build
/// that is over in less than 300 ms prints nothing; when standard error is not a terminal it
/// never draws.
final class ProgressDisplay: @unchecked Sendable {
    private let lock = NSLock()
    private let draws: Bool
    private let started = ContinuousClock.now
    private var stage: BuildStage?
    private var stageStarted = ContinuousClock.now
    private var timings: [(BuildStage, Duration)] = []
    private var drawn = false
    private var timer: DispatchSourceTimer?

    static let delay = Duration.milliseconds(300)

    init(draws: Bool) {
        self.draws = draws
        guard draws else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + .milliseconds(300), repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        self.timer = timer
    }

    /// The build's progress callback.
    func enter(_ next: BuildStage) {
        lock.withLock {
            let now = ContinuousClock.now
            if let stage { timings.append((stage, now - stageStarted)) }
            stage = next
            stageStarted = now
        }
    }

    /// Stops drawing and clears the line; returns each stage's time, and starts counting afresh
    /// (`serve` times build after build).
    @discardableResult
    func finish() -> [(BuildStage, Duration)] {
        timer?.cancel()
        return lock.withLock {
            if let stage { timings.append((stage, ContinuousClock.now - stageStarted)) }
            defer { timings = [] }
            stage = nil
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
            return timings
        }
    }

    static func print(_ timings: [(BuildStage, Duration)], _ console: Console) {
        for (stage, duration) in timings {
            console.err("  \(stage.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(Console.milliseconds(duration)) ms")
        }
    }

    private func draw() {
        lock.withLock {
            let elapsed = ContinuousClock.now - started
            guard draws, let stage, elapsed >= Self.delay else { return }
            let seconds = Double(Console.milliseconds(elapsed)) / 1000
            FileHandle.standardError.write(Data("\r\u{1B}[2Kbuilding: \(stage.rawValue)… \(String(format: "%.1f", seconds)) s".utf8))
            drawn = true
        }
    }
}
