/// Values written into the index's script files as JavaScript (JSON) literals, byte for byte the same on every build.
enum ScriptLiteral {
    /// A double-quoted string: `"`, `\`, control characters and the two line separators JavaScript once
    /// rejected in strings are escaped; everything else is written as UTF-8.
    static func string(_ text: String) -> String {
        // Most text needs no escape: one pass over its bytes finds none, and the text is written as it is. Otherwise
        // the bytes before the first escape are copied and the pass goes on from it.
        var text = text
        let escaped = text.withUTF8 { utf8 -> [UInt8]? in
            guard let first = firstEscape(in: utf8, from: 0) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 8)
            write(utf8: utf8, firstEscape: first, into: &out)
            return out
        }
        guard let escaped else { return "\"" + text + "\"" }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `string(text)`'s bytes, appended to `out`.
    static func write(_ text: String, into out: inout [UInt8]) {
        text.withBorrowedUTF8 { write(utf8: $0, into: &out) }
    }

    /// `string` of the text whose UTF-8 these bytes are, appended to `out`: the runs between escapes are copied whole,
    /// and eight bytes with none of the bytes that may need one (most of a text) are passed at once (`EightBytes`).
    static func write(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        write(utf8: utf8, firstEscape: firstEscape(in: utf8, from: 0), into: &out)
    }

    /// `write(utf8:into:)` without the quotes around: the text's bytes, escaped.
    static func writeBody(utf8: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        writeBody(utf8: utf8, firstEscape: firstEscape(in: utf8, from: 0), into: &out)
    }

    /// `write(utf8:into:)` once the first byte to escape (nil for none) is known.
    private static func write(utf8: UnsafeBufferPointer<UInt8>, firstEscape: Int?, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        writeBody(utf8: utf8, firstEscape: firstEscape, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `writeBody(utf8:into:)` once the first byte to escape (nil for none) is known.
    private static func writeBody(utf8: UnsafeBufferPointer<UInt8>, firstEscape: Int?, into out: inout [UInt8]) {
        var runStart = 0
        var nextEscape = firstEscape
        while let escape = nextEscape {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<escape]))
            out.append(UInt8(ascii: "\\"))
            let byte = utf8[escape]
            runStart = escape + 1
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "t"))
            case 0xE2:
                out += "u202".utf8
                out.append(utf8[escape + 2] == 0xA8 ? UInt8(ascii: "8") : UInt8(ascii: "9"))
                runStart = escape + 3
            default:
                out += "u00".utf8
                out.append(hexDigit(byte / 16))
                out.append(hexDigit(byte % 16))
            }
            nextEscape = Self.firstEscape(in: utf8, from: runStart)
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }

    /// Where the first byte from `start` on that is escaped is: a byte of `needsCare`, but of the characters starting
    /// with E2 only U+2028 and U+2029 (E2 80 A8 and E2 80 A9); any other (such as curly quotes) is copied.
    private static func firstEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let mark = EightBytes.firstIndex(in: utf8, from: index, mayHold: mayNeedCare, where: needsCare) {
            let isOtherE2Character = utf8[mark] == 0xE2 && !(mark + 2 < utf8.count && utf8[mark + 1] == 0x80
                && (utf8[mark + 2] == 0xA8 || utf8[mark + 2] == 0xA9))
            guard isOtherE2Character else { return mark }
            index = mark + 1
        }
        return nil
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
