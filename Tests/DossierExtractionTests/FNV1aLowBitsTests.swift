import DossierLanguage
import Testing
@testable import DossierExtraction

/// The two low bits of a stretch's FNV-1a hash, told from one pass over the whole string, are those of the hash itself.
@Suite struct FNV1aLowBitsTests {
    /// The low bits of every stretch of `bytes`, from the bits `step` has before and after it, against its hash.
    static func mismatches(in bytes: [UInt8]) -> [Range<Int>] {
        var prefix: [UInt8] = [0]
        for byte in bytes { prefix.append(FNV1aLowBits.step(prefix.last!, byte)) }
        var wrong: [Range<Int>] = []
        for start in 0...bytes.count {
            for end in start...bytes.count {
                let hash = bytes[start..<end].withUnsafeBufferPointer(FNV1a.hash(of:))
                let told = FNV1aLowBits.ofStretch(before: prefix[start], after: prefix[end], length: end - start)
                if UInt64(told) != hash & 3 { wrong.append(start..<end) }
            }
        }
        return wrong
    }

    @Test func everyStretchOfATextHasItsHashsLowBits() {
        let text = "the envoy met officials of the group in doha café ’s 1,200 "
        #expect(Self.mismatches(in: Array(text.utf8)).isEmpty)
    }

    @Test func everyStringOfEveryLowBitsUpToSixBytesAgrees() {
        // Only a byte's two low bits reach the hash's two low bits; high bits set as well, so a step that read them
        // would be found out. Every string of six such bytes, with all of its stretches.
        let bytes: [UInt8] = [0x20, 0x61, 0xE2, 0x9F]
        for code in 0..<(1 << 12) {
            let string = (0..<6).map { bytes[(code >> (2 * $0)) & 3] }
            #expect(Self.mismatches(in: string).isEmpty, "\(string)")
        }
    }

    @Test func theEmptyStretchHasTheBasisBits() {
        #expect(FNV1aLowBits.basisBits == 1)
        #expect(FNV1aLowBits.ofStretch(before: 2, after: 2, length: 0) == 1)
    }
}
