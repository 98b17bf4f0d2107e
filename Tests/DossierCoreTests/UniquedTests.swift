import DossierCore
import Testing

@Suite struct UniquedTests {
    /// Each element at its first place only, the order kept; from any sequence.
    @Test func keepsEachElementAtItsFirstPlace() {
        #expect(["b", "a", "b", "c", "a"].uniqued() == ["b", "a", "c"])
        #expect([[1, 2], [2, 3]].joined().uniqued() == [1, 2, 3])
        #expect([String]().uniqued().isEmpty)
    }
}
