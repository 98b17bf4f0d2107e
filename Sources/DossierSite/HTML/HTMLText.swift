/// Escaping for HTML we build ourselves (fragments, attributes), and for a page's values its template prints escaped.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities, Character by Character: the same text swift-mustache prints for
    /// `{{value}}` (a mark that is part of a larger Character, `"` and a combining accent, is left as it is).
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            guard marksStandAlone(bytes) else { return escapeByCharacter(String(decoding: bytes, as: UTF8.self)) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var runStart = 0
            for index in 0..<bytes.count {
                guard let entity = entity(for: bytes[index]) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: entity)
                runStart = index + 1
            }
            guard runStart > 0 else { return String(decoding: bytes, as: UTF8.self) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether every mark in the UTF-8 is a Character of its own: between two ASCII characters (or an end), as a
    /// grapheme break always falls there but inside `\r\n`; a scalar beyond ASCII before one (a prepended mark) or after
    /// it (a combining mark) may join it. Then escaping the bytes escapes the Characters.
    static func marksStandAlone(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where entity(for: bytes[index]) != nil {
            if index > 0, bytes[index - 1] >= 0x80 { return false }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return false }
        }
        return true
    }

    private static func entity(for byte: UInt8) -> [UInt8]? {
        switch byte {
        case UInt8(ascii: "&"): ampersand
        case UInt8(ascii: "<"): lessThan
        case UInt8(ascii: ">"): greaterThan
        case UInt8(ascii: "\""): quote
        case UInt8(ascii: "'"): apostrophe
        default: nil
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)

    /// `escape`, Character by Character.
    static func escapeByCharacter(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
