/// A text's space-separated words counted from its UTF-8 bytes, and whether each of its Unicode scalars is a Character
/// of its own (`QuotedText.scalarsAreCharacters`), told in the same pass without decoding a scalar.
enum SpacedWordBytes {
    /// How many words splitting `bytes` at spaces gives, or nil when some scalar may join its neighbour into one
    /// Character (then a space is not told by its byte alone). A scalar is a Character of its own below U+0300 (one
    /// byte, or two with a lead byte C2–CB) and in U+2010–U+2027 (E2 80 90 to E2 80 A7); no byte of any other scalar
    /// is 0x20, so where every scalar is such a Character, the spaces are the 0x20 bytes.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var inWord = false
        var index = 0
        while index < bytes.count {
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
}
