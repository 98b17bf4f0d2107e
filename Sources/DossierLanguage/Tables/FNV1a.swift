/// 64-bit FNV-1a, and the mix the slot tables (`HashSlots`) want on top of it: FNV-1a's low bits depend little on the
/// last bytes, and a table picks its slot with the low bits and keeps the high ones as a tag.
public enum FNV1a {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01b3

    /// The hash with one more byte (or scalar value) folded in.
    @inlinable public static func adding(_ value: UInt64, to hash: UInt64) -> UInt64 {
        (hash ^ value) &* prime
    }

    /// The hash's bits mixed so that the low ones (the slot) and the high ones (the tag) depend on every input.
    @inlinable public static func mixed(_ hash: UInt64) -> UInt64 {
        var hash = hash
        hash ^= hash >> 32
        hash &*= 0xd6e8_feb8_6659_fd93
        hash ^= hash >> 32
        return hash
    }

    /// The FNV-1a hash of the bytes, not mixed (the published values).
    @inlinable public static func hash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = offsetBasis
        for byte in bytes { hash = adding(UInt64(byte), to: hash) }
        return hash
    }

    /// The mixed hash of the bytes.
    @inlinable public static func mixedHash(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        mixed(hash(of: bytes))
    }
}
