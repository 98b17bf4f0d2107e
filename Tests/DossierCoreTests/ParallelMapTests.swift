import DossierCore
import Foundation
import Testing

@Suite struct ParallelMapTests {
    /// Started costliest first, the results still come back in the order of the input.
    @Test func costliestFirstKeepsTheInputOrder() {
        let inputs = [3, 9, 1, 9, 4, 0, 7]
        #expect(ParallelMap.map(inputs, costliestFirst: { $0 }) { $0 * 10 } == [30, 90, 10, 90, 40, 0, 70])
        #expect(ParallelMap.map(inputs, costliestFirst: { -$0 }) { "\($0)" } == inputs.map { "\($0)" })
        #expect(ParallelMap.map([5], costliestFirst: { $0 }) { $0 + 1 } == [6])
        #expect(ParallelMap.map([Int](), costliestFirst: { $0 }) { $0 }.isEmpty)
    }

    @Test func theCostliestStartFirstAndTiesKeepTheirOrder() {
        #expect(ParallelMap.schedule(costliestFirst: [3, 9, 1, 9, 4, 0, 7]) == [1, 3, 6, 4, 0, 2, 5])
        #expect(ParallelMap.schedule(costliestFirst: [0, 0, 0]) == [0, 1, 2])
    }

    /// Every input is made once and its result lands at its own position, in both maps: results that own memory
    /// (strings, arrays), many more inputs than cores.
    @Test func eachResultIsMadeOnceAndPutInItsPlace() {
        let inputs = Array(0..<5000)
        let made = Counter()
        let plain = ParallelMap.map(inputs) { input -> [String] in
            made.add()
            return [String(repeating: "x", count: input % 40), "\(input)"]
        }
        #expect(plain == inputs.map { [String(repeating: "x", count: $0 % 40), "\($0)"] })
        #expect(made.count == 5000)
        let costliest = ParallelMap.map(inputs, costliestFirst: { ($0 * 7919) % 101 }) { input -> String in
            made.add()
            return "page \(input)"
        }
        #expect(costliest == inputs.map { "page \($0)" })
        #expect(made.count == 10000)
    }

    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func add() { lock.withLock { value += 1 } }
        var count: Int { lock.withLock { value } }
    }
}
