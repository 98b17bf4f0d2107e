import DossierCore
import TestSupport
import Testing
@testable import DossierSite

/// The figures page's comparison table, whose cells hold footnote references, and its notes are written as cmark-gfm
/// writes them (see `FootnotedTable`).
@Suite struct FootnotedTableTests {
    /// Figures pages of random values, sentences and source titles (marks, escapes, references, strong emphasis, text
    /// beyond ASCII), written by the figures page's own writer, convert as they do whole with cmark-gfm (a fixed seed).
    @Test func figuresPagesConvertAsWhole() {
        let words = ["a", "word", " ", "*", "**", "_", "`", "\\", "[", "]", "(", ")", "<", ">", "&", "&amp;", "&#233;", "\"", "'",
                     "!", "#", "1.", "-", "|", "~", ":", "x@y", "é", "—", "…", "“x”", "\n", "^", "[^s1]", "]:", ".", "12", "£3m"]
        var random = SplitMix64(seed: 97)
        // Mostly words the direct path takes, some it gives up.
        let mild = ["a", "word", " ", "'", "\"", "é", "—", "…", "(", ")", ".", ",", "12", "£3m", ">", "&", "x&#233;", "*", "-", "\\"]
        func text(_ count: Int) -> String {
            (0..<random.next(below: count)).map { _ in
                random.next(below: 6) == 0 ? words[random.next(below: words.count)] : mild[random.next(below: mild.count)]
            }.joined()
        }
        var whole = HTMLRenderer()
        whole.takesTablesApart = false
        let renderer = HTMLRenderer()
        var differing: [String] = []
        var written = 0
        for _ in 0..<400 {
            let ids = ["a", "b", "c", "d"].prefix(2 + random.next(below: 3))
            let sources = ids.map { id in
                Article(id: id, path: "\(id).txt", body: "", metadata: SourceMetadata(title: random.next(below: 3) == 0 ? text(4) + "…" : text(6) + "t"))
            }
            func value(_ source: String) -> FigureValue {
                FigureValue(value: 1, text: text(3) + "1", qualifier: nil, sentence: text(10),
                            reference: SentenceReference(source: source, sentence: "s\(1 + random.next(below: 4))"))
            }
            let figures = (0..<(2 + random.next(below: 6))).map { number in
                let count = 1 + random.next(below: 3)
                return Figure(id: "f\(number)", measure: text(4) + "m", unit: random.next(below: 2) == 0 ? nil : text(3),
                              values: (0..<count).map { _ in value(ids[random.next(below: ids.count)]) },
                              agreement: random.next(below: 2) == 0 ? .conflict : .agree, basis: random.next(below: 2) == 0 ? nil : text(4))
            }
            let dossier = Dossier(configuration: DossierConfiguration(title: "T"), sources: sources, figures: figures)
            let page = FiguresPage.page(for: dossier)
            var markdown = page.markdown
            if let (table, notes) = page.footnotedTable,
               markdown.withUTF8({ FootnotedTable.html(table: UnsafeBufferPointer(rebasing: $0[table]), notes: UnsafeBufferPointer(rebasing: $0[notes])) }) != nil {
                written += 1
            }
            let apart = renderer.withHTML(fromMarkdown: markdown, fragments: page.fragments, separateParts: page.separateParts,
                                          footnotedTable: page.footnotedTable) { String(decoding: $0, as: UTF8.self) }
            if apart != whole.html(fromMarkdown: markdown, fragments: page.fragments) { differing.append(markdown) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(2))")
        #expect(written > 20, "\(written) of 400")
    }
}
