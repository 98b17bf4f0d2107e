import DossierLanguage
import Testing
@testable import DossierExtraction

/// Four strings hashed side by side give each one's FNV-1a, whichever is the shortest.
@Suite struct FNV1aFourWideTests {
    static func fnv1a(_ text: String) -> UInt64 {
        Array(text.utf8).withUnsafeBufferPointer(FNV1a.hash(of:))
    }

    static func fourWide(_ a: String, _ b: String, _ c: String, _ d: String) -> [UInt64] {
        let (ba, bb, bc, bd) = (Array(a.utf8), Array(b.utf8), Array(c.utf8), Array(d.utf8))
        return ba.withUnsafeBufferPointer { pa in
            bb.withUnsafeBufferPointer { pb in
                bc.withUnsafeBufferPointer { pc in
                    bd.withUnsafeBufferPointer { pd in
                        let (ha, hb, hc, hd) = FNV1aFourWide.hashes(pa, pb, pc, pd)
                        return [ha, hb, hc, hd]
                    }
                }
            }
        }
    }

    @Test func eachHashIsItsOwnFNV1a() {
        let cases: [[String]] = [
            ["the envoy met ", "officials of the group ", "in doha ", "café ’s 1,200 "],
            ["", "a", "ab", "abc"],
            ["long words come first here ", "x", "", "same"],
            ["same", "same", "same", "same"],
        ]
        for texts in cases {
            #expect(Self.fourWide(texts[0], texts[1], texts[2], texts[3]) == texts.map(Self.fnv1a))
        }
        // The published FNV-1a value of `a`, in each place.
        #expect(Self.fourWide("a", "", "", "") [0] == 0xaf63_dc4c_8601_ec8c)
        #expect(Self.fourWide("", "", "", "a") [3] == 0xaf63_dc4c_8601_ec8c)
    }
}
