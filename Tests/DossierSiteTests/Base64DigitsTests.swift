@testable import DossierSite
import Foundation
import Testing

/// The search index's own base64 writes the digits Foundation does, padding included, after what the array held.
@Suite struct Base64DigitsTests {
    @Test func digitsAreFoundationsForEveryLengthOfPadding() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 11) }
        for count in [0, 1, 2, 3, 4, 5, 6, 7, 64, 299, 300] {
            let input = Array(bytes.prefix(count))
            var out = Array("x:".utf8)
            input.withUnsafeBufferPointer { Base64Digits.append($0, to: &out) }
            #expect(String(decoding: out, as: UTF8.self) == "x:" + Data(input).base64EncodedString())
            #expect(out.count == 2 + Base64Digits.count(of: count))
        }
    }
}
