import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct LowercasedLinesTests {
    /// Each line asked for, once or again and in any order, is that line's own text lowercased.
    @Test func eachLineAskedIsItsOwnLowercased() {
        let body = "  ÉTÉ in PARIS  \n\nShare this article\nThe Mayor said “NO” to İstanbul.\n\tLEEDS — A DAY\n© 2025 Example Media\n"
        let layout = ArticleLayout(TextLines(body))
        var lowercased = LowercasedLines()
        for index in [5, 0, 3, 5, 4, 0, 2, 1, 3] {
            #expect(lowercased.text(index, in: layout) == layout.text(index).lowercasedFast(), "line \(index)")
        }
        #expect(lowercased.text(0, in: layout) == "été in paris" && lowercased.text(5, in: layout) == "© 2025 example media")
    }
}
