@testable import DossierSite
import Testing

/// cmark-gfm looks for footnotes only in Markdown that may hold one.
@Suite struct FootnoteSyntaxTests {
    @Test func aCaretOrAnUnescapedAmpersandMayMakeAFootnote() {
        #expect(FootnoteSyntax.mayOccur(in: "x^2"))
        #expect(FootnoteSyntax.mayOccur(in: "[&#94;1]"))
        #expect(FootnoteSyntax.mayOccur(in: #"two backslashes \\& then an entity"#))
        #expect(FootnoteSyntax.mayOccur(in: #"\& then & alone"#))
        #expect(!FootnoteSyntax.mayOccur(in: "plain [link](a.md) text"))
        #expect(!FootnoteSyntax.mayOccur(in: #"M\&S and \\\&"#))
        #expect(!FootnoteSyntax.mayOccur(in: ""))
    }

    /// Footnotes are still found where there are some, and text without any renders as it did.
    @Test func footnotesAreRenderedWhereThereAreSome() {
        let html = HTMLRenderer().html(fromMarkdown: "A value[^s1].\n\n[^s1]: The note.\n")
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(html.contains("href=\"#fn-s1\""))
        #expect(HTMLRenderer().html(fromMarkdown: #"M\&S \[\^x\] y"#) == "<p>M&amp;S [^x] y</p>\n")
    }
}
