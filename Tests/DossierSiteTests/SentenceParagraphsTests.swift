import DossierCore
import TestSupport
import Testing
@testable import DossierSite

/// A source's text, written as its page builder writes it, is converted to the HTML cmark-gfm makes of it without
/// cmark-gfm (see `SentenceParagraphs`).
@Suite struct SentenceParagraphsTests {
    private func html(_ stretch: String) -> String? {
        var stretch = stretch
        return stretch.withUTF8 { SentenceParagraphs.html(of: $0).map { String(decoding: $0.dropLast(), as: UTF8.self) } }
    }

    @Test func sentencesBecomeAnchorsAndEscapedText() {
        #expect(html("[](dossier:anchor:s1)A \\*b\\* \\& \"c\" > d. [](dossier:anchor:s2)E\\\\f  \n\n[](dossier:anchor:s3)G\n")
                == "<p><a id=\"s1\" class=\"anchor\"></a>A *b* &amp; &quot;c&quot; &gt; d. <a id=\"s2\" class=\"anchor\"></a>E\\f</p>\n<p><a id=\"s3\" class=\"anchor\"></a>G</p>\n")
        #expect(String(decoding: TrustedMarker.anchorOpening, as: UTF8.self) == SentenceParagraphs.anchorOpening.description)
        #expect(String(decoding: TrustedMarker.anchorClosing, as: UTF8.self) == SentenceParagraphs.anchorClosing.description)
        // What is not the builder's: text before the first link, markup, an image, a reference, an address.
        for stretch in ["text\n", "[](dossier:anchor:s1)a *b*\n", "[](dossier:anchor:s1)a ![](dossier:anchor:s2)\n",
                        "[](dossier:anchor:s1)a &amp;\n", "[](dossier:anchor:s1)see www.example.org\n", "[](dossier:anchor:S1)a\n",
                        "[](dossier:anchor:s1)a [l](p.md)\n", "[](dossier:anchor:s1)a <b>\n", "[](dossier:anchor:s1)a ~~b~~\n"] {
            #expect(html(stretch) == nil, "\(stretch)")
        }
    }

    /// Source pages of random sentences (marks, escapes, white space, text beyond ASCII), written by the source page's
    /// own writer, convert as they do whole with cmark-gfm (a fixed seed).
    @Test func pagesConvertAsWhole() {
        let words = ["a", "word", "*", "_", "`", "\\", "[", "]", "<", ">", "&", "\"", "'", "!", "#", "1.", "-", "+", "=", "|", "~",
                     "{", "}", "$", "(", ")", ":", " ", "  ", "\t", "é", "—", "“x”", "\u{2028}", "\n", "x@y", "&amp;", "![", "**"]
        var random = SplitMix64(seed: 53)
        var whole = HTMLRenderer()
        whole.takesTablesApart = false
        let renderer = HTMLRenderer()
        var differing: [String] = []
        var converted = 0
        for page in 0..<400 {
            var markdown = "# Title\n\n## Text\n\n"
            let start = markdown.utf8.count
            for paragraph in 0..<(1 + random.next(below: 4)) {
                if paragraph > 0 { markdown += "\n" }
                let sentences = (0..<(1 + random.next(below: 4))).map { number in
                    Sentence(id: "s\(page)-\(paragraph)-\(number)",
                             text: (0..<random.next(below: 8)).map { _ in words[random.next(below: words.count)] }.joined(),
                             range: 0..<0, line: 1)
                }
                SourcePage.text(of: Paragraph(sentences: sentences), into: &markdown)
                markdown += "\n"
            }
            let range = start..<markdown.utf8.count
            if random.next(below: 2) == 0 { markdown += "\n## After\n" }
            var stretch = markdown
            if stretch.withUTF8({ SentenceParagraphs.html(of: UnsafeBufferPointer(rebasing: $0[range])) }) != nil { converted += 1 }
            let apart = renderer.withHTML(fromMarkdown: markdown, sentenceParagraphs: range) { String(decoding: $0, as: UTF8.self) }
            if apart != whole.html(fromMarkdown: markdown) { differing.append(markdown) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(3))")
        #expect(converted > 100)
    }
}
