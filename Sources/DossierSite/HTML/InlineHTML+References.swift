/// A link title with an `&` in it, written as cmark-gfm's `cmark_clean_title` makes it: character references decoded
/// first (`houdini_unescape_html`), then backslash escapes undone (`cmark_strbuf_unescape`) in what that gave, so that
/// `\&#233;` is `\é` and `&#92;&#42;` is `*`. Corpus text holds numeric references written out (`fianc&#233;e`), and
/// the titles escape the `&` (`\&#233;`), which the decoding reads first; such titles are rare, and written here byte
/// by byte through a copy of the decoded title.
extension InlineHTML {
    /// Writes the rest of a title from `index` (no backslash pending there) up to its closing quote, and moves `index`
    /// past the quote; false when it may hold a named reference (`&`, letters and digits, `;`: not looked up here), a
    /// NUL or a return, or when it has no closing quote the direct path is sure of.
    static func writeTitle(withReferencesFrom line: UnsafeBufferPointer<UInt8>, at index: inout Int,
                           to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let bytes = line.baseAddress!
        let quote = UInt8(ascii: "\"")
        // The closing quote, as the title's scanner finds it (see `writeTitle`).
        var close = index
        while close < line.count, bytes[close] != quote {
            close += bytes[close] == backslash && close + 1 < line.count && isASCIIPunctuation(bytes[close + 1]) ? 2 : 1
        }
        guard close < line.count, bytes[close - 1] != backslash else { return false }
        // The references decoded, as `houdini_unescape_html` decodes them in the title's text.
        var decoded: [UInt8] = []
        decoded.reserveCapacity(close - index)
        var position = index
        while position < close {
            let byte = bytes[position]
            guard byte != 0, byte != carriageReturn else { return false }
            position += 1
            guard byte == ampersand else {
                decoded.append(byte)
                continue
            }
            let rest = UnsafeBufferPointer(start: bytes + position, count: close - position)
            switch numericReference(rest) {
            case .scalar(let scalar, let length):
                decoded.append(contentsOf: String(scalar).utf8)
                position += length
            case .notWritten:
                return false
            case nil:
                guard !mayBeNamedReference(rest) else { return false }
                decoded.append(ampersand)
            }
        }
        // Backslash escapes undone in the decoded text, each byte escaped.
        var read = 0
        while read < decoded.count {
            if decoded[read] == backslash, read + 1 < decoded.count, isASCIIPunctuation(decoded[read + 1]) { read += 1 }
            writeEscaped(decoded[read], to: &out)
            read += 1
        }
        index = close + 1
        return true
    }

    /// A numeric reference read as `houdini_unescape_ent` reads one in `text` (what follows an `&`): `#` and one to
    /// eight decimal digits, or `#x` (`#X`) and one to eight hexadecimal ones, and `;`, at least three bytes in all;
    /// its scalar (U+FFFD for 0, a surrogate or one past U+10FFFF) and how many bytes it takes; `notWritten` for U+FFFE and
    /// U+FFFF, which cmark-gfm writes as a single byte (not UTF-8); nil when there is none.
    static func numericReference(_ text: UnsafeBufferPointer<UInt8>) -> NumericReference? {
        guard text.count >= 3, text[0] == UInt8(ascii: "#") else { return nil }
        var codepoint = 0
        var end: Int
        let digitsStart: Int
        if isDigit(text[1]) {
            digitsStart = 1
            end = 1
            while end < text.count, isDigit(text[end]) {
                codepoint = min(codepoint * 10 + Int(text[end] - UInt8(ascii: "0")), 0x110000)
                end += 1
            }
        } else if text[1] == UInt8(ascii: "x") || text[1] == UInt8(ascii: "X") {
            digitsStart = 2
            end = 2
            while end < text.count, let digit = hexadecimalValue(text[end]) {
                codepoint = min(codepoint * 16 + digit, 0x110000)
                end += 1
            }
        } else {
            return nil
        }
        guard (1...8).contains(end - digitsStart), end < text.count, text[end] == UInt8(ascii: ";") else { return nil }
        if codepoint == 0xFFFE || codepoint == 0xFFFF { return .notWritten }
        let scalar = Unicode.Scalar(UInt32(codepoint)) ?? "\u{FFFD}"
        return .scalar(codepoint == 0 ? "\u{FFFD}" : scalar, length: end + 1)
    }

    enum NumericReference: Equatable {
        case scalar(Unicode.Scalar, length: Int)
        case notWritten
    }

    /// Whether `text` (what follows an `&`) starts with letters and digits and a `;`: a name `houdini_unescape_ent` may
    /// look up (every entity's name is letters and digits).
    static func mayBeNamedReference(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = 0
        while end < text.count, isLetter(text[end]) || isDigit(text[end]) { end += 1 }
        return end < text.count && text[end] == UInt8(ascii: ";")
    }

    private static func hexadecimalValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
