import DossierCore
import Testing
@testable import DossierSite

@Suite struct SeparatePartsTests {
    let renderer = HTMLRenderer()

    /// A page like the figures page: footnotes referred to before the parts and defined after them, parts with tables,
    /// anchors, links to `.md` pages, a fragment, an autolink, strikethrough and a character reference.
    static func page(sections: Int) -> (markdown: String, parts: [Range<Int>]) {
        var md = MarkdownBuilder()
        md.heading(1, "Figures")
        md.paragraph("Values compared.")
        md.raw("| a | b |\n| --- | --- |\n| [](dossier:anchor:x1)one[^s1] | [2](sources/a.md#s1 \"Said 2.\")[^s2] |")
        md.bullets(["first", "second"])
        var starts = [md.nextBlockStart]
        md.heading(2, "Stated by one source")
        for section in 0..<sections {
            starts.append(md.nextBlockStart)
            md.heading(3, "Source \(section)")
            md.paragraph("outlet \(section) & co")
            let cell = section % 3 == 0 ? "www.example.org/\(section)" : section % 3 == 1 ? "~~gone~~ *x*" : "&amp; [y](people/b.md)"
            md.raw("| m | v |\n| --- | --- |\n| [](dossier:anchor:m\(section))measure | \(cell) |")
            if section == 1 { md.raw(TrustedMarker.fragment("chart")) }
        }
        let end = md.nextBlockStart
        md.heading(2, "Sentences behind the compared values")
        md.raw("[^s1]: **A**: “Said one.”")
        md.raw("[^s2]: **B**: “Said 2.”")
        return (md.text, SeparateParts.grouping(starts: starts, end: min(end, md.text.utf8.count), size: 100))
    }

    @Test func partsConvertedApartRenderAsTheWholePage() {
        let fragments = ["chart": "<svg class=\"chart\"></svg>"]
        for sections in [1, 2, 7, 40] {
            let (markdown, parts) = Self.page(sections: sections)
            #expect(parts.count > 1 || sections == 1)
            var text = markdown
            #expect(text.withUTF8 { SeparateParts($0, parts: parts) } != nil)
            let whole = renderer.html(fromMarkdown: markdown, fragments: fragments)
            #expect(whole.contains("<svg class=\"chart\"></svg>") == (sections > 1))
            #expect(whole.contains("<a href=\"http://www.example.org/0\">"))
            #expect(whole.contains("<section class=\"footnotes\""))
            #expect(renderer.html(fromMarkdown: markdown, fragments: fragments, separateParts: parts) == whole)
            // Converted apart indeed, not whole after giving up (which would come out the same).
            #expect(renderer.withHTML(fromMarkdown: markdown, fragments: fragments, apart: parts) { String(decoding: $0, as: UTF8.self) } == whole)
        }
    }

