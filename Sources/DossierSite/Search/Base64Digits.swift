/// Base64 (RFC 4648, the standard alphabet, `=` padding, no line breaks), written straight into a file's bytes: the
/// search index's compressed JSON went through `Data`, Foundation's base64 String (its UTF-8 checked again), and three
/// more Strings around it before its file's `Data` was made, five copies of its 5.8 MB on the BBC corpus.
enum Base64Digits {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    /// The two digits of each 12 bits, as the two bytes they are stored as (first digit first, on any platform): a
    /// group of three bytes is two look-ups and two stores. Digit by digit, the encoding took 59.7 M instructions on
    /// the BBC index, more than Foundation's 43.7 M.
    private static let pairs: [UInt16] = (0..<4096).map { (UInt16(alphabet[$0 >> 6]) | UInt16(alphabet[$0 & 63]) << 8).littleEndian }
    /// Room left after the digits by `append`, for what follows them (a quote, the end of the file).
    static let roomAfter = 16

    /// How many digits `count` bytes are written as, padding included.
    static func count(of count: Int) -> Int {
        (count + 2) / 3 * 4
    }

    /// The digits of `bytes`, appended to `out`. The array is made anew at its new size (and `roomAfter` more), the
    /// digits written into its uninitialized storage: `out` is what comes before them in a file, a few bytes.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let (start, digits) = (out.count, count(of: bytes.count))
        out = [UInt8](unsafeUninitializedCapacity: start + digits + roomAfter) { [out] buffer, initialized in
            _ = buffer.initialize(from: out)
            write(bytes, to: UnsafeMutableRawPointer(buffer.baseAddress! + start))
            initialized = start + digits
        }
    }

    /// Writes the `count(of: bytes.count)` digits of `bytes` at `out`.
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableRawPointer) {
        guard let input = bytes.baseAddress else { return }
        pairs.withUnsafeBufferPointer { pairs in
            var (index, written) = (0, 0)
            while index + 3 <= bytes.count {
                let group = Int(input[index]) << 16 | Int(input[index + 1]) << 8 | Int(input[index + 2])
                out.storeBytes(of: pairs[group >> 12], toByteOffset: written, as: UInt16.self)
                out.storeBytes(of: pairs[group & 4095], toByteOffset: written + 2, as: UInt16.self)
                index += 3
                written += 4
            }
            let left = bytes.count - index
            guard left > 0 else { return }
            let group = Int(input[index]) << 16 | (left == 2 ? Int(input[index + 1]) << 8 : 0)
            out.storeBytes(of: pairs[group >> 12], toByteOffset: written, as: UInt16.self)
            out.storeBytes(of: pairs[group & 4095], toByteOffset: written + 2, as: UInt16.self)
            // The digits standing for no byte are padding.
            out.storeBytes(of: UInt8(ascii: "="), toByteOffset: written + 3, as: UInt8.self)
            if left == 1 { out.storeBytes(of: UInt8(ascii: "="), toByteOffset: written + 2, as: UInt8.self) }
        }
    }
}
