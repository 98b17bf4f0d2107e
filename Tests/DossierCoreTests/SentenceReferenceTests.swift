import DossierCore
import Foundation
import Testing

/// References sort by source, then by sentence in reading order (`s9` before `s10`).
@Suite struct SentenceReferenceTests {
    @Test func sentencesOfASourceSortInReadingOrder() {
        let ids = ["s10", "s9", "s100", "s2", "s1", "s19", "s91"]
        let sorted = ids.map { SentenceReference(source: "a", sentence: $0) }.sorted().map(\.sentence)
        #expect(sorted == ["s1", "s2", "s9", "s10", "s19", "s91", "s100"])
        // The same order as Foundation's standard comparison, which ids of other shapes still use.
        #expect(sorted == ids.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
    }

    @Test func sourceComesFirstAndOtherIdsCompareAsFoundationDoes() {
        let references = [SentenceReference(source: "b", sentence: "s1"), SentenceReference(source: "a", sentence: "s20"),
                          SentenceReference(source: "a", sentence: "x3"), SentenceReference(source: "a", sentence: "s03"),
                          SentenceReference(source: "a", sentence: "x20")]
        #expect(references.sorted().map { "\($0.source) \($0.sentence)" } == ["a s03", "a s20", "a x3", "a x20", "b s1"])
        #expect(!(SentenceReference(source: "a", sentence: "s7") < SentenceReference(source: "a", sentence: "s7")))
    }

    /// A sentence id's number is read off its bytes: `s`, then one to eighteen digits without a leading zero.
    @Test func numbersOfSentenceIds() {
        #expect(SentenceReference.number(ofSentence: "s1") == 1 && SentenceReference.number(ofSentence: "s120") == 120)
        #expect(SentenceReference.number(ofSentence: "s" + String(repeating: "9", count: 18)) == 999_999_999_999_999_999)
        for id in ["", "s", "s0", "s01", "x1", "S1", "s1a", "s 1", "s-1", "s１", "s" + String(repeating: "9", count: 19), "ś1"] {
            #expect(SentenceReference.number(ofSentence: id) == nil, "\(id)")
        }
        #expect(SentenceReference.number(ofSentence: String(Substring("xs42").dropFirst())) == 42)
    }
}
