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
}
