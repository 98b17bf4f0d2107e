import CCmarkGFM
import Foundation
import Testing
@testable import DossierSite

/// cmark-gfm is given its autolink extension only for Markdown that may hold an autolink.
@Suite struct AutolinkSyntaxTests {
    /// What the renderer asks before it parses a page.
    private func mayOccur(in markdown: String) -> Bool { HTMLRenderer.optionalSyntax(of: markdown).autolinks }

    @Test func anAddressASchemeOrAReferenceMayMakeAnAutolink() {
        #expect(mayOccur(in: "see www.example.org today"))
        #expect(mayOccur(in: "write to desk@example.org"))
        #expect(mayOccur(in: "at https://example.org"))
        #expect(mayOccur(in: "desk&#64;example.org"))
        #expect(mayOccur(in: #"two backslashes \\& then an entity"#))
        #expect(!mayOccur(in: "WWW.example.org, www\\.example.org, www example: a word"))
        #expect(!mayOccur(in: #"M\&S: wow"#))
        #expect(!mayOccur(in: ""))
    }

    /// Markdown renders as cmark-gfm renders it with every extension attached (and footnotes looked for): with the
    /// autolink extension where it makes links, without it (text cut at `w` and `:` no longer) where none can be.
    @Test func pagesRenderAsWithEveryExtension() {
        let pages = [
            // No autolink can occur: `w` and `:` everywhere, next to emphasis, links, breaks and table cells.
            "wow *w*ow _www_ w*w* **w**: word:word a:/b [www](x.html) ~~w~~\n",
            "wow w  \nnext line w   \nlast: w\\\nend\n",
            "| w | x:y |\n| --- | --- |\n| *w* | www |\n",
            "WWW.example.org and www\\.example.org and http:\\/\\/example.org\n",
            "# wow: w\n\n> w: *quoted* w\n\n- w\n- `w:w`\n",
            // Autolinks are made.
            "see www.example.org/w, mail desk@example.org or https://example.org/w:x\n",
            "desk&#64;example.org and *www.example.org*\n",
            "| www.example.org | a@b.org |\n| --- | --- |\n",
            "write to mailto:desk@example.org or xmpp:desk@example.org/home\n",
            // A footnote whose label starts with `w`, with and without the extension's cuts.
            "a note[^w] with w\n\n[^w]: the note: w\n",
            "a note[^w] at www.example.org\n\n[^w]: the note\n",
        ]
        let renderer = HTMLRenderer()
        for page in pages {
            #expect(renderer.html(fromMarkdown: page) == CmarkReference.withEveryExtension(page), "\(page)")
        }
    }
}
