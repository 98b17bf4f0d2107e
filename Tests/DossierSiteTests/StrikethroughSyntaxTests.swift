import TestSupport
import Testing
@testable import DossierSite

/// cmark-gfm is given its strikethrough extension only for Markdown that may hold a strikethrough, and a page given
/// neither it nor autolink finishes beside others (see `HTMLRenderer.parsing`).
@Suite struct StrikethroughSyntaxTests {
    @Test func onlyATildeMayMakeAStrikethrough() {
        #expect(StrikethroughSyntax.mayOccur(in: "a ~~b~~ c"))
        #expect(StrikethroughSyntax.mayOccur(in: #"an escaped \~"#))
        #expect(!StrikethroughSyntax.mayOccur(in: "&#126;&#126;b&#126;&#126; &#x7E;x&#x7e; &tilde; ˜ ～"))
        #expect(!StrikethroughSyntax.mayOccur(in: ""))
    }

    @Test func aPlainPageIsGivenNeitherExtensionThatSwitchesCharacters() {
        #expect(HTMLRenderer.extensionNames(autolinks: false, strikethrough: false) == ["table", "tagfilter"])
        #expect(HTMLRenderer.extensionNames(autolinks: false, strikethrough: true) == ["table", "strikethrough", "tagfilter"])
        #expect(HTMLRenderer.extensionNames(autolinks: true, strikethrough: false) == ["table", "autolink", "tagfilter"])
        #expect(HTMLRenderer.extensionNames(autolinks: true, strikethrough: true) == ["table", "autolink", "strikethrough", "tagfilter"])
        let syntax = HTMLRenderer.optionalSyntax(of: "a ~~b~~ at w: word")
        #expect(syntax.strikethrough && !syntax.autolinks && !syntax.footnotes)
    }

    @Test func strikethroughIsRenderedAndReferencesStayText() {
        let renderer = HTMLRenderer()
        #expect(renderer.html(fromMarkdown: "a ~~b~~ c\n") == "<p>a <del>b</del> c</p>\n")
        #expect(renderer.html(fromMarkdown: "a &#126;&#126;b&#126;&#126; c\n") == "<p>a ~~b~~ c</p>\n")
        #expect(renderer.html(fromMarkdown: "| a | b |\n| --- | --- |\n| ~~x~~ | y |\n").contains("<td><del>x</del></td>"))
    }

    /// Markdown renders as cmark-gfm renders it with every extension attached: pieces with and without tildes (raw,
    /// escaped, as references, fencing code), emphasis, tables, links and addresses, put together at random (a fixed
    /// seed). A gate that dropped a strikethrough, or an extension a page needs, fails it.
    @Test func pagesRenderAsWithEveryExtension() {
        let pieces = ["~", "~~", "~~~", "&#126;", "&#x7E;", #"\~"#, "x", "w", " ", "\n", "\n\n", "*", "_", "|", ":",
                      "`", "a b", "www.e.org", "a@b.org", "[l](p)", "~~x~~", "~x~", "x~~ ~~x", "| a | b |\n| --- | --- |\n", "```\n", "~~~\n",
                      "- ", "> ", "#"]
        var random = SplitMix64(seed: 13)
        let renderer = HTMLRenderer()
        var differing: [String] = []
        var struck = 0
        for _ in 0..<1500 {
            let page = (0..<(1 + random.next(below: 12))).map { _ in pieces[random.next(below: pieces.count)] }.joined() + "\n"
            let expected = CmarkReference.withEveryExtension(page)
            if expected.contains("<del>") { struck += 1 }
            if renderer.html(fromMarkdown: page) != expected { differing.append(page) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // The pages do hold strikethroughs for the gate to keep.
        #expect(struck > 150)
    }
}
