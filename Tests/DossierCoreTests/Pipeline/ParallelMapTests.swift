@testable import DossierCore
import Testing

@Suite struct ParallelMapTests {
    final class Box: Sendable {
        let number: Int
        init(_ number: Int) { self.number = number }
    }

    struct WeakBox {
        weak var box: Box?
    }

    @Test func resultsComeBackInInputOrder() {
        let numbers = Array(0..<1_000)
        #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
        #expect(numbers.parallelMap(chunkSize: 1) { $0 * 2 } == numbers.map { $0 * 2 })
    }

    /// The results once belonged to a buffer that was freed without releasing them: every
    /// page and analysis made in parallel stayed in memory until the process ended.
    @Test func resultsAreFreedWhenTheCallerDropsThem() {
        var references: [WeakBox] = []
        do {
            let boxes = Array(0..<100).parallelMap { Box($0) }
            #expect(boxes.map(\.number) == Array(0..<100))
            references = boxes.map { WeakBox(box: $0) }
        }
        #expect(references.allSatisfy { $0.box == nil })
    }
}
