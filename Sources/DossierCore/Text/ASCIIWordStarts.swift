/// Counts the words of ASCII text eight bytes at a time: the word counts asked of every line and every sentence
/// (`WordCount.of`, `spacedWordCount`) read most of their bytes here, and only the rest (a short tail, or the text
/// from its first block holding a byte outside ASCII) one byte at a time.
///
/// The eight bytes of a block are one `UInt64`, and each byte's answers (is it a separator? does a word start there?)
/// are its high bit, worked out for all eight at once with a few additions and masks (SWAR: SIMD within a register):
/// about three instructions a byte, against some fourteen for a loop that asks each byte in turn.
public enum ASCIIWordStarts {
    /// The ASCII bytes that separate words.
    public enum Separators: Sendable {
        /// Tab, line feed, vertical tab, form feed, carriage return and space (`UInt8.isASCIIWhitespace`).
        case whitespace
        /// Tab, line feed, carriage return and space (what `WordCount.of` reads as white space).
        case spaceTabNewlineReturn
    }

    /// The words counted in the whole blocks of eight ASCII bytes that open `bytes`; `end`: the bytes those blocks
    /// cover (a multiple of 8; the first block holding a byte outside ASCII, and the tail, are left to the caller);
    /// `inWord`: whether the last byte read is not a separator (false when none was read). A word starts at a byte
    /// other than a separator that follows a separator or the start.
    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, separators: Separators) -> (words: Int, end: Int, inWord: Bool) {
        guard bytes.count >= 8, let base = bytes.baseAddress else { return (0, 0, false) }
        let raw = UnsafeRawPointer(base)
        var words = 0
        var end = 0
        // The high bit of the lowest byte set when the byte before the block is a separator (or the text's start).
        var previousIsSeparator: UInt64 = 0x80
        while end + 8 <= bytes.count {
            let block = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
            guard block & highBits == 0 else { break }
            let separator = separatorBits(block, separators)
            let starts = ~separator & highBits & (separator << 8 | previousIsSeparator)
            words &+= starts.nonzeroBitCount
            previousIsSeparator = separator >> 56
            end += 8
        }
        return (words, end, end > 0 && previousIsSeparator == 0)
    }

    /// The high bit of each byte of `block` (ASCII) that is a separator.
    @inline(__always) static func separatorBits(_ block: UInt64, _ separators: Separators) -> UInt64 {
        switch separators {
        case .whitespace:
            return atLeast(0x09, block) & ~atLeast(0x0E, block) | atLeast(0x20, block) & ~atLeast(0x21, block)
        case .spaceTabNewlineReturn:
            return atLeast(0x09, block) & ~atLeast(0x0B, block) | atLeast(0x0D, block) & ~atLeast(0x0E, block)
                | atLeast(0x20, block) & ~atLeast(0x21, block)
        }
    }

    /// The high bit of each byte of `block` (ASCII) that is `value` or more: with the high bit set first, subtracting
    /// `value` (at most 0x80) from a byte never borrows from the next, and leaves the bit set just when the byte is
    /// at least `value`.
    @inline(__always) static func atLeast(_ value: UInt8, _ block: UInt64) -> UInt64 {
        ((block | highBits) &- lowBits &* UInt64(value)) & highBits
    }

    @inline(__always) static var highBits: UInt64 { 0x8080_8080_8080_8080 }
    @inline(__always) static var lowBits: UInt64 { 0x0101_0101_0101_0101 }
}
