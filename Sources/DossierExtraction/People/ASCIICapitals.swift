/// Whether ASCII bytes hold a capital letter (`A`–`Z`), read eight bytes at a time: what tells that a word the name
/// passes look up folds to itself (`NameKey.fold` lowers only ASCII capitals in ASCII text), asked of every word of the
/// corpus (`NameWordCounts.ArticleWords`), where a loop over the bytes took several instructions a byte.
enum ASCIICapitals {
    /// Whether `bytes`, all of them ASCII (below 0x80), hold a byte from `A` to `Z`. The bytes are read as eights (the
    /// last eight overlapping the one before), or a short word as its first four and last four, or byte by byte.
    @inline(__always)
    static func holdsCapital(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0, let start = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(start)
        if count >= 8 {
            var offset = 0
            while offset + 8 < count {
                if holdsCapital(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) { return true }
                offset += 8
            }
            return holdsCapital(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        }
        if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return holdsCapital(first | last << 32)
        }
        for byte in bytes where byte &- 0x41 < 26 { return true }
        return false
    }

    /// Whether one of eight ASCII bytes (a zero byte counts as none) is from `A` (0x41) to `Z` (0x5A): adding 0x3F to
    /// a byte sets its top bit from 0x41 up, adding 0x25 from 0x5B up, and no ASCII byte carries into the next.
    @inline(__always)
    static func holdsCapital(_ eight: UInt64) -> Bool {
        capitals(eight) != 0
    }

    /// The top bit (0x80) of each of eight ASCII bytes that is a capital, every other bit clear (see `holdsCapital`).
    @inline(__always)
    static func capitals(_ eight: UInt64) -> UInt64 {
        let fromA = eight &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = eight &+ 0x2525_2525_2525_2525
        return fromA & ~pastZ & 0x8080_8080_8080_8080
    }
}
