import Foundation
import Dispatch

extension Array where Element: Sendable {
    /// `map` over both cores, results in input order, so output stays byte-identical to a
    /// one-thread run. Work is handed out in chunks to keep the overhead per element small.
    /// Called inside another parallel map it runs on one core (libdispatch does not nest
    /// parallel loops): give it the whole flat list of work instead.
    ///
    /// - Parameter chunkSize: elements per piece of work handed out; by default about a sixteenth
    ///   of them. Pass 1 when elements differ widely in cost, so no core is left with a run of
    ///   the costly ones.
    func parallelMap<T: Sendable>(chunkSize: Int? = nil, _ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = Swift.max(1, chunkSize ?? count / (ProcessInfo.processInfo.activeProcessorCount * 8))
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
        // Moved out, not copied: a copy would leave every result retained by the buffer, which
        // `deallocate` frees without releasing what it holds.
        return (0..<count).map { results.moveElement(from: $0)! }
    }
}
