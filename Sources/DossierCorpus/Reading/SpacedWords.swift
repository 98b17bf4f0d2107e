import DossierCore

/// Counts of white-space separated words, asked of every line of every article: the same answers as
/// `split(whereSeparator: \.isWhitespaceFast).count`, read off the UTF-8 bytes when the text is ASCII (a byte is then
/// a character), and character by character otherwise.
extension StringProtocol {
    var spacedWordCount: Int {
        var count = 0
        var inWord = false
        for byte in utf8 {
            guard byte < 0x80 else { return split(whereSeparator: \.isWhitespaceFast).count }
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    /// Whether the text holds a straight or curly double quotation mark (`"`, `“`, `”`) as a character of its own.
    var holdsDoubleQuote: Bool {
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.contains(UInt8(ascii: "\"")) }
        return contains { $0 == "\"" || $0 == "“" || $0 == "”" }
    }
}
