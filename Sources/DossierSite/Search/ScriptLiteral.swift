/// Values written into the index's script files as JavaScript (JSON) literals, byte for byte the same on every build.
enum ScriptLiteral {
    /// A double-quoted string: `"`, `\`, control characters and the two line separators JavaScript once
    /// rejected in strings are escaped; everything else is written as UTF-8.
    static func string(_ text: String) -> String {
        // Most text needs no escape: one pass over its bytes, then the text as it is. (0xE2 leads U+2028 and U+2029,
        // and other punctuation too, such as curly quotes, which then takes the long way.)
        if !text.utf8.contains(where: needsCare) {
            return "\"" + text + "\""
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        write(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `string(text)`'s bytes, appended to `out`.
    static func write(_ text: String, into out: inout [UInt8]) {
        var text = text
        text.withUTF8 { write(utf8: $0, into: &out) }
    }

    /// `string` of the text whose UTF-8 these bytes are, appended to `out`.
    static func write(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        guard utf8.contains(where: needsCare) else {
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20:
                out += Array("\\u00".utf8) + [hexDigit(byte / 16), hexDigit(byte % 16)]
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                out += Array("\\u202".utf8) + [utf8[index + 1] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9")]
                index += 2
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A byte that may need an escape: a control character, `"`, a backslash, or the first of U+2028 and U+2029.
    private static func needsCare(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0xE2
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// `[a,b,c]` of already-written literals.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
