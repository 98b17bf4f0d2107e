import DossierCore
import Testing
@testable import DossierCorpus

@Suite struct ArticleLayoutTests {
    /// A line's text is trimmed as `trimmingWhitespaceAndNewlines` trims it, whether or not an end is ASCII or blank.
    @Test func linesAreTrimmedAsTheTrimmingFunctionTrimsThem() {
        let lines = ["plain line.", " lead", "trail\t", "\u{0B}tab\u{0C}", "\u{00A0}no-break\u{00A0}", "é", "café", "x\r\ny",
                     "", "   ", "\u{200B}zero-width\u{200B}", "a\u{0B}", "\u{85}next line", "end\u{85}", "\u{1C}sep\u{1C}", "a", " "]
        let layout = ArticleLayout(TextLines(lines.joined(separator: "\n")))
        #expect(layout.lines.count == lines.count)
        for index in lines.indices {
            #expect(layout.text(index) == lines[index].trimmingWhitespaceAndNewlines(), "\(lines[index].debugDescription)")
        }
    }
}
