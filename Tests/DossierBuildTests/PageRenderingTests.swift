@testable import DossierBuild
import DossierSite
import Testing

@Suite struct PageRenderingTests {
    private func page(_ path: String, bytes: Int) -> MarkdownPage {
        MarkdownPage(path: path, title: path, template: "section", markdown: String(repeating: "x", count: bytes))
    }

    /// The costliest page (by its Markdown's bytes, not its characters) is set aside; the others keep their order.
    @Test func setsAsideTheCostliestPageAndKeepsTheOthersInOrder() {
        let pages = [page("a.md", bytes: 30), page("b.md", bytes: 90), page("c.md", bytes: 10),
                     MarkdownPage(path: "d.md", title: "d", template: "section", markdown: String(repeating: "é", count: 40))]
        let (others, largest) = PageRendering.settingAsideLargest(pages)
        #expect(largest?.path == "b.md")
        #expect(others.map(\.path) == ["a.md", "c.md", "d.md"])
    }

    /// Of pages of the same cost, the first is set aside, whatever the order of the others: the same pages give the
    /// same split.
    @Test func aTieGoesToTheFirstPage() {
        let pages = [page("a.md", bytes: 5), page("b.md", bytes: 70), page("c.md", bytes: 70), page("d.md", bytes: 70)]
        let (others, largest) = PageRendering.settingAsideLargest(pages)
        #expect(largest?.path == "b.md")
        #expect(others.map(\.path) == ["a.md", "c.md", "d.md"])
    }

    @Test func noPagesSetNoneAside() {
        let (others, largest) = PageRendering.settingAsideLargest([])
        #expect(largest == nil)
        #expect(others.isEmpty)
    }
}
