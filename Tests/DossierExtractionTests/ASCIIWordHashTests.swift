import Testing
@testable import DossierExtraction

/// The hash of ASCII strings (`ASCIIWordHash`, through `StringPlaces.hash`) reads every byte, whatever the length, and
/// hands a string with a byte beyond ASCII to the canonical-form path at every position.
@Suite struct ASCIIWordHashTests {
    /// For every length up to 40 and every position, a string that differs from another in that byte alone hashes
    /// differently (a byte the hash skipped would give both the same hash), and no two of them share a hash.
    @Test func everyByteCounts() {
        for length in 0...40 {
            let base = Array(repeating: UInt8(ascii: "a"), count: length)
            var hashes: Set<UInt64> = [StringPlaces.hash(String(decoding: base, as: UTF8.self))]
            for position in 0..<length {
                for other in [UInt8(ascii: "b"), UInt8(ascii: "A")] {
                    var changed = base
                    changed[position] = other
                    #expect(hashes.insert(StringPlaces.hash(String(decoding: changed, as: UTF8.self))).inserted, "\(length) \(position)")
                }
            }
        }
    }

    /// The length is part of the hash: strings that repeat one byte differ only by their length.
    @Test func lengthCounts() {
        let hashes = (0...40).map { StringPlaces.hash(String(repeating: "e", count: $0)) }
        #expect(Set(hashes).count == hashes.count)
    }

    /// A Kelvin sign at any position of any length hashes as the `K` it is equal to (the non-ASCII path is taken
    /// wherever the byte beyond ASCII stands), and `é` written two ways hashes alike.
    @Test func aByteBeyondASCIIIsSeenAnywhere() {
        for length in 1...20 {
            for position in 0..<length {
                let plain = String(repeating: "x", count: position) + "K" + String(repeating: "y", count: length - position - 1)
                let kelvin = String(repeating: "x", count: position) + "\u{212A}" + String(repeating: "y", count: length - position - 1)
                #expect(plain == kelvin)
                #expect(StringPlaces.hash(plain) == StringPlaces.hash(kelvin), "\(length) \(position)")
                let precomposed = String(repeating: "x", count: position) + "\u{E9}"
                #expect(StringPlaces.hash(precomposed) == StringPlaces.hash(String(repeating: "x", count: position) + "e\u{301}"))
            }
        }
    }

    /// Equal strings from different storage (a small string, a native one, a substring made a string) hash alike.
    @Test func storageDoesNotMatter() {
        let long = "international-development-secretary"
        let made = String(Substring(("[" + long + "]").dropFirst().dropLast()))
        #expect(StringPlaces.hash(long) == StringPlaces.hash(made))
        let short = "talk"
        #expect(StringPlaces.hash(short) == StringPlaces.hash(String(decoding: Array(short.utf8), as: UTF8.self)))
    }
}
