import DossierCore
import Testing
@testable import DossierExtraction

@Suite struct SortOnceTests {
    private func sortedOnce(_ words: [String]) -> [String] {
        var words = words
        words.sortOnce()
        return words
    }

    @Test func sortsAndKeepsEachOnce() {
        #expect(sortedOnce([]) == [])
        #expect(sortedOnce(["b"]) == ["b"])
        #expect(sortedOnce(["b", "a", "b", "c", "a", "a"]) == ["a", "b", "c"])
        #expect(sortedOnce(["pay", "rise", "pay", "staff", "nurse", "rise", "pay"]) == ["nurse", "pay", "rise", "staff"])
    }

    @Test func keepsTheFirstOfTwoSpellingsAsSortedOnceDoes() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        for words in [[decomposed, "bar", composed], [composed, "bar", decomposed], ["zoo", composed, decomposed, "bar"]] {
            let sorted = sortedOnce(words)
            #expect(sorted.map { Array($0.unicodeScalars) } == words.sortedOnce().map { Array($0.unicodeScalars) })
            #expect(Array(sorted.first { $0 == composed }!.unicodeScalars) == Array(words.first { $0 == composed }!.unicodeScalars))
        }
    }

    @Test func answersAsSortedOnceOnLongerLists() {
        // Past the insertion sort's reach (more than twenty elements), with repeats spread through the list.
        let words = (0..<60).map { "w\(($0 * 37) % 23)" }
        #expect(sortedOnce(words) == words.sortedOnce())
        #expect(sortedOnce(words).count == 23)
    }
}
