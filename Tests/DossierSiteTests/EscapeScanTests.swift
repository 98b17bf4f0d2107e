import TestSupport
import Testing
@testable import DossierSite

/// `JSONScalar.string` and `ScriptLiteral.write` pass eight plain bytes at once: each holds to the escape written byte
/// by byte, with every byte that is escaped (or looks like one that may be) at every place of the eight, and in random text.
@Suite struct EscapeScanTests {
    static let pieces: [String] = [
        "a", "Z", " ", "/", "<", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{C}", "\u{1F}", "\u{7F}", "é", "£", "€",
        "“", "’", "…", "\u{2027}", "\u{2028}", "\u{2029}", "😀",
    ]
    static let plain = "Quarterly profits at US media giant TimeWarner"

    /// Each piece at each place of a plain text, and 3,000 random runs of up to thirty pieces.
    static func texts(seed: UInt64) -> [String] {
        var texts = [""]
        for piece in pieces {
            for place in 0...20 {
                let at = plain.index(plain.startIndex, offsetBy: place)
                texts.append(String(plain[..<at]) + piece + String(plain[at...]))
                texts.append(String(plain.prefix(place)) + piece)
            }
        }
        var generator = SplitMix64(seed: seed)
        for _ in 0..<3_000 {
            texts.append((0..<generator.next(below: 31)).map { _ in pieces[generator.next(below: pieces.count)] }.joined())
        }
        return texts
    }

    @Test func jsonStringsAreEscapedAsByteByByte() {
        for text in Self.texts(seed: 5) {
            var bytes = Array("[".utf8)
            JSONScalar.string(text, into: &bytes)
            #expect(bytes == Array("[".utf8) + Self.referenceJSON(text), "\(Array(text.unicodeScalars))")
        }
        var bytes: [UInt8] = []
        JSONScalar.string("a\"b\\c\n\u{1}\u{8}/é", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\n\\u0001\\b/é\"")
    }

    @Test func scriptStringsAreEscapedAsByteByByte() {
        for text in Self.texts(seed: 9) {
            var bytes = Array("[".utf8)
            ScriptLiteral.write(text, into: &bytes)
            #expect(bytes == Array("[".utf8) + Self.referenceScript(text), "\(Array(text.unicodeScalars))")
            #expect(ScriptLiteral.string(text) == String(decoding: Self.referenceScript(text), as: UTF8.self))
        }
    }

    /// `JSONScalar.string`'s escape, byte by byte.
    static func referenceJSON(_ text: String) -> [UInt8] {
        var out = Array("\"".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x00..<0x20: out += Array("\\u00".utf8) + hex(byte)
            default: out.append(byte)
            }
        }
        return out + Array("\"".utf8)
    }

    /// `ScriptLiteral.write`'s escape, byte by byte: as `JSONScalar` but for U+2028 and U+2029, and `\b`, `\f` as `\u00XX`.
    static func referenceScript(_ text: String) -> [UInt8] {
        var out = Array("\"".utf8)
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x00..<0x20: out += Array("\\u00".utf8) + hex(byte)
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                out += Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default: out.append(byte)
            }
            index += 1
        }
        return out + Array("\"".utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private static func hex(_ byte: UInt8) -> [UInt8] {
        [hexDigits[Int(byte / 16)], hexDigits[Int(byte % 16)]]
    }
}
