import Testing
@testable import DossierExtraction

/// The packed words' set finds what it holds and nothing else, whatever the probing passes over.
@Suite struct PackedWordSetTests {
    @Test func holdsExactlyItsWords() {
        let words: [UInt64] = (1...40).map { UInt64($0) &* 0x0101_0101 | UInt64($0 % 7) << 56 }
        let set = PackedWordSet(words)!
        for word in words { #expect(set.contains(word)) }
        for other: UInt64 in [0, 2, 3, 0xFFFF_FFFF_FFFF_FFFF, 0x0707_0707] where !words.contains(other) { #expect(!set.contains(other)) }
        #expect(PackedWordSet([0, 1]) == nil)
        #expect(!PackedWordSet([])!.contains(5))
    }

    /// Name words are compared as folding and looking them up compared them: particles anywhere, suffixes after the first.
    @Test func nameWordsLeaveOutParticlesAndSuffixes() {
        #expect(NameOccurrence.nameWords(of: ["Ibrahim", "al-Madhoun"]) == ["Ibrahim", "al-Madhoun"])
        #expect(NameOccurrence.nameWords(of: ["Ursula", "von", "der", "Leyen"]) == ["Ursula", "Leyen"])
        #expect(NameOccurrence.nameWords(of: ["Ursula", "VON", "Der", "Leyen"]) == ["Ursula", "Leyen"])
        #expect(NameOccurrence.nameWords(of: ["Roger", "Stone", "Jr."]) == ["Roger", "Stone"])
        #expect(NameOccurrence.nameWords(of: ["Jr", "Smith"]) == ["Jr", "Smith"])
        #expect(NameOccurrence.nameWords(of: ["Robert", "Mueller", "III"]) == ["Robert", "Mueller"])
        #expect(NameOccurrence.isGenerationalSuffix("JNR.") && NameOccurrence.isGenerationalSuffix("iv"))
        #expect(!NameOccurrence.isGenerationalSuffix("Jr..") && !NameOccurrence.isGenerationalSuffix("Smith"))
    }
}
