import Testing
@testable import DossierSite

@Suite struct HTMLRendererTests {
    let renderer = HTMLRenderer()

    @Test func gfmTableRendersAsTable() {
        let html = renderer.html(fromMarkdown: "| a | b |\n| --- | --- |\n| 1 | 2 |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
    }

    @Test func rawHTMLAndJavascriptLinksComeOutInert() {
        let html = renderer.html(fromMarkdown: "<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> [x](javascript:alert(1))\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("href=\"javascript"))
    }

    @Test func trustedMarkersBecomeAnchorsAndFolds() {
        let markdown = "\(TrustedMarker.anchor("s12"))Hello.\n\n\(TrustedMarker.foldOpen("sum"))\n\n- kept\n\n\(TrustedMarker.foldClose)\n"
        let html = renderer.html(fromMarkdown: markdown, fragments: ["sum": "Removed: 1 line"])
        #expect(html.contains("<a id=\"s12\" class=\"anchor\"></a>Hello."))
        #expect(html.contains("<details class=\"fold\"><summary>Removed: 1 line</summary>"))
        #expect(html.contains("</details>"))
    }

    @Test func anchorsWorkInsideTableCells() {
        let html = renderer.html(fromMarkdown: "| a | b |\n| --- | --- |\n| \(TrustedMarker.anchor("row-1"))x | 2 |\n")
        #expect(html.contains("<td><em><a id=\"row-1\" class=\"anchor\"></a></em>x</td>"))
    }

    @Test func forgedMarkersWithBadIdsStayInert() {
        let html = renderer.html(fromMarkdown: "<!--dossier:fragment s1\" onclick=\"x-->text\n\n[](dossier:anchor:s1\"onclick) [x](dossier:anchor:s2)\n")
        #expect(!html.contains(" onclick="))
        #expect(!html.contains("<a id"))
    }

    @Test func markdownLinksToPagesBecomeHTMLLinks() {
        let html = renderer.html(fromMarkdown: "[p](../people/x.md#s3) [w](https://example.com/a.md)\n")
        #expect(html.contains("href=\"../people/x.html#s3\""))
        #expect(html.contains("href=\"https://example.com/a.md\""))
        let file = renderer.html(fromMarkdown: "[f](\(SitePath.fileLink(from: "sources/x", to: "originals/x.txt"))) [g](\(SitePath.fileLink(from: "index", to: "figures.csv")))\n")
        #expect(file.contains("href=\"../originals/x.txt\""), "\(file)")
        #expect(file.contains("href=\"figures.csv\""), "\(file)")
    }
}
