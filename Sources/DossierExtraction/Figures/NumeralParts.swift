/// A number token's text cut into its numeral (`1,200.5` in `1,200.5bn`: digits, commas and full stops), the numeral's
/// value (its commas dropped) and what follows, lower-cased (`bn`).
///
/// Read by bytes when the text is ASCII, as almost every number's is: there each byte is a character, and the only
/// characters that are numbers are the digits, so the cut is where `Character.isNumber` puts it. Cut by characters (each
/// found by the grapheme rules and asked for its numeric property), the numeral, its value and the rest cost more than
/// all the rest of reading a number.
enum NumeralParts {
    /// Nil when the numeral is no number (`Double` reads none from it).
    static func parts(of text: String) -> (numeral: String, value: Double, suffix: String)? {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(asciiParts(of:)), let ascii {
            guard let value = ascii.value else { return nil }
            return (ascii.numeral, value, ascii.suffix)
        }
        let numeral = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." })
        guard let value = Double(String(numeral.filter { $0 != "," })) else { return nil }
        return (numeral, value, text.dropFirst(numeral.count).lowercased())
    }

    /// The parts of ASCII text; nil when a byte is not ASCII.
    private static func asciiParts(of bytes: UnsafeBufferPointer<UInt8>) -> (numeral: String, value: Double?, suffix: String)? {
        var end = 0, hasComma = false, isASCII = true
        for byte in bytes { isASCII = isASCII && byte < 0x80 }
        guard isASCII else { return nil }
        while end < bytes.count, isNumeralByte(bytes[end]) {
            hasComma = hasComma || bytes[end] == UInt8(ascii: ",")
            end += 1
        }
        let numeral = String(decoding: bytes[..<end], as: UTF8.self)
        let digits = hasComma ? String(decoding: bytes[..<end].filter { $0 != UInt8(ascii: ",") }, as: UTF8.self) : numeral
        let suffix = end == bytes.count ? "" : String(decoding: bytes[end...], as: UTF8.self).lowercased()
        return (numeral, Double(digits), suffix)
    }

    private static func isNumeralByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
    }
}
