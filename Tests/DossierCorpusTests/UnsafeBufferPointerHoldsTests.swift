import Testing
@testable import DossierCorpus

@Suite struct UnsafeBufferPointerHoldsTests {
    /// A word is held where all its bytes stand, and not where the text ends before it does or a byte differs.
    @Test func aWordIsHeldOnlyWhereAllItsBytesStand() {
        let text = Array("the piece".utf8)
        let piece = Array("piece".utf8), the = Array("the".utf8), pieces = Array("pieces".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(bytes.holds(the, at: 0) && bytes.holds(piece, at: 4))
            #expect(!bytes.holds(piece, at: 3) && !bytes.holds(the, at: 1) && !bytes.holds(pieces, at: 4))
            #expect(!bytes.holds(piece, at: 5) && !bytes.holds(the, at: -1))
            #expect(bytes.holds([], at: 9) && !bytes.holds([], at: 10))
        }
    }
}
