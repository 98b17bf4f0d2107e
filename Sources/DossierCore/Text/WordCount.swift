/// Counts words (runs of non-space characters) quickly: pages and dossier.json show counts for every source.
public enum WordCount {
    /// Read on the text's bytes: an ASCII byte is a space or not by itself; any other scalar is decoded and asked
    /// whether it is white space (no-break space, ideographic space…).
    /// The text is borrowed, not copied into a `var` for `withUTF8` (a retain and a release for each sentence a page
    /// counts): a native string's bytes are always contiguous (there are no bridged strings on Linux).
    public static func of(_ text: String) -> Int {
        if let count = text.utf8.withContiguousStorageIfAvailable(count(in:)) { return count }
        var text = text
        return text.withUTF8(count(in:))
    }

    private static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // The opening ASCII blocks eight bytes at a time; the rest byte by byte, from where they end.
        let ascii = ASCIIWordStarts.scan(bytes, separators: .spaceTabNewlineReturn)
        var count = ascii.words
        var inWord = ascii.inWord
        var index = ascii.end
        while index < bytes.count {
            let byte = bytes[index]
            let isSpace: Bool
            if byte < 0x80 {
                isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
                index += 1
            } else {
                let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                isSpace = scalar.hasWhitespaceProperty
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
