import DossierCore
import TestSupport
import Testing
@testable import DossierSite

/// The lists of text and links the page builders write (a person's roles, mentions, quotes and the people mentioned
/// alongside) are converted to the HTML cmark-gfm makes of them without cmark-gfm (see `LinkLists`).
@Suite struct LinkListsTests {
    private func html(_ list: String) -> String? {
        var list = list
        return list.withUTF8 { LinkLists.html(of: $0).map { String(decoding: $0.dropLast(), as: UTF8.self) } }
    }

    @Test func itemsBecomeListItemsWithLinks() {
        let list = "- [A \\*b\\*](../sources/a.md) (2): [line 2](../sources/a.md#s1 \"Say \\\"hi\\\" \\& \\<go\\> \\\\x \\y\"), [s9](x.md#s9 \"\")\n"
            + "- “Q \\[1\\]” — [Bo's \"c\" > d](../people/bo.md)\n- Role \\& more — [R\\&B-soul](../../originals/x.txt \"R\\&B-soul; a; b\")\n"
        #expect(html(list) == "<ul>\n<li><a href=\"../sources/a.html\">A *b*</a> (2): "
            + "<a href=\"../sources/a.html#s1\" title=\"Say &quot;hi&quot; &amp; &lt;go&gt; \\x \\y\">line 2</a>, <a href=\"x.html#s9\">s9</a></li>\n"
            + "<li>“Q [1]” — <a href=\"../people/bo.html\">Bo's &quot;c&quot; &gt; d</a></li>\n"
            + "<li>Role &amp; more — <a href=\"../originals/x.txt\" title=\"R&amp;B-soul; a; b\">R&amp;B-soul</a></li>\n</ul>\n")
        // What the direct path is not sure of: markup, references, addresses, other blocks, URLs it would escape, a
        // title that may hold a reference or whose scan may run on, white space at an item's ends.
        for list in ["- a *b*\n", "- a `b`\n", "- a &amp; b\n", "- a <b>\n", "- a ~~b~~\n", "- see www.example.org\n",
                     "- x@y.org\n", "- http://x.org\n", "- ![i](a.md)\n", "- a ] b\n", "- [a [b](c.md)](d.md)\n",
                     "- # a\n", "- > a\n", "- - a\n", "- 1. a\n", "- 2) a\n", "-  a\n", "- a \n", "- a\\\n", "- \\a\n",
                     "- [^1]: x\n", "- [a](b c.md)\n", "- [a](<b.md>)\n", "- [a](b.md  \"t\")\n", "- [a](b.md \"t\" )\n",
                     "- [a](b&amp;.md)\n", "- [a](b.md 't')\n", "- [a](b.md \"x &eacute; y\")\n", "- [a](b.md \"x \\&amp; y\")\n",
                     "- [a](b.md \"x &#xFFFE; y\")\n",
                     "- [a](b.md \"x\\\\\")\n", "- [a](b.md \"x\ry\")\n", "- a\n\n- b\n", "* a\n", "- a\r\n", "- [a](java:x)\n",
                     "- a\u{0}\n", "- [a](b.md"] {
            #expect(html(list) == nil, "\(list)")
        }
        for list in ["- 1 a\n", "- 1999 x\n", "- a: b\n", "- w.x\n", "- [a](%20.md)\n", "- (a) b\n"] {
            #expect(html(list) != nil, "\(list)")
        }
        // Strong emphasis as the builders write it; any other `*` is given up.
        #expect(html("- **no-date**: none; **Also written:** x **b2** [l](p.md) **c.**\n")
                == "<ul>\n<li><strong>no-date</strong>: none; <strong>Also written:</strong> x <strong>b2</strong> <a href=\"p.html\">l</a> <strong>c.</strong></li>\n</ul>\n")
        for list in ["- **a*\n", "- ***a**\n", "- **a***\n", "- **a **\n", "- x**a**\n", "- ** a**\n", "- **a**b\n", "- **a_b**\n",
                     "- **a\\**\n", "- **a [l](p.md)**\n", "- [**a**](p.md)\n", "- **a**.\n", "- **-a**\n", "- **a\n"] {
            #expect(html(list) == nil, "\(list)")
        }
    }

    /// Numeric references in a title are decoded before its backslash escapes are undone, as cmark-gfm does.
    @Test func titleReferencesAreDecodedFirst() {
        #expect(html("- [a](b.md \"fianc\\&#233;e &#92;&#42; &#x41;&#0;&#xD800; &#123456789; &#; R\\&B-s; &#34;\")\n")
                == "<ul>\n<li><a href=\"b.html\" title=\"fianc\\ée * A\u{FFFD}\u{FFFD} &amp;#123456789; &amp;#; R&amp;B-s; &quot;\">a</a></li>\n</ul>\n")
        func reference(_ text: String) -> InlineHTML.NumericReference? {
            var text = text
            return text.withUTF8 { InlineHTML.numericReference($0) }
        }
        #expect(reference("#65;") == .scalar("A", length: 4))
        #expect(reference("#x1F600;x") == .scalar("\u{1F600}", length: 8))
        #expect(reference("#1114112;") == .scalar("\u{FFFD}", length: 9))
        #expect(reference("#xFFFF;") == .notWritten)
        for text in ["#65", "#;", "#x;", "#a;", "65;", "#123456789;"] { #expect(reference(text) == nil, "\(text)") }
    }

    /// Person pages (and topic pages) of random names, roles, quotes, sentences and source titles (marks, escapes, references, white space,
    /// addresses, text beyond ASCII, some source and person ids no builder makes), written by the person page's own
    /// writer, convert as they do whole with cmark-gfm (a fixed seed); so do lists of the same words written raw.
    @Test func personPagesConvertAsWhole() {
        let words = ["a", "word", " ", "  ", "\t", "*", "_", "`", "\\", "\\\\", "[", "]", "(", ")", "<", ">", "&", "&amp;", "&#233;",
                     "&#x41;", "&#0;", "&#xD800;", "&#123456789;", "&#34;", "&#92;", "&#;", "&#65", "&eacute;", "&#xFFFF;", "R&B", ";", "\"", "'", "!", "![", "#", "1.", "2)", "-", "+", "=", "|", "~", "{", "}", "$", ":",
                     "://", "www.", "x@y", "é", "—", "“x”", "\u{2028}", "\n", "\r", "\r\n", "%20", "^", "[^1]", "]:", ".", "x.md", "**x**", " **y**: ", "**z.** ", "**", "***a**"]
        let ids = ["a", "b-2", "c3", "d", "e f", "g(1)", "h%20", "i&j", "k\\l", "m.md", "n\"o", "p:q", "é"]
        var random = SplitMix64(seed: 71)
        func text(_ count: Int) -> String {
            (0..<random.next(below: count)).map { _ in words[random.next(below: words.count)] }.joined()
        }
        // Raw lists mostly of marks the direct path takes, some of those it gives up.
        let mild = ["a", "word", " ", "\\*", "\\[", "\\]", "\\\\", "\\&", "\\\"", "é", "—", ":", ".", "(", ")", "'", "\"", ">", "!", "1",
                    "&x", "&#", "w", " **b** ", "**c:**", "**d**:"]
        func rawText(_ count: Int) -> String {
            (0..<random.next(below: count)).map { _ in
                random.next(below: 8) == 0 ? words[random.next(below: words.count)] : mild[random.next(below: mild.count)]
            }.joined()
        }
        func id() -> String {
            random.next(below: 3) == 0 ? ids[random.next(below: ids.count)] : ids[random.next(below: 4)]
        }
        var whole = HTMLRenderer()
        whole.takesTablesApart = false
        let renderer = HTMLRenderer()
        var differing: [String] = []
        var (listCount, converted) = (0, 0)
        for _ in 0..<1000 {
            let sources = (0..<(1 + random.next(below: 3))).map { _ in
                Article(id: id(), path: "x.txt", body: "", metadata: SourceMetadata(title: random.next(below: 4) == 0 ? nil : text(6)),
                        paragraphs: [Paragraph(sentences: (0..<(1 + random.next(below: 4))).map { number in
                            Sentence(id: "s\(number + 1)", text: text(12), range: 0..<0, line: number + 2)
                        })])
            }
            let reference = { SentenceReference(source: sources[random.next(below: sources.count)].id, sentence: "s\(1 + random.next(below: 5))") }
            let person = Person(id: id(), name: text(4) + "x", aliases: random.next(below: 3) == 0 ? [text(4)] : [],
                                roles: (0..<random.next(below: 3)).map { _ in Role(text: text(5), reference: reference()) },
                                mentions: (0..<(1 + random.next(below: 5))).map { _ in Mention(form: text(3), reference: reference()) },
                                quotes: (0..<random.next(below: 3)).map { _ in Quote(text: text(8), reference: reference()) },
                                alongside: random.next(below: 2) == 0 ? [id(), id()] : [])
            let dossier = Dossier(configuration: DossierConfiguration(title: "T"), sources: sources, people: [person])
            let names = Dictionary(person.alongside.map { ($0, text(4) + "y") }, uniquingKeysWith: { first, _ in first })
            let page = PersonPage.page(for: person, names: names, sourceNames: SourceNames(dossier), topics: [],
                                       sentences: SentenceIndex(dossier))
            var markdown = page.markdown
            for range in page.linkLists {
                listCount += 1
                if markdown.withUTF8({ LinkLists.html(of: UnsafeBufferPointer(rebasing: $0[range])) }) != nil { converted += 1 }
            }
            let apart = renderer.withHTML(fromMarkdown: markdown, linkLists: page.linkLists) { String(decoding: $0, as: UTF8.self) }
            if apart != whole.html(fromMarkdown: markdown) { differing.append(markdown) }
            // A topic page of the same sources: its people and figures involved, and what each source says.
            let topic = Topic(id: "t", name: "T", keywords: ["k"], sentences: (0..<(1 + random.next(below: 9))).map { _ in reference() },
                              people: [person.id])
            let figures = [Figure(id: id(), measure: text(4) + "m", unit: nil, values: [], agreement: .conflict)]
            let topicPage = TopicPage.page(for: topic, in: dossier, people: [person], figures: figures, sentences: SentenceIndex(dossier),
                                           sourceNames: SourceNames(dossier))
            var topicMarkdown = topicPage.markdown
            for range in topicPage.linkLists {
                listCount += 1
                if topicMarkdown.withUTF8({ LinkLists.html(of: UnsafeBufferPointer(rebasing: $0[range])) }) != nil { converted += 1 }
            }
            let topicApart = renderer.withHTML(fromMarkdown: topicPage.markdown, linkLists: topicPage.linkLists) { String(decoding: $0, as: UTF8.self) }
            if topicApart != whole.html(fromMarkdown: topicPage.markdown) { differing.append(topicPage.markdown) }
        }
        // Lists written raw, not escaped: most are given up, and those that are not must convert as cmark-gfm does.
        var rawConverted = 0
        for _ in 0..<1000 {
            var markdown = "# T\n\n## L\n\n"
            let start = markdown.utf8.count
            for _ in 0..<(1 + random.next(below: 4)) {
                markdown += "- " + rawText(4) + "[" + rawText(3) + "](" + id() + ".md" + (random.next(below: 2) == 0 ? "" : " \"" + rawText(6) + "\"")
                    + ")" + rawText(3) + "\n"
            }
            let range = start..<markdown.utf8.count
            if random.next(below: 2) == 0 { markdown += "\n## After\n" }
            if markdown.withUTF8({ LinkLists.html(of: UnsafeBufferPointer(rebasing: $0[range])) }) != nil { rawConverted += 1 }
            let apart = renderer.withHTML(fromMarkdown: markdown, linkLists: [range]) { String(decoding: $0, as: UTF8.self) }
            if apart != whole.html(fromMarkdown: markdown) { differing.append(markdown) }
        }
        // Whole pages of headings and paragraphs around a list, written raw: written without cmark-gfm when every block is
        // a heading or a one-line paragraph (`BlocksHTML`), else converted as before; either way as cmark-gfm does.
        let blockStarts = ["", "", "", "# ", "## ", "###### ", "####### ", "#", "- ", "1. ", "> ", "    ", "**a** ", "[^1]: ", "[x]: ",
                           "<!--dossier:fragment f-->", "***", "|", "=", " "]
        var whollyWritten = 0
        for _ in 0..<1000 {
            var markdown = ""
            for _ in 0..<(1 + random.next(below: 3)) {
                markdown += blockStarts[random.next(below: blockStarts.count)] + rawText(5) + (random.next(below: 8) == 0 ? " #" : "")
                markdown += random.next(below: 10) == 0 ? "\n" + rawText(3) + "\n\n" : "\n\n"
            }
            markdown += "## L\n\n"
            let start = markdown.utf8.count
            markdown += "- [a](b.md \"" + rawText(4) + "\")\n"
            let range = start..<markdown.utf8.count
            if random.next(below: 2) == 0 { markdown += "\n## After " + rawText(3) + "\n" }
            var blocks = markdown
            let written = blocks.withUTF8 { text -> Bool in
                guard let list = LinkLists.html(of: UnsafeBufferPointer(rebasing: text[range])) else { return false }
                return list.withUnsafeBufferPointer { BlocksHTML.html(of: text, stretches: [(range, $0)]) } != nil
            }
            if written { whollyWritten += 1 }
            let apart = renderer.withHTML(fromMarkdown: markdown, fragments: ["f": "<b>f</b>"], linkLists: [range]) { String(decoding: $0, as: UTF8.self) }
            if apart != whole.html(fromMarkdown: markdown, fragments: ["f": "<b>f</b>"]) { differing.append(markdown) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(whollyWritten > 15, "\(whollyWritten) of 1000")
        #expect(converted > listCount / 5, "\(converted) of \(listCount)")
        #expect(rawConverted > 60, "\(rawConverted) of 1000")
    }
}
