/// An integer in decimal, as `String(value)` spells it, written straight into a byte buffer: made a `String` first, each
/// number of a document file or of `dossier.json` was a string made, read and dropped.
enum DecimalDigits {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var count = 1
        var rest = magnitude / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        // Room for the digits, filled from the last.
        appendRoom(count, to: &bytes)
        var index = bytes.count
        repeat {
            index -= 1
            bytes[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// `count` bytes (at most 20, the digits of any `Int` in base 10 or more) appended, to be written over: copied from
    /// a literal, since a `repeatElement` is appended byte by byte through the generic path.
    static func appendRoom(_ count: Int, to bytes: inout [UInt8]) {
        let zeros: StaticString = "00000000000000000000"
        zeros.withUTF8Buffer { zeros in
            precondition(count <= zeros.count, "an Int has at most 20 digits")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: zeros[..<count]))
        }
    }
}
