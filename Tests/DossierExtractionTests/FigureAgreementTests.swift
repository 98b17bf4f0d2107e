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

    @Test func onlyNumbersFromTwoSourcesAreCompared() {
        // The second source states only a vague amount: nothing to compare, whatever the first source's numbers.
        #expect(FigureAgreement.agreement(of: [value(24, source: "a"), value(nil, "dozens", source: "b"), value(30, source: "a")]) == .approximate)
        // A vague amount first: the numbers after it are still compared.
        #expect(FigureAgreement.agreement(of: [value(nil, "dozens", source: "a"), value(24, source: "a"), value(30, source: "b")]) == .conflict)
    }

    @Test func sumsInTwoCurrenciesAreApproximate() {
        let values = [value(5, source: "a"), value(5, source: "b"), value(5, source: "c")]
        #expect(FigureAgreement.agreement(of: values, units: ["USD", nil, "GBP"]) == .approximate)
        #expect(FigureAgreement.agreement(of: values, units: [nil, "USD", "USD"]) == .agree)
        #expect(FigureAgreement.agreement(of: values, units: ["USD", "USD", "EUR"]) == .approximate)
    }

    @Test func aRangeAgreesOnlyWithTheSameRange() {
        func range(_ low: Double, _ high: Double?, source: String) -> FigureValue {
            var value = value(low, source: source)
            value.upper = high
            return value
        }
        #expect(FigureAgreement.agreement(of: [range(10, 20, source: "a"), range(10, 20, source: "b")]) == .agree)
        #expect(FigureAgreement.agreement(of: [range(10, 20, source: "a"), range(10, nil, source: "b")]) != .agree)
        // A number with no upper end is its own upper end.
        #expect(FigureAgreement.agreement(of: [range(10, 10, source: "a"), range(10, nil, source: "b")]) == .agree)
        #expect(FigureAgreement.agreement(of: [range(10, nil, source: "a"), range(10, 20, source: "b"), range(10, nil, source: "c")]) != .agree)
    }
}
