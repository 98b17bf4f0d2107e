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

    /// The corpus's tokens live until the build ends and are copied millions of times: a token stays within 32 bytes
    /// (it took 128 with plain fields, 80 with three strings of its own) and holds no reference, so a copy is plain bytes.
    @Test func aTokenStaysCompactAndPlain() {
        #expect(MemoryLayout<Token>.stride <= 32)
        #expect(_isPOD(Token.self))
    }

    /// Tokens that read the same share their forms, whichever way they were made.
    @Test func tokensThatReadTheSameShareTheirStrings() {
        var changed = Self.token(lemma: "hostage")
        changed.nounLemma = "captive"
        changed.nounLemma = "hostages"
        #expect(changed == Self.token(lemma: "hostage"))
        #expect(changed.lower == "hostages" && changed.lemma == "hostage" && changed.nounLemma == "hostages")
        #expect(Self.token(lemma: "hostage") != Self.token(lemma: "hostage", noun: "hostage"))
    }

    /// Kind, shape and flags packed beside the word type number read back as written, each setter leaving the others.
    @Test func packedFieldsReadBackAsWritten() {
        var token = Token(text: "NATO", range: 0..<4, kind: .word, shape: .upper, lower: "nato", number: 7, index: 1,
                          spaceBefore: true, isPossessive: true, isQuoted: true)
        #expect(token.kind == .word && token.shape == .upper && token.number == 7 && token.wordType == 0)
        #expect(token.spaceBefore && token.isPossessive && token.isQuoted)
        token.kind = .number
        token.shape = .other
        #expect(token.kind == .number && token.shape == .other && token.number == 7)
        #expect(token.spaceBefore && token.isPossessive && token.isQuoted)
        token.isQuoted = false
        token.kind = .punctuation
        token.shape = .mixed
        #expect(token.kind == .punctuation && token.shape == .mixed && !token.isQuoted && token.spaceBefore)
        token.lower = "NATO"
        #expect(token.lower == "NATO" && token.kind == .punctuation && token.shape == .mixed && token.spaceBefore)
    }
}
