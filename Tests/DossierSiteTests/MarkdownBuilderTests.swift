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
}
