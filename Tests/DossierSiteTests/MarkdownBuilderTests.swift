import DossierCore
import Testing
@testable import DossierSite

@Suite struct MarkdownBuilderTests {
    @Test func exactTextOfEachKindOfBlock() {
        var md = MarkdownBuilder()
        md.heading(2, "A *title*")
        md.bullets([])
        md.bullets(["one", "two"])
        md.table(header: ["Name", ""], rows: [])
        md.table(header: ["Name", ""], rows: [["a", ""], ["", "b|c"]])
        md.raw("**raw**")
        md.paragraph("1. line\nnext")
        #expect(md.text == """
            ## A \\*title\\*

            - one
            - two

            | Name |  |
            | --- | --- |
            | a |   |
            |   | b|c |

            **raw**

            1\\. line next

            """)
    }

    /// A block written into the text is the block `raw` writes from a string: after the empty line between blocks,
    /// with its line end, an empty one too.
    @Test func blockWrittenInPlaceIsTheRawBlock() {
        var written = MarkdownBuilder()
        written.raw { $0 += "first" }
        written.raw { _ in }
        written.raw { markdown in
            markdown += "a "
            markdown += "b"
        }
        var joined = MarkdownBuilder()
        joined.raw("first")
        joined.raw("")
        joined.raw("a b")
        #expect(written.text == joined.text)
        #expect(written.text == "first\n\n\n\na b\n")
    }

    /// A list written item by item is the list `bullets(_:)` writes from strings: after the empty line between
    /// blocks, each item on its line; a list without items writes nothing, not even the empty line.
    @Test func listWrittenInPlaceIsTheListOfStrings() {
        var written = MarkdownBuilder()
        written.raw("first")
        written.bullets { _ in }
        written.bullets { list in
            list.item { $0 += "one" }
            list.item { _ in }
            list.item { item in
                item += "two, "
                item += "three"
            }
        }
        written.bullets { list in list.item { $0 += "again" } }
        var joined = MarkdownBuilder()
        joined.raw("first")
        joined.bullets([])
        joined.bullets(["one", "", "two, three"])
        joined.bullets(["again"])
        for text in [written.text, joined.text] { #expect(text == "first\n\n- one\n- \n- two, three\n\n- again\n") }
        var alone = MarkdownBuilder()
        alone.bullets { list in list.item { $0 += "only" } }
        #expect(alone.text == "- only\n")
    }

    /// A table written cell by cell is the table `table(header:rows:)` writes from strings: an empty cell of a row
    /// (one nothing is written into) as a space, of the header as nothing; without rows, no header either.
    @Test func tableWrittenInPlaceIsTheTableOfStrings() {
        var written = MarkdownBuilder()
        written.raw("first")
        written.table(header: ["A", ""]) { _ in }
        written.table(header: ["A", ""]) { table in
            table.row { row in
                row.cell { $0 += "x" }
                row.cell { _ in }
            }
            table.row { row in
                row.cell("")
                row.cell { cell in
                    cell += "[y]"
                    cell += "(z)"
                }
            }
        }
        var joined = MarkdownBuilder()
        joined.raw("first")
        joined.table(header: ["A", ""], rows: [])
        joined.table(header: ["A", ""], rows: [["x", ""], ["", "[y](z)"]])
        for text in [written.text, joined.text] { #expect(text == "first\n\n| A |  |\n| --- | --- |\n| x |   |\n|   | [y](z) |\n") }
    }
}
