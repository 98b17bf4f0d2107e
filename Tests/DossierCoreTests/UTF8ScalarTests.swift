import DossierCore
import Testing

@Suite struct UTF8ScalarTests {
    /// Every scalar beyond ASCII at each length's edges (and some between) decodes to itself and its byte count, in
    /// the middle of a text (after ASCII, before more bytes) as well as at its end.
    @Test func decodesEachLengthsEdges() {
        let values: [UInt32] = [0x80, 0xA0, 0xE9, 0x7FF, 0x800, 0x2028, 0x3000, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
                                0x10000, 0x1F600, 0x10FFFF]
        for value in values {
            let scalar = Unicode.Scalar(value)!
            for text in ["a" + String(scalar) + "b\u{E9}", "a" + String(scalar)] {
                var text = text
                let decoded = text.withUTF8 { UTF8Scalar.decode($0, at: 1) }
                #expect(decoded.scalar == scalar)
                #expect(decoded.length == String(scalar).utf8.count)
            }
        }
    }

    /// Walking a text by the lengths it gives reads its scalars, the same as the scalar view.
    @Test func walkingByLengthReadsTheScalars() {
        var text = "Zoë’s café — 東京 😀\u{A0}end"
        var read: [Unicode.Scalar] = []
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    read.append(Unicode.Scalar(bytes[index]))
                    index += 1
                } else {
                    let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
                    read.append(scalar)
                    index += length
                }
            }
        }
        #expect(read == Array(text.unicodeScalars))
    }
}
