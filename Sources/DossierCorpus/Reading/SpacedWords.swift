import DossierCore

/// Counts of white-space separated words and a look for double quotation marks, asked of every line of every
/// article: the same answers as `split(whereSeparator: \.isWhitespaceFast).count` and a search of the characters,
/// read off the scalars when each scalar is a character of its own (see `standsAlone`), character by character
/// otherwise.
extension StringProtocol {
    var spacedWordCount: Int {
        // In ASCII a byte is a scalar and a character: one pass over the bytes, without a branch for each, when they
        // are at hand in one buffer (as a line's are).
        if let answer = utf8.withContiguousStorageIfAvailable(Self.asciiSpacedWordCount), let count = answer { return count }
        var count = 0
        var inWord = false
        for scalar in unicodeScalars {
            guard scalar.standsAlone else { return split(whereSeparator: \.isWhitespaceFast).count }
            let isSpace = scalar.isWhitespaceFast
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// The words of ASCII `bytes`, counted where a byte other than white space follows white space or the start; nil
    /// when a byte is not ASCII. The opening ASCII blocks are read eight bytes at a time (`ASCIIWordStarts`), the
    /// rest byte by byte, branch-free (the branch at each word's ends was mispredicted).
    private static func asciiSpacedWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let blocks = ASCIIWordStarts.scan(bytes, separators: .whitespace)
        var highBits: UInt8 = 0
        var count = blocks.words
        var previousIsSpace = !blocks.inWord
        for byte in UnsafeBufferPointer(rebasing: bytes[blocks.end...]) {
            highBits |= byte
            let isSpace = byte.isASCIIWhitespace
            count &+= !isSpace && previousIsSpace ? 1 : 0
            previousIsSpace = isSpace
        }
        return highBits < 0x80 ? count : nil
    }

    /// Whether the text holds a straight or curly double quotation mark (`"`, `“`, `”`) as a character of its own.
    var holdsDoubleQuote: Bool {
        // In ASCII a byte is a character (`\r\n` aside, which is not a quotation mark): one pass over the bytes,
        // without a branch for each, when they are at hand in one buffer (as a line's are).
        if let answer = utf8.withContiguousStorageIfAvailable(Self.asciiHoldsDoubleQuote), let answer { return answer }
        var isASCII = true, found = false
        for byte in utf8 {
            if byte >= 0x80 {
                isASCII = false
                break
            }
            if byte == UInt8(ascii: "\"") { found = true }
        }
        if isASCII { return found }
        guard unicodeScalars.allSatisfy(\.standsAlone) else { return contains { $0 == "\"" || $0 == "“" || $0 == "”" } }
        return unicodeScalars.contains { $0 == "\"" || $0 == "“" || $0 == "”" }
    }

    /// Whether ASCII `bytes` hold `"`; nil when a byte is not ASCII. Every byte is read, branch-free.
    private static func asciiHoldsDoubleQuote(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var highBits: UInt8 = 0, quotes: UInt8 = 0
        for byte in bytes {
            highBits |= byte
            quotes |= byte == UInt8(ascii: "\"") ? 1 : 0
        }
        return highBits < 0x80 ? quotes != 0 : nil
    }
}

extension Unicode.Scalar {
    /// A scalar that is a character whatever stands next to it (grapheme cluster break `Other` or `Control`): ASCII,
    /// Latin-1 and the Latin extensions, general punctuation (dashes, curly quotes, ellipsis, spaces) and currency
    /// signs. No combining mark, joiner or prepended sign among them, so in a text of these only a character is one
    /// scalar (or `\r\n`, white space either way).
    var standsAlone: Bool {
        switch value {
        case 0..<0x300, 0x2000...0x200B, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: return true
        default: return false
        }
    }
}
