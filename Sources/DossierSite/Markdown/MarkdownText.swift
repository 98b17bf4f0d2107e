import DossierCore
/// Escaping of untrusted text for Markdown, so corpus text reads as text and never as markup or HTML.
public enum MarkdownText {
    /// Inline text: every character with a meaning in CommonMark or GFM is backslash-escaped;
    /// line breaks become spaces, so the text stays inside its paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var atLineStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                out.append(" ")
                continue
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "{", "}", "$":
                out.append("\\")
                out.append(scalar)
            case "#", "+", "-", "=", "!":
                if atLineStart { out.append("\\") }
                out.append(scalar)
            default:
                out.append(scalar)
            }
            if !scalar.isWhitespaceFast { atLineStart = false }
        }
        return escapeLeadingListNumber(String(out))
    }

    /// A link `[text](url "title")` with escaped text and title; `url` must be one we built.
    public static func link(_ text: String, to url: String, title: String? = nil) -> String {
        let label = escape(text)
        guard let title else { return "[\(label)](\(url))" }
        let quoted = title.replacingEvery("\\", with: "\\\\").replacingEvery("\"", with: "\\\"").replacingEvery("\n", with: " ")
        return "[\(label)](\(url) \"\(escapeEntities(quoted))\")"
    }

    /// `1. text` at the start would become a numbered list: escape the dot or parenthesis.
    private static func escapeLeadingListNumber(_ text: String) -> String {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let next = rest.first, next == "." || next == ")" else { return text }
        return digits + "\\" + rest
    }

    private static func escapeEntities(_ text: String) -> String {
        text.replacingEvery("&", with: "\\&").replacingEvery("<", with: "\\<")
    }
}

import Foundation
