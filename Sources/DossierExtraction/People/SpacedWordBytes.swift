/// A text's space-separated words counted from its UTF-8 bytes, and whether each of its Unicode scalars is a Character
/// of its own (`QuotedText.scalarsAreCharacters`), told in the same pass without decoding a scalar.
enum SpacedWordBytes {
    /// How many words splitting `bytes` at spaces gives, or nil when some scalar may join its neighbour into one
    /// Character (then a space is not told by its byte alone). A scalar is a Character of its own below U+0300 (one
    /// byte, or two with a lead byte C2–CB) and in U+2010–U+2027 (E2 80 90 to E2 80 A7); no byte of any other scalar
    /// is 0x20, so where every scalar is such a Character, the spaces are the 0x20 bytes.
    ///
    /// Eight ASCII bytes at a time where the next eight are all ASCII (most of every text): a byte loop took some ten
    /// instructions a byte, for every sentence with a quotation and every quotation's text (`QuotedText`).
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inWord = false
        var index = 0
        let raw = bytes.baseAddress.map(UnsafeRawPointer.init)
        while index < bytes.count {
            if let raw, index + 8 <= bytes.count {
                let eight = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if eight & 0x8080_8080_8080_8080 == 0 {
                    let words = wordStarts(asciiEight: eight, afterWord: inWord)
                    count += words.starts
                    inWord = words.endsInWord
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0x20 {
                inWord = false
                index += 1
                continue
            }
            if !inWord {
                inWord = true
                count += 1
            }
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2 && byte <= 0xCB {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xA7 {
                index += 3
            } else {
                return nil
            }
        }
        return count
    }

    /// How many words start in eight ASCII bytes (read little-endian: the first byte lowest), a word starting at a byte
    /// other than a space whose previous byte is a space (or, for the first, when `afterWord` is false); and whether the
    /// last byte is inside a word. XOR with spaces leaves a zero byte for each space; adding 0x7F to the low seven bits
    /// of each byte sets its top bit unless the byte was zero (no byte carries into the next), and the byte's own top
    /// bit is clear (ASCII): so the top bits mark the bytes that are not spaces, exactly.
    @inline(__always)
    static func wordStarts(asciiEight eight: UInt64, afterWord: Bool) -> (starts: Int, endsInWord: Bool) {
        let others = eight ^ 0x2020_2020_2020_2020
        let words = ((others & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) & 0x8080_8080_8080_8080
        let previous = words << 8 | (afterWord ? 0x80 : 0)
        // One top bit per byte that starts a word, summed into the top byte by one multiply (at most eight: no carry);
        // `nonzeroBitCount` took a dozen instructions without the processor's population count.
        let starts = (words & ~previous) >> 7
        return (Int(truncatingIfNeeded: (starts &* 0x0101_0101_0101_0101) >> 56), words & 0x8000_0000_0000_0000 != 0)
    }
}
