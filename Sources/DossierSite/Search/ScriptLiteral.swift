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

    /// `string` of the text whose UTF-8 these bytes are, appended to `out`: the runs between escapes are copied whole,
    /// and eight bytes with none of the bytes that may need one (most of a text) are passed at once (`EightBytes`).
    static func write(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < utf8.count {
            if index + 8 <= utf8.count, !mayNeedCare(EightBytes(utf8, at: index)) {
                index += 8
                continue
            }
            // The eight bytes (or the last few) that may hold an escape, one by one; an escaped line separator may
            // end past them.
            let end = min(index + 8, utf8.count)
            while index < end {
                let byte = utf8[index]
                guard needsCare(byte) else {
                    index += 1
                    continue
                }
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other character starting with E2 is copied.
                let isLineSeparator = byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                guard byte != 0xE2 || isLineSeparator else {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                out.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
                case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
                case 0xE2:
                    out += "u202".utf8
                    out.append(utf8[index + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                    index += 2
                default:
                    out += "u00".utf8
                    out.append(hexDigit(byte / 16))
                    out.append(hexDigit(byte % 16))
                }
                index += 1
                runStart = index
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

    /// Whether one of eight bytes may need an escape (see `needsCare`).
    private static func mayNeedCare(_ bytes: EightBytes) -> Bool {
        bytes.containsByte(below: 0x20) || bytes.contains(UInt8(ascii: "\"")) || bytes.contains(UInt8(ascii: "\\"))
            || bytes.contains(0xE2)
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
