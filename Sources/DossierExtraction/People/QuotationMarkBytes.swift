/// The quotations of a sentence found in its UTF-8 bytes, without decoding a scalar: for a text whose every scalar is a
/// Character of its own (`SpacedWordBytes.wordCount` is not nil), where a mark is told by its bytes alone. `"` is the
/// byte 22, `“` and `”` the bytes E2 80 9C and E2 80 9D; the continuation bytes of other scalars (80–BF) are neither
/// 22 nor E2, so a scan that steps one byte past anything else still meets every mark at its first byte.
enum QuotationMarkBytes {
    /// The byte ranges between the marks (after an opening `“` or `"`, up to the next `”` or `"`) of the quotations that
    /// close, and where the text of the one left open starts (nil when none is): `startsOpen` reads the text as going
    /// on with a quotation opened before it (the same reading as `QuotedText.spans(_:startsOpen:reading:)`).
    static func quotations(_ bytes: UnsafeBufferPointer<UInt8>, startsOpen: Bool) -> (closed: [Range<Int>], openFrom: Int?) {
        var closed: [Range<Int>] = []
        var opened: Int? = startsOpen ? 0 : nil
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var width = 1
            var opens = false
            var closes = false
            if byte == 0x22 {
                opens = true
                closes = true
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                if bytes[index + 2] == 0x9C {
                    opens = true
                    width = 3
                } else if bytes[index + 2] == 0x9D {
                    closes = true
                    width = 3
                }
            }
            if let start = opened {
                if closes {
                    closed.append(start..<index)
                    opened = nil
                }
            } else if opens {
                opened = index + width
            }
            index += width
        }
        return (closed, opened)
    }
}
