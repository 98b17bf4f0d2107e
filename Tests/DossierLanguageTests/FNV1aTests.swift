import DossierLanguage
import Testing

@Suite struct FNV1aTests {
    /// The published 64-bit FNV-1a values ("" is the offset basis, "a" and "foobar" from the reference test vectors);
    /// the mixed hash of bytes is their FNV-1a mixed, and the mix moves a last-byte change into the low bits.
    @Test func matchesTheReferenceValues() {
        func fnv(_ text: String) -> UInt64 { text.utf8.reduce(FNV1a.offsetBasis) { FNV1a.adding(UInt64($1), to: $0) } }
        #expect(fnv("") == 0xcbf2_9ce4_8422_2325)
        #expect(fnv("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(fnv("foobar") == 0x8594_4171_f739_67e8)
        var word = "foobar"
        #expect(word.withUTF8(FNV1a.mixedHash(of:)) == FNV1a.mixed(fnv("foobar")))
        #expect(FNV1a.mixed(fnv("ab")) & 0xFFFF != FNV1a.mixed(fnv("ac")) & 0xFFFF)
    }
}
