import DossierLanguage

/// FNV-1a of four byte strings at once: the same values as `FNV1a.hash(of:)` of each, but the four
/// multiply chains are independent, so the processor works on them side by side (FNV-1a of one string waits for
/// each multiplication before the next byte; an article's runs of words are all hashed).
enum FNV1aFourWide {
    static func hashes(
        _ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>,
        _ third: UnsafeBufferPointer<UInt8>, _ fourth: UnsafeBufferPointer<UInt8>
    ) -> (UInt64, UInt64, UInt64, UInt64) {
        var a = FNV1a.offsetBasis, b = a, c = a, d = a
        // The bytes all four have, side by side; then what is left of each, one by one.
        let common = min(first.count, second.count, third.count, fourth.count)
        for index in 0..<common {
            a = FNV1a.adding(UInt64(first[index]), to: a)
            b = FNV1a.adding(UInt64(second[index]), to: b)
            c = FNV1a.adding(UInt64(third[index]), to: c)
            d = FNV1a.adding(UInt64(fourth[index]), to: d)
        }
        return (continued(a, first, from: common), continued(b, second, from: common),
                continued(c, third, from: common), continued(d, fourth, from: common))
    }

    /// FNV-1a carried on over the bytes from `start`.
    private static func continued(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var hash = hash
        for index in start..<bytes.count { hash = FNV1a.adding(UInt64(bytes[index]), to: hash) }
        return hash
    }
}
