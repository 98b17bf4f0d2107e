/// Escaping for HTML we build ourselves (fragments, attributes), and for a page's values its template prints escaped.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities, Character by Character: the same text swift-mustache prints for
    /// `{{value}}` (a mark that is part of a larger Character, `"` and a combining accent, is left as it is).
    /// One pass over the bytes: each mark standing alone (see `standsAlone`) is escaped as a byte; at the first that may
    /// not, the text is escaped Character by Character instead (what was written is dropped).
    public static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var runStart = 0
            for index in 0..<bytes.count {
                guard let entity = entity(for: bytes[index]) else { continue }
                guard standsAlone(bytes, at: index) else { return escapeByCharacter(String(decoding: bytes, as: UTF8.self)) }
                if runStart == 0 { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: entity)
                runStart = index + 1
            }
            // A text without marks is handed back as it is.
            guard runStart > 0 else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    /// Whether the mark at `index` is a Character of its own: between two ASCII characters (or an end), as a grapheme
    /// break always falls there but inside `\r\n`; a scalar beyond ASCII before it (a prepended mark) or after it (a
    /// combining mark) may join it. When every mark stands alone, escaping the bytes escapes the Characters.
    static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        !(index > 0 && bytes[index - 1] >= 0x80) && !(index + 1 < bytes.count && bytes[index + 1] >= 0x80)
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
