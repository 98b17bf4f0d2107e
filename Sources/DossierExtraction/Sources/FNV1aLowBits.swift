import DossierLanguage

/// The two low bits of the FNV-1a hash of any stretch of a byte string, from one pass over the string: what the
/// duplicate finder's sampling asks of every run (whether its hash is a multiple of four) without hashing the run.
///
/// The low two bits of a product depend only on the low two bits of its factors, and FNV-1a's prime is 3 (that is,
/// -1) modulo 4, so one byte `b` takes the low bits `s` of the hash to `-(s ^ b) mod 4`. Negation modulo 4 is linear
/// over XOR (it flips the high bit when the low one is set), so a stretch of `n` bytes takes `s` to
/// `negated n times (s) ^ r`, where `r` is what the stretch gives from 0. Running the same step over the whole string
/// from 0 (`step`), the bits before a stretch (`u`) and after it (`v`) satisfy `v = negated n times (u) ^ r`, so the
/// stretch's own hash, which starts from the offset basis's low bits (1), ends in `negated n times (1 ^ u) ^ v`.
enum FNV1aLowBits {
    /// The low two bits of FNV-1a's offset basis.
    static let basisBits = UInt8(truncatingIfNeeded: FNV1a.offsetBasis & 3)

    /// The low two bits of the hash after one more byte.
    @inline(__always) static func step(_ bits: UInt8, _ byte: UInt8) -> UInt8 {
        (0 &- (bits ^ byte)) & 3
    }

    /// The low two bits of the FNV-1a hash of the stretch of `length` bytes that `step`, run from 0 over the whole
    /// string, entered with `before` and left with `after`.
    @inline(__always) static func ofStretch(before: UInt8, after: UInt8, length: Int) -> UInt8 {
        let carried = basisBits ^ before
        return (length & 1 == 0 ? carried : (0 &- carried) & 3) ^ after
    }
}
