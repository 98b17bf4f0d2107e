@testable import DossierSite
import Testing

/// The search vocabulary's numbering of words by their bytes.
@Suite struct WordNumberingTests {
    private func number(_ word: String, in numbering: inout WordNumbering) -> (number: Int, isNew: Bool) {
        var word = word
        return word.withUTF8 { numbering.number(of: $0) }
    }

    @Test func wordsAreNumberedInTheOrderFirstMet() {
        var numbering = WordNumbering()
        #expect(number("talks", in: &numbering) == (0, true))
        #expect(number("doha", in: &numbering) == (1, true))
        #expect(number("talks", in: &numbering) == (0, false))
        #expect(number("talk", in: &numbering) == (2, true))
        #expect(number("talksx", in: &numbering) == (3, true))
        #expect(numbering.count == 4)
        #expect((0..<4).map(numbering.word) == ["talks", "doha", "talk", "talksx"])
    }

    /// Past the first slots' size the table grows; every word keeps its number and its hash.
    @Test func everyWordIsFoundAgainAfterGrowing() {
        var numbering = WordNumbering()
        let words = (0..<5000).map { "w\($0)é" }
        for (index, word) in words.enumerated() { #expect(number(word, in: &numbering) == (index, true)) }
        for (index, word) in words.enumerated().reversed() { #expect(number(word, in: &numbering) == (index, false)) }
        #expect(numbering.word(4321) == "w4321é")
        var word = words[17]
        #expect(numbering.hashes[17] == word.withUTF8(WordNumbering.hash))
    }

    @Test func theHashDependsOnEveryByte() {
        let hashes = ["ab", "ba", "abc", "abd", "a", ""].map { word -> UInt64 in
            var word = word
            return word.withUTF8(WordNumbering.hash)
        }
        #expect(Set(hashes).count == hashes.count)
    }

    /// Words of each length up to 40 that differ in one byte (at every place) or in length hash apart: the hash reads
    /// every byte, however the word's length splits it into loads.
    @Test func theHashReadsEveryByteOfEveryLength() {
        func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer(WordNumbering.hash) }
        var seen: Set<UInt64> = []
        var count = 0
        for length in 0...40 {
            let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            seen.insert(hash(word))
            count += 1
            for place in 0..<length {
                var changed = word
                changed[place] = UInt8(ascii: "0")
                seen.insert(hash(changed))
                count += 1
            }
        }
        #expect(seen.count == count)
    }
}
