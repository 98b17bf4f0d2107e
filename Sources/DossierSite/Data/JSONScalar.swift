/// Strings, numbers and null as `JSONEncoder` writes them.
enum JSONScalar {
    static let null: [UInt8] = Array("null".utf8)

    /// `JSONEncoder`'s form: the shortest description that reads back, without a trailing `.0` (`1900`, `1.9`, `1e+20`).
    static func number<Number: BinaryFloatingPoint & CustomStringConvertible>(_ number: Number) throws -> [UInt8] {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "\(number) is not valid JSON"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return Array(text.utf8)
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`; everything else (`/`
    /// and all of Unicode beyond ASCII included) as it is. The runs between escapes are copied whole; eight bytes with
    /// nothing to escape (most of a text) are passed at once (`EightBytes.firstIndex`).
    static func string(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        string.withBorrowedUTF8 { utf8 in
            var runStart = 0
            while let mark = EightBytes.firstIndex(in: utf8, from: runStart, mayHold: needsEscape, where: isEscaped) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<mark]))
                runStart = mark + 1
                let byte = utf8[mark]
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(hexDigit(byte / 16))
                    bytes.append(hexDigit(byte % 16))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether one of eight bytes is escaped in a string: a control character, `"` or a backslash.
    private static func needsEscape(_ bytes: EightBytes) -> Bool {
        bytes.containsByte(below: 0x20) || bytes.contains(UInt8(ascii: "\"")) || bytes.contains(UInt8(ascii: "\\"))
    }

    /// Whether a byte is escaped in a string: a control character, `"` or a backslash.
    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Two spaces per level, copied from a literal of spaces: appended as a `repeatElement`, they went one by one
    /// through the generic path, about 25 instructions a space, 130 M for a large corpus's `dossier.json`.
    static func indent(_ level: Int, into bytes: inout [UInt8]) {
        var count = 2 * level
        let spaces: StaticString = "                                                                "
        spaces.withUTF8Buffer { spaces in
            while count > 0 {
                let run = min(count, spaces.count)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: spaces[..<run]))
                count -= run
            }
        }
    }
}
