import DossierLanguage
import Testing

/// A token's compact layout reads and writes as the plain fields it stands for.
@Suite struct TokenLayoutTests {
    static func token(lower: String = "hostages", lemma: String? = nil, noun: String? = nil) -> Token {
        Token(text: "Hostages", range: 3..<11, kind: .word, shape: .capitalised, lower: lower, lemma: lemma, nounLemma: noun,
              index: 2, spaceBefore: false, isPossessive: true)
    }

    @Test func lemmasAreLowerOrTheirOwnForm() {
        let plain = Self.token()
        #expect(plain.lemma == "hostages" && plain.nounLemma == "hostages")
        let both = Self.token(lemma: "hostage", noun: "hostage")
        #expect(both.lemma == "hostage" && both.nounLemma == "hostage")
        let verb = Self.token(lower: "killed", lemma: "kill")
        #expect(verb.lemma == "kill" && verb.nounLemma == "killed")
        let coined = Self.token(lower: "airstrikes", noun: "airstrike")
        #expect(coined.lemma == "airstrikes" && coined.nounLemma == "airstrike")
        // Never made by the tokenizer, but a token can say it.
        let distinct = Self.token(lower: "ran", lemma: "run", noun: "ra")
        #expect(distinct.lemma == "run" && distinct.nounLemma == "ra")
    }

    @Test func fieldsReadBackAsWritten() {
        var token = Self.token(lemma: "hostage")
        #expect(token.range == 3..<11 && token.index == 2 && token.number == nil)
        #expect(!token.spaceBefore && token.isPossessive && !token.isQuoted)
        token.range = 40..<44
        token.index = 70_000
        token.number = 0
        token.isQuoted = true
        token.spaceBefore = true
        token.nounLemma = "captive"
        #expect(token.range == 40..<44 && token.index == 70_000 && token.number == 0)
        #expect(token.spaceBefore && token.isPossessive && token.isQuoted)
        #expect(token.lemma == "hostage" && token.nounLemma == "captive")
        token.lower = "hostage"
        #expect(token.lemma == "hostage" && token.nounLemma == "captive" && token.lower == "hostage")
        token.number = nil
        #expect(token.number == nil)
    }

    @Test func equalTokensAreTokensThatReadTheSame() {
        var set = Self.token(lemma: "hostage")
        set.nounLemma = "hostages"
        #expect(set == Self.token(lemma: "hostage"))
        #expect(Set([set, Self.token(lemma: "hostage")]).count == 1)
        #expect(Self.token(lemma: "hostage") != Self.token(lemma: "hostage", noun: "hostage"))
    }

    /// The corpus's tokens live until the build ends: a token stays within 88 bytes (it took 128 with plain fields;
    /// 80 before it carried its word type number).
    @Test func aTokenStaysCompact() {
        #expect(MemoryLayout<Token>.stride <= 88)
    }
}
