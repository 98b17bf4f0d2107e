/// Values written into the index's script files as JavaScript (JSON) literals, byte for byte the same on every build.
enum ScriptLiteral {
    /// A double-quoted string: `"`, `\`, control characters and the two line separators JavaScript once
    /// rejected in strings are escaped; everything else is written as UTF-8.
    static func string(_ text: String) -> String {
        // Most text needs no escape: one pass over its bytes, then the text as it is. (0xE2 leads U+2028 and U+2029,
        // and other punctuation too, which then takes the long way.)
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            return "\"" + text + "\""
        }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `[a,b,c]` of already-written literals.
    static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ",") + "]"
    }
}
