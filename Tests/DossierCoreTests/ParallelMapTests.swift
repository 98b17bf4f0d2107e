import DossierCore
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
}
