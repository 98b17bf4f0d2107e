import TestSupport
import Testing
@testable import DossierSite

/// The tables the page builders write are converted apart from the rest of their page (see `TablesApart`), to the same
/// HTML as cmark-gfm's table extension makes of them.
@Suite struct TablesApartTests {
    private func apart(_ markdown: String) -> TablesApart? {
        var markdown = markdown
        return markdown.withUTF8 { TablesApart($0) }
    }

    @Test func onlyTheBuildersTablesAreTakenApart() throws {
        let page = "# T\n\n| a | b |\n| --- | --- |\n| *x* | 1 |\n|  | y \\| z |\n\ntext\n"
        let tables = try #require(apart(page))
        #expect(tables.tables.count == 1)
        #expect(tables.tables[0].columns == 2 && tables.tables[0].rows == 3)
        // Text and links are written here (`InlineHTML`); emphasis (but strong as the builders write it) goes to the cells document.
        #expect(String(decoding: tables.cellsText, as: UTF8.self) == "*x*\n\n")
        #expect(tables.cells.map { if case .written = $0 { "w" } else { "\($0)" } } == ["w", "w", "converted", "w", "empty", "w"])
        #expect(String(decoding: tables.writtenHTML, as: UTF8.self) == "ab1y | z")
        #expect(tables.convertedCount == 1)
        // No empty line before, a delimiter row of another shape, a line after the last row, a footnote, a definition.
        #expect(apart("text\n| a |\n| --- |\n| x |\n") == nil)
        #expect(apart("| a |\n|---|\n| x |\n") == nil)
        #expect(apart("| a |\n| --- |\n| x |\ntext\n") == nil)
        #expect(apart("| a |\n| --- |\n| x[^1] |\n\n[^1]: n\n") == nil)
        #expect(apart("| a |\n| --- |\n| [x] |\n\n[x]: y.html\n") == nil)
        #expect(apart("| a |\r\n| --- |\r\n| x |\r\n") == nil)
        // A cell that would start another block leaves its table to cmark-gfm.
        for cell in ["# x", "- x", "1. x", "2) x", "> x", "<b>", "***", "- - -", "`x`", "~~~"] {
            #expect(apart("| a |\n| --- |\n| \(cell) |\n") == nil, "\(cell)")
        }
        for cell in ["**x**", "-5", "1.5", "1234567890. x", "[l](p.md)", "x # y", "*x*", "\\# x"] {
            #expect(apart("| a |\n| --- |\n| \(cell) |\n") != nil, "\(cell)")
        }
    }

    @Test func paragraphsAreCutFromTheCellsHTML() throws {
        func cut(_ html: String, _ count: Int) -> [String]? {
            var html = html
            return html.withUTF8 { TablesApart.paragraphs(of: $0, count: count)?.map { String(decoding: $0, as: UTF8.self) } }
        }
        #expect(cut("<p>a</p>\n<p></p>\n<p>b <em>c</em></p>\n", 3) == ["a", "", "b <em>c</em>"])
        #expect(cut("<p>a</p>\n<p>b</p>\n", 3) == nil)
        #expect(cut("<p>a</p>\n<p>b</p>\n", 1) == nil)
        #expect(cut("<p>a\n</p>x</p>\n", 1) == ["a\n</p>x"])
    }

    /// Pages of tables (with cells of every kind: empty, escaped pipes, emphasis, links, anchors, markers, numbers, list
    /// and heading marks), headings and paragraphs, put together at random (a fixed seed), convert as they do whole.
    @Test func pagesConvertAsWhole() {
        let cells = ["", " ", "a", "b c", "**x**", "*y*", "_z_", "\\|", "x \\| y", "x\\\\| y", "12", "1.", "1. x", "- x", "-x", "# h",
                     "[l](p.md)", "[l](p.md#s1 \"t | u\")", "[](dossier:anchor:s1)", "[](dossier:anchor:s2)x", "*[](dossier:anchor:s3)*",
                     "<!--dossier:fragment f-->", "&amp;", "www.example.org", "~~s~~", "`c`", "***", "\\*", "a *b", "c* d",
                     "[x](../sources/a.md#s2 \"Say \\\"hi\\\" \\& \\<b\\> fianc\\&#233;e \\&amp; R\\&B-s; \\\\ \\x\")", "[\\[1\\] \\*x](b.md)",
                     "[a](b c.md)", "[a](../../originals/x.txt)", "![i](p.md)", "x@y", "a://b", "\\& é —", "[a](b.md \"x\\\\\")",
                     "[](dossier:anchor:A)", "[a](p.md \"\")", "x: [y](z.md) (3)", "[a](p.md \"&#x41; &#0;\")", "**Outlet**", "**a:** b", "**b** **c**", "***d**", "**e**f"]
        let blocks = ["# Heading\n", "Some text with *emphasis*.\n", "- item [l](q.md)\n- item\n", "<!--dossier:fold f-->\n",
                      "<!--dossier:endfold-->\n", "text\n| a | b |\n| --- | --- |\n"]
        var random = SplitMix64(seed: 41)
        let fragments = ["f": "<b>fragment</b>"]
        var whole = HTMLRenderer()
        whole.takesTablesApart = false
        let renderer = HTMLRenderer()
        var differing: [String] = []
        var takenApart = 0
        for _ in 0..<1000 {
            var page = ""
            for _ in 0..<(1 + random.next(below: 5)) {
                if !page.isEmpty { page += "\n" }
                if random.next(below: 3) == 0 {
                    page += blocks[random.next(below: blocks.count)]
                    continue
                }
                let columns = 1 + random.next(below: 3)
                // A cell of one or two of the kinds.
                func cell() -> String {
                    (0..<(1 + random.next(below: 2))).map { _ in cells[random.next(below: cells.count)] }.joined(separator: " ")
                }
                page += "|" + (0..<columns).map { _ in " \(cell()) |" }.joined() + "\n"
                page += "|" + String(repeating: " --- |", count: columns) + "\n"
                for _ in 0..<random.next(below: 4) {
                    let count = max(1, columns + random.next(below: 3) - 1)
                    page += "|" + (0..<count).map { _ in " \(cell()) |" }.joined() + "\n"
                }
            }
            if apart(page) != nil { takenApart += 1 }
            if renderer.html(fromMarkdown: page, fragments: fragments) != whole.html(fromMarkdown: page, fragments: fragments) {
                differing.append(page)
            }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(takenApart > 250)
    }
}
