/// Decoding one scalar beyond ASCII straight from a string's UTF-8 bytes, for loops that read bytes and meet a
/// character beyond ASCII only now and then (word counts, paragraph text, Markdown escaping).
public enum UTF8Scalar {
    /// The scalar whose lead byte (not ASCII) is at `index` in `bytes`, and how many bytes it takes. `bytes` must be
    /// valid UTF-8 (a string's bytes are) holding the whole scalar.
    @inlinable public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        // Valid UTF-8 decodes to a scalar (no surrogate, nothing beyond U+10FFFF).
        return (Unicode.Scalar(value)!, length)
    }
}
