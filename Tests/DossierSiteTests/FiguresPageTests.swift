import Testing
import DossierCore
@testable import DossierSite

/// The figures page: the sentence behind each compared value is quoted where a keyboard or a printer reaches it.
@Suite struct FiguresPageTests {
    static func dossier() -> Dossier {
        let sources = ["a", "b"].map { Article(id: $0, path: "content/\($0).txt", body: "", metadata: SourceMetadata(title: "Source \($0)")) }
        let first = FigureValue(value: 24, text: "24 hostages", qualifier: nil, sentence: "Israel says 24 hostages are *alive*.",
                                reference: SentenceReference(source: "a", sentence: "s2"))
        let again = FigureValue(value: 24, text: "24", qualifier: nil, sentence: "Israel says 24 hostages are *alive*.",
                                reference: SentenceReference(source: "a", sentence: "s2"))
        let second = FigureValue(value: 22, text: "22 hostages", qualifier: nil, sentence: "<b>22</b> hostages are alive.",
                                 reference: SentenceReference(source: "b", sentence: "s5"))
        let figure = Figure(id: "hostages-alive", measure: "hostages alive", unit: "people", values: [first, again, second],
                            agreement: .conflict)
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: sources, figures: [figure])
    }

    @Test func eachComparedValueHasAFootnoteQuotingItsSentenceOnce() {
        let markdown = FiguresPage.page(for: Self.dossier()).markdown
        let row = markdown.split(separator: "\n").first { $0.contains("hostages alive") && $0.hasPrefix("|") } ?? ""
        #expect(row.contains("24 hostages](sources/a.md#s2 \"Israel says 24 hostages are *alive*.\")[^s1]"))
        #expect(row.contains("[^s1]; [24]"))
        #expect(row.contains("22 hostages](sources/b.md#s5"))
        #expect(row.contains("[^s2]"))
        #expect(markdown.contains("\n[^s1]: **Source a**: “Israel says 24 hostages are \\*alive\\*.”"))
        #expect(markdown.contains("\n[^s2]: **Source b**: “\\<b\\>22\\</b\\> hostages are alive.”"))
        #expect(!markdown.contains("[^s3]"))
    }

    @Test func footnotesRenderAsLinksToTheQuotedSentence() {
        let page = FiguresPage.page(for: Self.dossier())
        let html = HTMLRenderer().html(fromMarkdown: page.markdown)
        #expect(html.contains("<a href=\"#fn-s1\" id=\"fnref-s1\" data-footnote-ref>1</a>"))
        #expect(html.contains("<li id=\"fn-s2\">\n<p><strong>Source b</strong>: “&lt;b&gt;22&lt;/b&gt; hostages are alive.”"))
    }
}

extension FiguresPageTests {
    /// Figures stated by two or more sources, and by one (however many of its values), in the dossier's order; a figure
    /// without values is in neither.
    @Test func figuresAreSplitByHowManySourcesStateThem() {
        func value(_ source: String) -> FigureValue {
            FigureValue(value: 1, text: "1", qualifier: nil, sentence: "One.", reference: SentenceReference(source: source, sentence: "s1"))
        }
        func figure(_ id: String, _ sources: [String]) -> Figure {
            Figure(id: id, measure: id, unit: nil, values: sources.map(value), agreement: .agree)
        }
        let figures = [figure("two", ["a", "b"]), figure("none", []), figure("one-twice", ["a", "a"]), figure("three", ["c", "a", "b"]),
                       figure("one", ["b"])]
        let (compared, single) = FiguresPage.bySourceCount(figures)
        #expect(compared.map(\.id) == ["two", "three"])
        #expect(single.map(\.id) == ["one-twice", "one"])
    }
}
