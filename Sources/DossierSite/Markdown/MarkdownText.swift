import DossierCore
/// Escaping of untrusted text for Markdown, so corpus text reads as text and never as markup or HTML.
public enum MarkdownText {
    /// Inline text: every character with a meaning in CommonMark or GFM is backslash-escaped;
    /// line breaks become spaces, so the text stays inside its paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        // Built as UTF-8 bytes: appending scalar by scalar to a String costs several times more.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var atLineStart = true
        for scalar in text.unicodeScalars {
            guard scalar.isASCII else {
                if scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out.append(space)
                    continue
                }
                out.append(contentsOf: scalar.utf8)
                if !scalar.properties.isWhitespace { atLineStart = false }
                continue
            }
            let byte = UInt8(scalar.value)
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                out.append(space)
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "&"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "$"):
                out.append(backslash)
                out.append(byte)
            case UInt8(ascii: "#"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "="), UInt8(ascii: "!"):
                if atLineStart { out.append(backslash) }
                out.append(byte)
            default:
                out.append(byte)
            }
            if !scalar.isWhitespaceFast { atLineStart = false }
        }
        return escapeLeadingListNumber(String(decoding: out, as: UTF8.self))
    }

    /// A link `[text](url "title")` with escaped text and title; `url` must be one we built.
    public static func link(_ text: String, to url: String, title: String? = nil) -> String {
        let label = escape(text)
        guard let title else { return "[\(label)](\(url))" }
        return "[\(label)](\(url) \"\(quotedTitle(title))\")"
    }

    private static let space = UInt8(ascii: " ")
    private static let backslash = UInt8(ascii: "\\")

    /// A link title's text inside its double quotes: the quote and the backslash escaped, a line break as a space,
    /// `&` and `<` escaped so that no entity or HTML is read in it. Byte by byte: the marks are all ASCII.
    static func quotedTitle(_ title: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(title.utf8.count + 8)
        var afterReturn = false
        for byte in title.utf8 {
            switch byte {
            case backslash, UInt8(ascii: "\""), UInt8(ascii: "&"), UInt8(ascii: "<"):
                out.append(backslash)
                out.append(byte)
            // A return and line feed stay as they are, as one character (`"\r\n"` is one `Character`).
            case UInt8(ascii: "\n") where !afterReturn:
                out.append(space)
            default:
                out.append(byte)
            }
            afterReturn = byte == UInt8(ascii: "\r")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `1. text` at the start would become a numbered list: escape the dot or parenthesis.
    private static func escapeLeadingListNumber(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let next = rest.first, next == "." || next == ")" else { return text }
        return digits + "\\" + rest
    }
}

import Foundation
