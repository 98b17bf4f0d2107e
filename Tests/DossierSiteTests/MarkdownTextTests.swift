import Testing
@testable import DossierSite

@Suite struct MarkdownTextTests {
    let renderer = HTMLRenderer()

    @Test func corpusTextNeverBecomesMarkup() {
        let hostile = "<script>alert(1)</script> *bold* [link](javascript:x) `code` | pipe <!--dossier:anchor s1--> &amp;"
        let html = renderer.html(fromMarkdown: MarkdownText.escape(hostile) + "\n")
        #expect(html == "<p>&lt;script&gt;alert(1)&lt;/script&gt; *bold* [link](javascript:x) `code` | pipe &lt;!--dossier:anchor s1--&gt; &amp;amp;</p>\n")
    }

    @Test func lineStartsThatWouldBeBlocksStayText() {
        for text in ["# not a heading", "- not a list", "1. not a list", "> not a quote", "--- not a rule", "+ plus"] {
            let html = renderer.html(fromMarkdown: MarkdownText.escape(text) + "\n")
            #expect(html.hasPrefix("<p>"), "\(text) → \(html)")
        }
    }

    @Test func newlinesStayInsideTheCell() {
        #expect(MarkdownText.escape("a\nb") == "a b")
    }

    @Test func linkTitlesKeepTheirQuotesAndMarkupAsText() {
        let markdown = MarkdownText.link("a", to: "x.md", title: "He said \"no\" \\ <b> & co\nnext")
        #expect(markdown == "[a](x.md \"He said \\\"no\\\" \\\\ \\<b> \\& co next\")")
        #expect(renderer.html(fromMarkdown: markdown + "\n")
            == "<p><a href=\"x.html\" title=\"He said &quot;no&quot; \\ &lt;b&gt; &amp; co next\">a</a></p>\n")
    }
}
