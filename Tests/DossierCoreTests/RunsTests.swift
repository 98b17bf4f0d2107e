import DossierCore
import Testing

@Suite struct RunsTests {
    /// Each run goes on while its first position and the next agree; a value met again later starts a new run.
    @Test func runsOfNeighboursThatAgree() {
        let values = ["a", "a", "b", "a", "c", "c", "c"]
        #expect(Runs.of(count: values.count) { values[$0] == values[$1] } == [0..<2, 2..<3, 3..<4, 4..<7])
        #expect(Runs.of(count: 0) { _, _ in true } == [])
        #expect(Runs.of(count: 3) { _, _ in true } == [0..<3])
        #expect(Runs.of(count: 3) { _, _ in false } == [0..<1, 1..<2, 2..<3])
        // The run's first position is compared with each next one, not the previous one.
        let rising = [0, 1, 2, 3, 4]
        #expect(Runs.of(count: rising.count) { rising[$1] - rising[$0] < 2 } == [0..<2, 2..<4, 4..<5])
    }
}
