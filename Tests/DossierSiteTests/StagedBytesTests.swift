@testable import DossierSite
import Foundation
import Testing
import TestSupport

@Suite struct StagedBytesTests {
    /// Many stretches, handed over at uneven points (a part may be longer than a stretch): the same bytes, in order.
    @Test func keepsEveryByteInOrder() {
        var staged = StagedBytes()
        var expected: [UInt8] = []
        var random = SplitMix64(seed: 7)
        for part in 0..<3000 {
            let length = part % 97 == 0 ? StagedBytes.stretch + 5 : random.next(below: 1024)
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &+ part) }
            staged.pending += bytes
            expected += bytes
            staged.handOverIfLong()
        }
        #expect(staged.bytes == expected)
        let data = staged.takeData()
        #expect(Array(data) == expected)
        #expect(staged.takeData().isEmpty)
    }

    @Test func emptyIsEmpty() {
        var staged = StagedBytes()
        #expect(staged.takeData().isEmpty)
    }
}
