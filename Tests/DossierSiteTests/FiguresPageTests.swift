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
        #expect(compared == [0, 3])
        #expect(single == [2, 4])
    }
}

extension FiguresPageTests {
    /// The figures one source states are listed under their source, sources in the dossier's order, each source's by
    /// the sentence of their first value, then by id.
    @Test func singleSourceFiguresAreListedBySourceThenSentence() {
        func figure(_ id: String, _ source: String, _ sentence: String) -> Figure {
            let value = FigureValue(value: 1, text: "v-\(id)", qualifier: nil, sentence: "One.",
                                    reference: SentenceReference(source: source, sentence: sentence))
            return Figure(id: id, measure: "m-\(id)", unit: nil, values: [value], agreement: .single)
        }
        let sources = ["b", "a"].map { Article(id: $0, path: "content/\($0).txt", body: "", metadata: SourceMetadata(title: "Source \($0)")) }
        let figures = [figure("f1", "a", "s5"), figure("z", "a", "s2"), figure("f2", "b", "s1"), figure("y", "a", "s2")]
        let markdown = FiguresPage.page(for: Dossier(configuration: DossierConfiguration(title: "T"), sources: sources, figures: figures)).markdown
        let measures = markdown.split(separator: "\n").compactMap { line -> String? in
            if line.hasPrefix("### ") { return String(line) }
            guard let start = line.range(of: "m-") else { return nil }
            return String(line[start.lowerBound...].prefix(3))
        }
        #expect(measures == ["### Source b", "m-f", "### Source a", "m-y", "m-z", "m-f"])
        #expect(markdown.contains("m-f2"))
        #expect(markdown.firstRange(of: "m-f1")!.lowerBound > markdown.firstRange(of: "m-z")!.lowerBound)
        #expect(markdown.contains("0 measures stated by two or more sources (0 conflicts); 4 figures stated by one source."))
    }
}

extension FiguresPageTests {
    /// Compared by more sources than the table has columns for (`maximumSourceColumns`): one "Values" column holds
    /// each value after its source's label, in the figure's order, two values of one source both.
    @Test func aFigureOfManySourcesListsItsValuesInOneColumn() {
        let ids = (0...FiguresPage.maximumSourceColumns).map { "s\($0)" }
        let sources = ids.map { Article(id: $0, path: "content/\($0).txt", body: "", metadata: SourceMetadata(title: "Source \($0)")) }
        func value(_ source: String, _ text: String) -> FigureValue {
            FigureValue(value: 5, text: text, qualifier: nil, sentence: "Five.", reference: SentenceReference(source: source, sentence: "s1"))
        }
        let values = [value("s1", "v-first")] + ids.map { value($0, "v-\($0)") }
        let figure = Figure(id: "f", measure: "wide measure", unit: nil, values: values, agreement: .agree)
        let markdown = FiguresPage.page(for: Dossier(configuration: DossierConfiguration(title: "T"), sources: sources, figures: [figure])).markdown
        let lines = markdown.split(separator: "\n")
        #expect(lines.contains("| Measure | Unit | Agreement | Values | Why together |"))
        let row = String(lines.first { $0.hasPrefix("|") && $0.contains("wide measure") } ?? "")
        let texts = row.split(separator: "[").compactMap { part -> String? in
            part.hasPrefix("v-") ? String(part.prefix { $0 != "]" }) : nil
        }
        #expect(texts == ["v-first"] + ids.map { "v-\($0)" })
        #expect(row.components(separatedBy: "; ").count == values.count)
        #expect(!lines.contains { $0.contains("| Source s0 |") })
    }
}
