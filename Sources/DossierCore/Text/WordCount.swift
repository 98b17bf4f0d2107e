/// Counts words (runs of non-space characters) quickly: pages and dossier.json show counts for every source.
public enum WordCount {
    /// Read on the text's bytes: an ASCII byte is a space or not by itself; any other scalar is decoded and asked
    /// whether it is white space (no-break space, ideographic space…).
    public static func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let isSpace: Bool
                if byte < 0x80 {
                    isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                    index += 1
                } else {
                    // A String's bytes are valid UTF-8: the lead byte gives the scalar's length.
                    let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    isSpace = Unicode.Scalar(value)?.properties.isWhitespace ?? false
                    index += length
                }
                if isSpace {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                }
            }
            return count
        }
    }
}