    @Test func partsAtTheEndOfThePageRenderAsTheWholePage() {
        var md = MarkdownBuilder()
        md.paragraph("Intro[^a].")
        md.raw("[^a]: The note.")
        let start = md.nextBlockStart
        md.heading(2, "Tail")
        md.paragraph("Last words.")
        let parts = [start..<md.text.utf8.count]
        #expect(renderer.html(fromMarkdown: md.text, separateParts: parts) == renderer.html(fromMarkdown: md.text))
        #expect(renderer.withHTML(fromMarkdown: md.text, fragments: [:], apart: parts) { String(decoding: $0, as: UTF8.self) }
                == renderer.html(fromMarkdown: md.text))
    }

    /// Parts that break the rules (not after an empty line at a heading, holding a footnote or a definition, past a
    /// NUL, apart) are not taken: the page is converted whole, and comes out the same.
    @Test func partsThatBreakTheRulesAreNotTaken() {
        let text = "# A\n\nIntro[^n] and [ref].\n\n## B\n\nText [^n] here.\n\n## C\n\n[ref]: /url\n\n## D\n\n```\n\n## code\n```\n\n[^n]: Note.\n"
        let b = Array(text.utf8).firstRange(of: Array("## B".utf8))!.lowerBound
        let c = Array(text.utf8).firstRange(of: Array("## C".utf8))!.lowerBound
        let d = Array(text.utf8).firstRange(of: Array("## D".utf8))!.lowerBound
        var bytes = text
        bytes.withUTF8 { utf8 in
            #expect(SeparateParts(utf8, parts: [b..<c]) == nil)  // a footnote reference
            #expect(SeparateParts(utf8, parts: [c..<d]) == nil)  // a definition
            #expect(SeparateParts(utf8, parts: [b + 1..<c]) == nil)  // not at a line start
            #expect(SeparateParts(utf8, parts: [b..<c, d..<utf8.count]) == nil)  // not consecutive
            #expect(SeparateParts(utf8, parts: [b..<b]) == nil)
            #expect(SeparateParts(utf8, parts: [d..<d + 5]) == nil)  // the line after is not a heading
        }
        for parts in [[b..<c], [c..<d], [b..<c, c..<d], [d..<text.utf8.count]] {
            #expect(renderer.html(fromMarkdown: text, separateParts: parts) == renderer.html(fromMarkdown: text))
        }
        let withNUL = "# A\n\nText.\n\n## B\n\nMore \u{0} text.\n\n## C\n\nEnd.\n"
        let bNUL = Array(withNUL.utf8).firstRange(of: Array("## B".utf8))!.lowerBound
        let cNUL = Array(withNUL.utf8).firstRange(of: Array("## C".utf8))!.lowerBound
        #expect(renderer.html(fromMarkdown: withNUL, separateParts: [bNUL..<cNUL]) == renderer.html(fromMarkdown: withNUL))
        #expect(renderer.html(fromMarkdown: withNUL, separateParts: [cNUL..<withNUL.utf8.count]) == renderer.html(fromMarkdown: withNUL))
    }

    /// A page that writes the marker itself is converted whole.
    @Test func aPageHoldingTheMarkerIsConvertedWhole() {
        let text = "# A\n\n<!--dossier:separate-parts-->\n\n## B\n\nPart.\n\n## C\n\nEnd.\n"
        let b = Array(text.utf8).firstRange(of: Array("## B".utf8))!.lowerBound
        let c = Array(text.utf8).firstRange(of: Array("## C".utf8))!.lowerBound
        #expect(renderer.html(fromMarkdown: text, separateParts: [b..<c]) == renderer.html(fromMarkdown: text))
    }

    @Test func groupingCutsAtHeadingsOnceAPartIsLargeEnough() {
        #expect(SeparateParts.grouping(starts: [10, 20, 45, 50, 90], end: 100, size: 30) == [10..<45, 45..<90, 90..<100])
        #expect(SeparateParts.grouping(starts: [10], end: 100, size: 30) == [10..<100])
        #expect(SeparateParts.grouping(starts: [], end: 100) == [])
        #expect(SeparateParts.grouping(starts: [100], end: 100) == [])
    }

    /// The figures page marks the figures one source states as separate parts, and they render as the whole page.
    @Test func figuresPageRendersTheSameWithItsParts() {
        var dossier = FiguresPageTests.dossier()
        for (index, source) in ["a", "b", "a"].enumerated() {
            let value = FigureValue(value: Double(index), text: "\(index) rockets", qualifier: nil,
                                    sentence: "They fired \(index) rockets, said www.example.org.",
                                    reference: SentenceReference(source: source, sentence: "s\(index + 7)"))
            dossier.figures.append(Figure(id: "rockets-\(index)", measure: "rockets \(index)", unit: nil, values: [value], agreement: .single))
        }
        let page = FiguresPage.page(for: dossier)
        #expect(!page.separateParts.isEmpty)
        var text = page.markdown
        #expect(text.withUTF8 { SeparateParts($0, parts: page.separateParts) } != nil)
        #expect(renderer.html(fromMarkdown: page.markdown, fragments: page.fragments, separateParts: page.separateParts)
                == renderer.html(fromMarkdown: page.markdown, fragments: page.fragments))
    }
}

extension SeparateParts: Equatable {
    public static func == (left: SeparateParts, right: SeparateParts) -> Bool { left.parts == right.parts }
}
