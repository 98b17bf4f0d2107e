import DossierCore
import Testing
@testable import DossierSite

@Suite struct HTMLRendererTests {
    let renderer = HTMLRenderer()

    /// cmark-gfm's table of extension characters is shared by the process: pages rendered at once (fed side by side,
    /// finished under `HTMLRenderer.parsing`) must still each get their `www.` links, strikethrough and tables (a build
    /// once linked an address that the next build did not). Every page switches `~` (each has a strikethrough); every
    /// other one has no link, and its parser no autolink extension (see `AutolinkSyntax`).
    @Test func pagesRenderedAtOnceRenderAsAlone() {
        // Each page has links all through it, so a page that finishes while another is parsed takes its later links.
        let pages = (0..<200).map { page in
            let site = page % 2 == 0 ? "www.example" : "example"
            return (0..<60).map { line in "Item \(line): visit \(site).org/\(page)/\(line) or ~~not~~ today.\n\n" }.joined()
                + "| a | b |\n| --- | --- |\n"
                + (0..<60).map { row in "| \(site).net/\(page)/\(row) | ~~x~~ \(row) |\n" }.joined()
        }
        let shared = renderer
        let alone = pages.map { shared.html(fromMarkdown: $0) }
        #expect(alone[0].contains("<a href=\"http://www.example.org/0/59\">www.example.org/0/59</a>"))
        #expect(alone[0].contains("<del>not</del>"))
        #expect(alone[0].contains("<td><a href=\"http://www.example.net/0/59\">www.example.net/0/59</a></td>\n<td><del>x</del> 59</td>"))
        #expect(alone[1].contains("<td>example.net/1/59</td>\n<td><del>x</del> 59</td>"))
        let atOnce = ParallelMap.map(pages) { shared.html(fromMarkdown: $0) }
        #expect(atOnce == alone)
    }

    /// Pages that switch extension characters (links, or strikethrough alone) finish alone, and pages with neither
    /// finish side by side: rendered at once, among each other, every page still renders as alone.
    @Test func plainPagesRenderedAmongSwitchingPagesRenderAsAlone() {
        let pages = (0..<240).map { page in
            let kind = page % 3
            let line = kind == 0 ? "visit www.example.org/\(page)" : kind == 1 ? "a ~~struck~~ word" : "wow: w*w* word:word"
            return (0..<50).map { row in "Item \(row): \(line) \(row).\n\n" }.joined()
                + "| a | b |\n| --- | --- |\n" + (0..<40).map { row in "| \(line) | *w* \(row) |\n" }.joined()
        }
        let shared = renderer
        let alone = pages.map { shared.html(fromMarkdown: $0) }
        #expect(alone[0].contains("<a href=\"http://www.example.org/0\">www.example.org/0</a>"))
        #expect(alone[1].contains("a <del>struck</del> word"))
        #expect(alone[2].contains("<td>wow: w<em>w</em> word:word</td>"))
        let atOnce = ParallelMap.map(pages) { shared.html(fromMarkdown: $0) }
        #expect(atOnce == alone)
    }

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

    /// Only an empty marker link with an id of `[a-z0-9-]` becomes an anchor; other links keep their URL, rewritten when
    /// it points at a `.md` page, in the order they come, and links nested in emphasis are found too.
    @Test func markerLinksAndPageLinksExactly() {
        let markdown = "[](dossier:anchor:s1)One [x](dossier:anchor:s2) [](dossier:anchor:S3) [](dossier:anchor:)"
            + " *[](dossier:anchor:a-9)[p](../people/x.md#s3)* [](other.md)\n"
        #expect(renderer.html(fromMarkdown: markdown) == "<p><a id=\"s1\" class=\"anchor\"></a>One <a href=\"dossier:anchor:s2\">x</a> "
            + "<a href=\"dossier:anchor:S3\"></a> <a href=\"dossier:anchor:\"></a> <em><a id=\"a-9\" class=\"anchor\"></a>"
            + "<a href=\"../people/x.html#s3\">p</a></em> <a href=\"other.html\"></a></p>\n")
    }

    /// A marker's id keeps only `a-z`, `0-9` and `-`; an id made of those alone comes back as it is.
    @Test func markerIDsKeepOnlyLowercaseDigitsAndDashes() {
        #expect(TrustedMarker.safeID("s12-b") == "s12-b")
        #expect(TrustedMarker.safeID("S1-x\"") == "1-x")
        #expect(TrustedMarker.safeID("é1a\u{301}b") == "1ab")
        #expect(TrustedMarker.anchor("Row 7") == "[](dossier:anchor:ow7)")
    }
}
