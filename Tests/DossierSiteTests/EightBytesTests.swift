import TestSupport
import Testing
@testable import DossierSite

/// `EightBytes` answers for all eight bytes at once what a test of each byte answers.
@Suite struct EightBytesTests {
    /// The bytes the scans ask about and their neighbours, where a borrow from one byte to the next would show.
    private static let nearTheSought: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0x81,
                                                 0xA2, 0xE1, 0xE2, 0xE3, 0xFE, 0xFF]

    @Test func answersAsEachOfTheEightBytesDoes() {
        var generator = SplitMix64(seed: 23)
        for _ in 0..<20_000 {
            let bytes: [UInt8] = (0..<12).map { _ in
                generator.next(below: 2) == 0 ? Self.nearTheSought[generator.next(below: Self.nearTheSought.count)]
                    : UInt8(truncatingIfNeeded: generator.next())
            }
            let sought = Self.nearTheSought[generator.next(below: Self.nearTheSought.count)]
            let limit = UInt8(generator.next(below: 0x81))
            let start = generator.next(below: 5)
            let eight = bytes[start..<start + 8]
            bytes.withUnsafeBufferPointer { buffer in
                let word = EightBytes(buffer, at: start)
                #expect(word.contains(sought) == eight.contains(sought), "\(eight) \(sought)")
                #expect(word.containsByte(below: limit) == eight.contains { $0 < limit }, "\(eight) \(limit)")
                #expect(word.isASCII == eight.allSatisfy { $0 < 0x80 }, "\(eight)")
            }
        }
    }

    /// The sought byte at each of the eight places, among bytes one above it: found there, and not when it is gone.
    @Test func findsTheByteAtEachPlace() {
        for sought: UInt8 in [0x00, 0x22, 0x5C, 0x7F, 0xE2, 0xFE] {
            let others = [UInt8](repeating: sought + 1, count: 8)
            others.withUnsafeBufferPointer { #expect(!EightBytes($0, at: 0).contains(sought)) }
            for place in 0..<8 {
                var bytes = others
                bytes[place] = sought
                bytes.withUnsafeBufferPointer { #expect(EightBytes($0, at: 0).contains(sought), "\(sought) at \(place)") }
            }
        }
        for limit: UInt8 in [0x01, 0x20, 0x80] {
            let others = [UInt8](repeating: limit, count: 8)
            others.withUnsafeBufferPointer { #expect(!EightBytes($0, at: 0).containsByte(below: limit)) }
            for place in 0..<8 {
                var bytes = others
                bytes[place] = limit - 1
                bytes.withUnsafeBufferPointer { #expect(EightBytes($0, at: 0).containsByte(below: limit), "\(limit) at \(place)") }
            }
        }
        // Bytes beyond ASCII are not below a limit of at most 0x80.
        [UInt8](repeating: 0x80, count: 8).withUnsafeBufferPointer { #expect(!EightBytes($0, at: 0).containsByte(below: 0x80)) }
        [UInt8](repeating: 0xFF, count: 8).withUnsafeBufferPointer { #expect(!EightBytes($0, at: 0).containsByte(below: 0x20)) }
    }

    /// `firstIndex` finds what a search byte by byte finds, from every start, whether the word test passes eights
    /// (exact, as `contains`) or never does; a sought byte at any place, several, or none.
    @Test func firstIndexFindsWhatAByteByByteSearchFinds() {
        var generator = SplitMix64(seed: 41)
        let sought = UInt8(ascii: "\"")
        for _ in 0..<3_000 {
            let count = generator.next(below: 40)
            let bytes: [UInt8] = (0..<count).map { _ in
                generator.next(below: 12) == 0 ? sought : UInt8(ascii: "a") + UInt8(generator.next(below: 3))
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...count {
                    let expected = bytes[start...].firstIndex(of: sought)
                    let passing = EightBytes.firstIndex(in: buffer, from: start, mayHold: { $0.contains(sought) },
                                                        where: { $0 == sought })
                    let neverPassing = EightBytes.firstIndex(in: buffer, from: start, mayHold: { _ in true },
                                                             where: { $0 == sought })
                    #expect(passing == expected, "\(bytes) from \(start)")
                    #expect(neverPassing == expected, "\(bytes) from \(start)")
                }
            }
        }
        // Exactly: the sought byte last of sixteen, and just before the start.
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 15) + [sought]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(EightBytes.firstIndex(in: buffer, from: 0, mayHold: { $0.contains(sought) }, where: { $0 == sought }) == 15)
            #expect(EightBytes.firstIndex(in: buffer, from: 16, mayHold: { $0.contains(sought) }, where: { $0 == sought }) == nil)
        }
    }
}
