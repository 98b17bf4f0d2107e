/// A file name as the user would type it in a shell: as is when it is printable UTF-8, otherwise in bash's
/// `$'…'` quoting, with `\n`, `\t` and `\xff` for line breaks, control characters and bytes that are not UTF-8.
///
/// Spaces and other printable characters are left alone: `path:line:col` is read by editors, which take the
/// path unquoted; only what would garble the message (a line break) or cannot be printed is escaped.
enum ShellQuotedName {
    static func shown(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self), !text.unicodeScalars.contains(where: isControl) {
            return text
        }
        var quoted = "$'"
        var index = 0
        while index < name.count {
            let length = scalarLength(in: name, at: index)
            if length == 0 {
                quoted += hexEscape(name[index])
                index += 1
                continue
            }
            let scalar = String(decoding: name[index..<index + length], as: UTF8.self).unicodeScalars.first!
            quoted += escaped(scalar)
            index += length
        }
        return quoted + "'"
    }

    /// C0 controls, DEL and C1 controls: none prints as itself.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\t": return "\\t"
        case "\r": return "\\r"
        case "\\": return "\\\\"
        case "'": return "\\'"
        default:
            guard isControl(scalar) else { return String(scalar) }
            // C1 controls are two bytes in UTF-8; `$'\u0085'` is what bash reads back as the same character.
            return scalar.value < 0x80 ? hexEscape(UInt8(scalar.value)) : "\\u" + hex(scalar.value, digits: 4)
        }
    }

    private static func hexEscape(_ byte: UInt8) -> String { "\\x" + hex(UInt32(byte), digits: 2) }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// The length of the valid UTF-8 sequence starting at `index`, or 0 when the byte there starts none.
    private static func scalarLength(in bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return 0
        }
        guard index + length <= bytes.count,
              String(validating: bytes[index..<index + length], as: UTF8.self) != nil else { return 0 }
        return length
    }
}
