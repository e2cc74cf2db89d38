import Foundation
import Dispatch

extension Array where Element: Sendable {
    /// `map` over both cores, results in input order, so output stays byte-identical to a
    /// one-thread run. Work is handed out in chunks to keep the overhead per element small.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = Swift.max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 8))
        let chunks = (count + chunk - 1) / chunk
        nonisolated(unsafe) let output = results
        self.withUnsafeBufferPointer { input in
            nonisolated(unsafe) let input = input
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                // Each chunk writes only its own slots of `output`.
                for position in (index * chunk)..<Swift.min(input.count, (index + 1) * chunk) {
                    output[position] = transform(input[position])
                }
            }
        }
        return results.map { $0! }
    }
}

/// Two independent pieces of work, one on each core.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var a: A?
    nonisolated(unsafe) var b: B?
    // Each iteration writes only its own variable; concurrentPerform returns after both.
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a = first() } else { b = second() }
    }
    return (a!, b!)
}
