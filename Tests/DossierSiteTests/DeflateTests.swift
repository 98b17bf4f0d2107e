import DossierCore
@testable import DossierSite
import Foundation
import Testing

/// Each thread's compression stream is kept and reset between inputs: an input compresses to the same bytes whatever the
/// stream compressed before, and inflates back to itself.
@Suite struct DeflateTests {
    @Test func aStreamUsedBeforeCompressesAsANewOne() throws {
        let first = Array(String(repeating: "the quick brown fox jumps over the lazy dog; ", count: 200).utf8)
        let other = Array((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        let before = Deflate.compress(bytes: first)
        #expect(!before.isEmpty && before.count < first.count / 10)
        for input in [other, [], Array("x".utf8), first, other] {
            let packed = Deflate.compress(bytes: input)
            #expect(Array(try #require(Deflate.decompress(Data(packed)))) == input)
        }
        #expect(Deflate.compress(bytes: first) == before)
        // Compressed on several threads at once, each input still gives its bytes.
        let inputs = (0..<16).map { index in index % 2 == 0 ? first : other }
        let packed = ParallelMap.map(inputs) { Deflate.compress(bytes: $0) }
        let expected = [before, Deflate.compress(bytes: other)]
        #expect(packed == (0..<16).map { expected[$0 % 2] })
    }
}
