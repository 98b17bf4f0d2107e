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
        let raw = bytes.baseAddress.map(UnsafeRawPointer.init)
        while index < bytes.count {
            // Eight bytes at a time past those that are neither a straight mark nor a curly mark's lead byte (most of
            // every text): the scan steps one byte past each of them and changes nothing (a byte loop took some ten
            // instructions a byte of every sentence with a quotation).
            if let raw, index + 8 <= bytes.count, !mayHoldMark(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
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

    /// Whether one of eight bytes is `"` (0x22) or E2 (the lead byte of `“` and `”`). XOR with the byte leaves a zero
    /// byte where it is; a byte is zero exactly when neither adding 0x7F to its low seven bits nor the byte itself sets
    /// its top bit (no byte carries into the next).
    @inline(__always)
    static func mayHoldMark(_ eight: UInt64) -> Bool {
        holdsZeroByte(eight ^ 0x2222_2222_2222_2222) || holdsZeroByte(eight ^ 0xE2E2_E2E2_E2E2_E2E2)
    }

    @inline(__always)
    private static func holdsZeroByte(_ eight: UInt64) -> Bool {
        ~(((eight & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | eight) & 0x8080_8080_8080_8080 != 0
    }
}
