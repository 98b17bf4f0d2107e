import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct FigureAgreementTests {
    func value(_ number: Double?, _ qualifier: String? = nil, source: String) -> FigureValue {
        FigureValue(value: number, text: "", qualifier: qualifier, sentence: "", reference: SentenceReference(source: source, sentence: "s1"))
    }

    @Test func oneSourceIsSingle() {
        #expect(FigureAgreement.agreement(of: [value(5, source: "a"), value(5, source: "a")]) == .single)
    }

    @Test func equalNumbersAgreeWhateverTheQualifier() {
        #expect(FigureAgreement.agreement(of: [value(35, "at least", source: "a"), value(35, source: "b")]) == .agree)
    }

    @Test func aboutAllowsASmallDifference() {
        #expect(FigureAgreement.agreement(of: [value(250, "about", source: "a"), value(251, source: "b")]) == .approximate)
    }

    @Test func moreThanAllowsAnyLargerNumber() {
        #expect(FigureAgreement.agreement(of: [value(100, "more than", source: "a"), value(130, source: "b")]) == .approximate)
    }

    @Test func roundNumbersFarApartConflict() {
        #expect(FigureAgreement.agreement(of: [value(1900, "about", source: "a"), value(2000, "around", source: "b")]) == .conflict)
        #expect(FigureAgreement.agreement(of: [value(24, source: "a"), value(22, source: "b")]) == .conflict)
    }

    @Test func vagueAmountsAreNotCompared() {
        #expect(FigureAgreement.agreement(of: [value(24, source: "a"), value(nil, "fewer than", source: "b"), value(24, source: "c")]) == .agree)
    }
}
