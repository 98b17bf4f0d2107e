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
}
