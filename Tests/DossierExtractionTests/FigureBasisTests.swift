import Testing
import DossierCore
@testable import DossierExtraction

/// Why a row's values were put together (`FigureBasis`), read from its members by position in the mentions.
@Suite struct FigureBasisTests {
    private static func mention(_ kind: Quantity.Kind, _ value: Double, source: Int, head: String?, context: [String],
                                sentenceWords: [String] = []) -> FigureMention {
        let reading = MeasureReading(head: head, context: context, sentenceWords: sentenceWords, textEnd: 0)
        let quantity = Quantity(kind: kind, value: value, unit: kind == .money ? "GBP" : nil, tokens: 0..<1, numberStart: 0)
        let figure = FigureValue(value: value, text: "\(value)", qualifier: nil, sentence: "",
                                 reference: SentenceReference(source: "s\(source)", sentence: "s1"))
        return FigureMention(quantity: quantity, reading: reading, value: figure, sourceIndex: source, sentenceIndex: 0)
    }

    @Test func theKindTheNounsAndTheWordsTwoSourcesShare() {
        let mentions = [
            Self.mention(.count, 1, source: 9, head: "ship", context: ["ship", "sink"]),
            Self.mention(.money, 5, source: 0, head: "fund", context: ["fund", "release", "gaza"]),
            Self.mention(.money, 5, source: 1, head: "grant", context: ["release", "gaza", "truce"]),
            Self.mention(.money, 7, source: 0, head: "fund", context: ["truce", "grant"]),
        ]
        // Read by position (the first member gives the kind); `grant` is a noun, not a shared word.
        #expect(FigureBasis.basis(of: [1, 2, 3], in: mentions) == "sum of money of fund / grant; shared words: gaza, release, truce")
        #expect(FigureBasis.basis(of: [2, 1], in: mentions) == "sum of money of fund / grant; the same number; shared words: gaza, release")
        // One source: nothing was compared.
        #expect(FigureBasis.basis(of: [1, 3], in: mentions) == nil)
        #expect(FigureBasis.basis(of: [], in: mentions) == nil)
    }

    /// A word is counted once for each source that uses it, however the members come: `zone`, used twice by one source
    /// and once by another, is shared by two, as `aid` is (not three, which would rank it first).
    @Test func aWordCountsEachSourceOnce() {
        let mentions = [
            Self.mention(.count, 1, source: 0, head: nil, context: ["aid", "zone"]),
            Self.mention(.count, 2, source: 1, head: nil, context: ["aid", "zone"]),
            Self.mention(.count, 3, source: 0, head: nil, context: ["zone"]),
        ]
        #expect(FigureBasis.basis(of: [0, 1, 2], in: mentions) == "count; shared words: aid, zone")
        #expect(FigureBasis.basis(of: [0, 2, 1], in: mentions) == "count; shared words: aid, zone")
    }

    @Test func yearsShareTheirSentencesWordsToo() {
        let mentions = [
            Self.mention(.year, 2003, source: 0, head: nil, context: ["project"], sentenceWords: ["shelve", "report"]),
            Self.mention(.year, 2004, source: 1, head: nil, context: ["plan"], sentenceWords: ["report", "suspend"]),
            Self.mention(.count, 2004, source: 2, head: nil, context: ["report"], sentenceWords: ["shelve"]),
        ]
        #expect(FigureBasis.basis(of: [0, 1], in: mentions) == "year; shared words: report")
        // Only a year's sentence words count: the count's `shelve` is not shared with the first year.
        #expect(FigureBasis.basis(of: [0, 2], in: mentions) == "year; shared words: report")
        #expect(FigureBasis.basis(of: [2, 0], in: mentions) == "count; shared words: report")
    }
}
