import Testing
@testable import DossierLanguage

@Suite struct UnsafeBufferPointerHoldsTests {
    /// A word is held where all its bytes stand, and not where the text ends before it does or a byte differs.
    @Test func aWordIsHeldOnlyWhereAllItsBytesStand() {
        let text = Array("the piece".utf8)
        let piece = Array("piece".utf8), the = Array("the".utf8), pieces = Array("pieces".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(bytes.holds(the, at: 0) && bytes.holds(piece, at: 4))
            #expect(!bytes.holds(piece, at: 3) && !bytes.holds(the, at: 1) && !bytes.holds(pieces, at: 4))
            #expect(!bytes.holds(piece, at: 5) && !bytes.holds(the, at: -1))
            #expect(bytes.holds([UInt8](), at: 9) && !bytes.holds([UInt8](), at: 10))
        }
    }

    /// A text's own UTF-8 (how WordNet asks for a suffix) reads as its bytes would, a multi-byte scalar included.
    @Test func aTextsBytesAreHeldAsAnArrayOfThem() {
        let text = Array("cafés".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(bytes.holds("és".utf8, at: bytes.count - 3) && bytes.holds("s".utf8, at: bytes.count - 1))
            #expect(!bytes.holds("es".utf8, at: bytes.count - 2) && !bytes.holds("és".utf8, at: bytes.count - 2))
            #expect(!bytes.holds("xcafés".utf8, at: -1))
        }
    }
}
