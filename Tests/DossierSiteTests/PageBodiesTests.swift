import DossierCore
@testable import DossierSite
import Testing

/// The dev server's store of HTML bodies: kept while a page's Markdown and fragments are unchanged, converted again
/// otherwise, and carried over for pages a build does not render.
@Suite struct PageBodiesTests {
    let page = MarkdownPage(path: "people/ann", title: "Ann", template: "person", markdown: "# Ann\n", fragments: ["box": "<b>1</b>"])

    @Test func anUnchangedPageKeepsItsBodyAndAChangedOneIsConvertedAgain() {
        let first = PageBodies()
        #expect(first.body(for: page) { "<h1>Ann</h1>" } == "<h1>Ann</h1>")
        #expect(first.convertedCount == 1)

        let second = PageBodies(previous: first)
        #expect(second.body(for: page) { "converted again" } == "<h1>Ann</h1>")
        var edited = page
        edited.path = "people/bob"
        #expect(second.body(for: edited) { "<h1>Bob</h1>" } == "<h1>Bob</h1>")
        #expect(second.convertedCount == 1)

        let third = PageBodies(previous: second)
        var newMarkdown = page
        newMarkdown.markdown = "# Ann Lee\n"
        #expect(third.body(for: newMarkdown) { "<h1>Ann Lee</h1>" } == "<h1>Ann Lee</h1>")
        var newFragment = page
        newFragment.fragments = ["box": "<b>2</b>"]
        #expect(PageBodies(previous: second).body(for: newFragment) { "with the new box" } == "with the new box")
    }

    @Test func aBodyIsCarriedOnlyThroughBuildsThatKeepOrRenderItsPage() {
        let first = PageBodies()
        _ = first.body(for: page) { "<h1>Ann</h1>" }
        let second = PageBodies(previous: first)
        second.keep(page)
        #expect(PageBodies(previous: second).body(for: page) { "converted" } == "<h1>Ann</h1>")
        let skipped = PageBodies(previous: first)
        #expect(PageBodies(previous: skipped).body(for: page) { "converted" } == "converted")
    }

    @Test func theSourceTellsMarkdownAndFragmentsApart() {
        var a = page
        a.markdown = "ab"
        a.fragments = ["c": ""]
        var b = page
        b.markdown = "a"
        b.fragments = ["bc": ""]
        #expect(ContentFingerprint(page: a) != ContentFingerprint(page: b))
        #expect(ContentFingerprint(page: a) == ContentFingerprint(page: a))
    }
}
