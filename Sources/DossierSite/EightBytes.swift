/// Eight bytes of a text read as one 64-bit word, to ask of all eight at once whether any of them is a given byte or
/// below a given byte (the tests of "Bit Twiddling Hacks"; both are exact: no byte is reported that is not there).
/// A scan for the few bytes that need an escape passes eight plain bytes with a handful of instructions, instead of a
/// test and a branch for each byte.
struct EightBytes {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    private let word: UInt64

    /// The eight bytes from `index` on; `index + 8` must not pass the end of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// Whether one of the eight is `byte`.
    func contains(_ byte: UInt8) -> Bool {
        let zeroWhereEqual = word ^ (Self.ones &* UInt64(byte))
        return (zeroWhereEqual &- Self.ones) & ~zeroWhereEqual & Self.highBits != 0
    }

    /// Whether all eight are ASCII.
    var isASCII: Bool { word & Self.highBits == 0 }

    /// Whether one of the eight is below `limit`, which is at most 0x80.
    func containsByte(below limit: UInt8) -> Bool {
        (word &- Self.ones &* UInt64(limit)) & ~word & Self.highBits != 0
    }

    /// The first index from `start` on whose byte is `sought`, or nil. Eights for which `mayHold` says no are passed
    /// whole; an eight it says yes to (and the last few bytes) are read byte by byte. `mayHold` must say yes to every
    /// eight with a sought byte (it may also say yes to others). Inlined, so that both tests are inlined too.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, mayHold: (EightBytes) -> Bool,
                           where sought: (UInt8) -> Bool) -> Int? {
        var index = start
        while index < bytes.count {
            if index + 8 <= bytes.count, !mayHold(EightBytes(bytes, at: index)) {
                index += 8
                continue
            }
            let end = min(index + 8, bytes.count)
            while index < end {
                if sought(bytes[index]) { return index }
                index += 1
            }
        }
        return nil
    }
}
