import DossierLanguage

/// The hash `StringPlaces` gives a string whose bytes are all ASCII: the bytes read eight at a time, each eight folded in
/// by one multiply and shift, then mixed as `FNV1a.mixed` mixes (the low bits pick a slot, the high ones are its tag).
/// FNV-1a folded the bytes in one at a time, a multiply for each byte of every word of every phrase counted.
///
/// Every byte is read once or twice, so that strings of one length hash alike only by chance: a string of eight bytes
/// or more as its eights and then its last eight (overlapping the one before), one of four to seven as its first four
/// and its last four, a shorter one as its first, middle and last byte. The length is folded in first.
enum ASCIIWordHash {
    /// The hash of `bytes`, or nil when a byte is beyond ASCII.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let count = bytes.count
        guard count > 0, let start = bytes.baseAddress else { return FNV1a.mixed(FNV1a.offsetBasis) }
        let raw = UnsafeRawPointer(start)
        var hash = FNV1a.offsetBasis ^ UInt64(count)
        // The bytes read, OR-ed together: a byte beyond ASCII leaves its top bit here.
        var read: UInt64
        if count >= 8 {
            read = 0
            var offset = 0
            while offset + 8 < count {
                let eight = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                read |= eight
                hash = folded(eight, into: hash)
                offset += 8
            }
            let last = raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            read |= last
            hash = folded(last, into: hash)
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            read = first | last << 32
            hash = folded(read, into: hash)
        } else {
            read = UInt64(start[0]) | UInt64(start[count / 2]) << 8 | UInt64(start[count - 1]) << 16
            hash = folded(read, into: hash)
        }
        guard read & 0x8080_8080_8080_8080 == 0 else { return nil }
        return FNV1a.mixed(hash)
    }

    /// `hash` with eight more bytes (or fewer, packed into a word) folded in.
    @inline(__always)
    private static func folded(_ eight: UInt64, into hash: UInt64) -> UInt64 {
        let product = (hash ^ eight) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }
}
