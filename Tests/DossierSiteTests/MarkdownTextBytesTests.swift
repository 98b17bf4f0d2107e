import DossierCore
import TestSupport
import Testing
@testable import DossierSite

/// `MarkdownText.escape` and `quotedTitle` write UTF-8 bytes into the string's storage; these hold them to the text
/// they gave when written scalar by scalar (the escape) and into an array (the title), on text mixing every mark with white space and characters of two, three and four bytes.
@Suite struct MarkdownTextBytesTests {
    static let pieces: [String] = [
        "a", "Z", "7", "0", "12", ".", ")", " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "{", "}", "$", "#", "+", "-", "=", "!", "\"",
        "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "\u{3000}", "\u{2003}", "\u{1680}", "é", "e\u{301}", ".\u{301}",
        "\u{301}", "中", "😀", "👩‍👩‍👧", "\u{FEFF}",
    ]

    /// The pieces, every pair of them, and 3,000 random runs of one to nine pieces.
    private static func texts(seed: UInt64) -> [String] {
        var generator = SplitMix64(seed: seed)
        var texts = Self.pieces + Self.pieces.flatMap { first in Self.pieces.map { first + $0 } }
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 9) + 1
            texts.append((0..<length).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined())
        }
        return texts
    }

    @Test func escapeMatchesTheScalarByScalarEscape() {
        let texts = Self.texts(seed: 7)
        for text in texts {
            #expect(MarkdownText.escape(text) == Self.referenceEscape(text), "\(Array(text.unicodeScalars))")
            #expect(MarkdownText.quotedTitle(text) == Self.referenceQuotedTitle(text), "\(Array(text.unicodeScalars))")
        }
        #expect(MarkdownText.escape("") == "")
        #expect(MarkdownText.escape(" \u{3000}-x\u{2028}#") == " \u{3000}\\-x #")
        #expect(MarkdownText.escape("é-1. [x]") == "é-1. \\[x\\]")
        #expect(MarkdownText.escape("3. a_b") == "3\\. a\\_b")
    }

    /// A text left as it is by the escape is handed back without being looked at again: only one the escape does not
    /// change is, and the common ones (prose, with apostrophes, quotes, currency and letters beyond ASCII) are.
    @Test func textsTheEscapeLeavesAloneAreHandedBack() {
        let texts = Self.texts(seed: 11)
        var unchanged = 0
        for text in texts where Self.isUnchangedByEscaping(text) {
            #expect(Self.referenceEscape(text) == text, "\(Array(text.unicodeScalars))")
            unchanged += 1
        }
        #expect(unchanged > 100)
        for text in ["Quarterly profits rose 76% to £1.13bn (about €1.5bn), said Ms O'Neil: \"it's good.\"",
                     "Café-bar owners, 2005", "a", "Zürich", "x # + - = ! 1. 2)", "e\u{301}\u{2027}\u{2030}\u{C2}\u{84}", "\u{1}"] {
            #expect(Self.isUnchangedByEscaping(text), "\(text)")
            #expect(MarkdownText.escape(text) == text)
        }
        for text in ["", " a", "\ta", "-a", "#a", "+a", "=a", "!a", "1a", "0", "é", "a\n", "a\r", "a\u{0B}", "a\u{0C}", "a\u{85}",
                     "a\u{2028}", "a\u{2029}", "a\\", "a`", "a*", "a_", "a[", "a]", "a<", "a>", "a|", "a~", "a&", "a{", "a}", "a$"] {
            #expect(!Self.isUnchangedByEscaping(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// The check reads eight bytes at a time: a mark or a line break is found at every place of the eight, and a
    /// character that only shares a line break's first byte (`£`, U+2027, U+0084) is passed at every place.
    @Test func marksAreFoundAtEveryPlaceOfALongText() {
        let plain = "Quarterly profits at US media giant TimeWarner jumped"
        let marks = ["\n", "\r", "\u{0B}", "\u{0C}", "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "{", "}", "$",
                     "\u{85}", "\u{2028}", "\u{2029}"]
        let harmless = ["£", "\u{2027}", "\u{84}", "é", "’", "\u{2030}", "#", "-", "1", "!"]
        for place in 1...30 {
            let at = plain.index(plain.startIndex, offsetBy: place)
            for piece in marks + harmless {
                for text in [String(plain[..<at]) + piece + String(plain[at...]), String(plain[..<at]) + piece] {
                    #expect(Self.isUnchangedByEscaping(text) == harmless.contains(piece), "\(Array(text.unicodeScalars))")
                    #expect(MarkdownText.escape(text) == Self.referenceEscape(text), "\(Array(text.unicodeScalars))")
                }
            }
        }
    }

    /// A title's marks are found eight bytes at a time and the runs between them copied: each mark at every place of
    /// a long title, twice, gives the title written byte by byte.
    /// The word test of the title scan and the byte set `quotedTitle` changes list the same bytes: every byte, at each
    /// place of eight plain ones, is reported by the one exactly when the other holds it.
    @Test func titleMarkWordTestListsTheTitleBytes() {
        var changed: [UInt8] = []
        for byte in UInt8.min...UInt8.max {
            if MarkdownText.isTitleChanged(byte) { changed.append(byte) }
            for place in 0..<8 {
                var eight = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
                eight[place] = byte
                eight.withUnsafeBufferPointer { buffer in
                    #expect(MarkdownText.mayHoldTitleMark(EightBytes(buffer, at: 0)) == MarkdownText.isTitleChanged(byte),
                            "\(byte) at \(place)")
                }
            }
        }
        #expect(changed == Array("\n\"&<\\".utf8))
    }

    @Test func titleMarksAreFoundAtEveryPlaceOfALongTitle() {
        let plain = "Kenteris, 31, who won the men's 200m title at the 2000 Sydney Games"
        for place in 0...40 {
            let at = plain.index(plain.startIndex, offsetBy: place)
            for piece in ["\"", "\\", "&", "<", "\n", "\r\n", "\r", "\r\u{85}\n", "£", "’", "x"] {
                let text = String(plain[..<at]) + piece + String(plain[at...]) + piece + plain
                #expect(MarkdownText.quotedTitle(text) == Self.referenceQuotedTitle(text), "\(Array(text.unicodeScalars))")
                #expect(MarkdownText.quotedTitle(String(plain[..<at]) + piece) == Self.referenceQuotedTitle(String(plain[..<at]) + piece))
            }
        }
    }

    static func isUnchangedByEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { MarkdownText.isUnchangedByEscaping($0) }
    }

    /// The escape as it was written on Unicode scalars.
    static func referenceEscape(_ text: String) -> String {
        var out = ""
        var atLineStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out.unicodeScalars.append(" ")
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "{", "}", "$":
                out.unicodeScalars.append("\\")
            case "#", "+", "-", "=", "!":
                if atLineStart { out.unicodeScalars.append("\\") }
            default:
                break
            }
            out.unicodeScalars.append(scalar)
            if !scalar.properties.isWhitespace { atLineStart = false }
        }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return out }
        let rest = out.dropFirst(digits.count)
        guard let next = rest.first, next == "." || next == ")" else { return out }
        return digits + "\\" + rest
    }

    /// The title as it was written, byte by byte into an array.
    static func referenceQuotedTitle(_ title: String) -> String {
        var out: [UInt8] = []
        var afterReturn = false
        for byte in title.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "&"), UInt8(ascii: "<"): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\n") where !afterReturn: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
            afterReturn = byte == UInt8(ascii: "\r")
        }
        return String(decoding: out, as: UTF8.self)
    }
}
