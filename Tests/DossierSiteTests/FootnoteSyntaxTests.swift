@testable import DossierSite
import Testing

/// cmark-gfm looks for footnotes only in Markdown that may hold one.
@Suite struct FootnoteSyntaxTests {
    /// What the renderer asks before it parses a page.
    private func mayOccur(in markdown: String) -> Bool { HTMLRenderer.optionalSyntax(of: markdown).footnotes }

    @Test func aCaretOrAnUnescapedAmpersandMayMakeAFootnote() {
        #expect(mayOccur(in: "x^2"))
        #expect(mayOccur(in: "[&#94;1]"))
        #expect(mayOccur(in: #"two backslashes \\& then an entity"#))
        #expect(mayOccur(in: #"\& then & alone"#))
        #expect(!mayOccur(in: "plain [link](a.md) text"))
        #expect(!mayOccur(in: #"M\&S and \\\&"#))
        #expect(!mayOccur(in: ""))
    }

    /// Footnotes are still found where there are some, and text without any renders as it did.
    @Test func footnotesAreRenderedWhereThereAreSome() {
        let html = HTMLRenderer().html(fromMarkdown: "A value[^s1].\n\n[^s1]: The note.\n")
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(html.contains("href=\"#fn-s1\""))
        #expect(HTMLRenderer().html(fromMarkdown: #"M\&S \[\^x\] y"#) == "<p>M&amp;S [^x] y</p>\n")
    }
}
