import Testing
import DossierCore
@testable import DossierSite

/// The brief's key-points sentence about figures says what was compared, and never that sources agree when
/// nothing was compared.
@Suite struct FigureKeyPointsTests {
    static func value(_ number: Double, _ text: String, source: String, sentence: String = "s1") -> FigureValue {
        FigureValue(value: number, text: text, qualifier: nil, sentence: "They said \(text).",
                    reference: SentenceReference(source: source, sentence: sentence))
    }

    static func dossier(_ figures: [Figure]) -> Dossier {
        let sources = ["a", "b", "c"].map {
            Article(id: $0, path: "content/\($0).txt", body: "", metadata: SourceMetadata(title: "Source \($0)"))
        }
        return Dossier(configuration: DossierConfiguration(title: "Test"), sources: sources, figures: figures)
    }

    static let rocketsConflict = Figure(id: "rockets-fired", measure: "rockets fired", unit: nil,
                                        values: [value(14, "14 rockets", source: "a"), value(20, "20 rockets", source: "b")],
                                        agreement: .conflict)
    static let tariffAgreed = Figure(id: "steel-tariff", measure: "tariff on steel", unit: "percent",
                                     values: [value(25, "25 percent", source: "a"), value(25, "25%", source: "c")],
                                     agreement: .agree)
    static let singleAge = Figure(id: "age", measure: "the driver’s age", unit: "years of age",
                                  values: [value(47, "47", source: "b")], agreement: .single)
    static let singlePages = Figure(id: "pages", measure: "pages", unit: nil,
                                    values: [value(66, "66-page", source: "c")], agreement: .single)

    static func keyPoints(_ figures: [Figure]) -> String {
        let markdown = IndexPage.page(for: dossier(figures), sentences: SentenceIndex(dossier(figures)), words: SitePages.sourceWords(dossier(figures))).markdown
        guard let start = markdown.range(of: "## Key points") else { return "" }
        let rest = markdown[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    @Test func conflictsAreCountedAndListedWithTheirValuesSideBySide() {
        #expect(FigureKeyPoints.summary(of: [Self.rocketsConflict, Self.tariffAgreed, Self.singleAge])
            == "2 figures were stated by two or more sources; 1 of them conflicts:")
        let section = Self.keyPoints([Self.rocketsConflict, Self.tariffAgreed, Self.singleAge])
        #expect(section.contains("2 figures were stated by two or more sources; 1 of them conflicts:\n"))
        #expect(section.contains("- [rockets fired](figures.md#rockets-fired): 14 rockets ([Source a](sources/a.md#s1 \"They said 14 rockets.\")) vs 20 rockets ([Source b](sources/b.md#s1 \"They said 20 rockets.\"))"))
        #expect(!section.contains("steel"))
        #expect(!section.contains("contradict"))
    }

    @Test func comparedRowsWithoutConflictSayNoneConflict() {
        #expect(FigureKeyPoints.summary(of: [Self.tariffAgreed, Self.singleAge])
            == "1 figure was stated by two or more sources; it does not conflict.")
        let agreedTwice = Figure(id: "aluminium-tariff", measure: "tariff on aluminium", unit: "percent",
                                 values: [Self.value(10, "10 percent", source: "a"), Self.value(10, "10%", source: "b")],
                                 agreement: .agree)
        #expect(FigureKeyPoints.summary(of: [Self.tariffAgreed, agreedTwice, Self.singleAge])
            == "2 figures were stated by two or more sources; none of them conflict.")
        let section = Self.keyPoints([Self.tariffAgreed, agreedTwice])
        #expect(section.contains("2 figures were stated by two or more sources; none of them conflict."))
        #expect(!section.contains("\n- "))
    }

    @Test func nothingComparedSaysSoInsteadOfClaimingAgreement() {
        #expect(FigureKeyPoints.summary(of: [Self.singleAge, Self.singlePages])
            == "No figure was stated by more than one source, so none could be compared: the 2 figures in the table each come from a single source.")
        let section = Self.keyPoints([Self.singleAge, Self.singlePages])
        #expect(section.contains("No figure was stated by more than one source, so none could be compared"))
        #expect(!section.contains("contradict"))
        #expect(!section.contains("conflict."))
    }

    @Test func aRowOfOneSourceContradictingItselfIsNotCountedAsCompared() {
        let selfContradicting = Figure(id: "files", measure: "files", unit: nil,
                                       values: [Self.value(100, "100 files", source: "a"), Self.value(200, "200 files", source: "a", sentence: "s2")],
                                       agreement: .single)
        #expect(FigureKeyPoints.summary(of: [selfContradicting]).hasPrefix("No figure was stated by more than one source"))
    }
}
