/// The few exact HTML comments our page builders write into Markdown that become HTML on the page.
///
/// Corpus text is always escaped (`MarkdownText`), so it cannot produce these comments; and each marker
/// is matched whole, with ids limited to `[a-z0-9-]`, so nothing else passes.
public enum TrustedMarker {
    /// An anchor other pages link to: `[](dossier:anchor:s12)` → `<a id="s12"></a>`.
    /// A link, not an HTML comment, because a comment at the start of a paragraph would swallow the paragraph
    /// as an HTML block; in other Markdown tools it shows as nothing.
    public static func anchor(_ id: String) -> String {
        var marker = ""
        appendAnchor(id, into: &marker)
        return marker
    }

    /// `anchor(_:)` appended to `markdown`, without a string of its own (a source page has one per sentence).
    public static func appendAnchor(_ id: String, into markdown: inout String) {
        markdown += "[]("
        markdown += anchorScheme
        markdown += safeID(id)
        markdown += ")"
    }

    static let anchorScheme = "dossier:anchor:"

    /// The anchor HTML for a marker link's URL, when it is one.
    static func anchorHTML(forLinkURL url: String) -> String? {
        var url = url
        return url.withUTF8 { bytes in
            anchorID(inLinkURL: bytes).map { String(decoding: anchorOpening + $0 + anchorClosing, as: UTF8.self) }
        }
    }

    /// The id of a marker link's URL (UTF-8), when it is one: the bytes after the scheme, at least one, all `[a-z0-9-]`.
    /// Its anchor HTML is `anchorOpening`, the id, `anchorClosing`.
    static func anchorID(inLinkURL url: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>>? {
        guard url.count > anchorSchemeUTF8.count, url.starts(with: anchorSchemeUTF8) else { return nil }
        let id = url[anchorSchemeUTF8.count...]
        guard id.allSatisfy(isIDByte) else { return nil }
        return id
    }

    private static let anchorSchemeUTF8 = Array(anchorScheme.utf8)
    static let anchorOpening = Array("<a id=\"".utf8)
    static let anchorClosing = Array("\" class=\"anchor\"></a>".utf8)
    /// Opens a folded block: its summary is the text of the fragment named `summaryFragment`.
    public static func foldOpen(_ summaryFragment: String) -> String { "<!--dossier:fold \(safeID(summaryFragment))-->" }
    /// Closes a folded block.
    public static let foldClose = "<!--dossier:endfold-->"
    /// A block of trusted HTML made and escaped by the page builder.
    public static func fragment(_ name: String) -> String { "<!--dossier:fragment \(safeID(name))-->" }

    static func html(for literal: String, fragments: [String: String]) -> String? {
        let text = literal.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--dossier:"), text.hasSuffix("-->") else { return nil }
        let inner = text.dropFirst("<!--dossier:".count).dropLast(3)
        let parts = inner.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1] : ""
        if !argument.isEmpty && safeID(argument) != argument { return nil }
        switch parts.first {
        case "fold" where !argument.isEmpty:
            return "<details class=\"fold\"><summary>\(fragments[argument] ?? "More")</summary>\n"
        case "endfold" where argument.isEmpty:
            return "</details>\n"
        case "fragment" where !argument.isEmpty:
            return fragments[argument].map { $0 + "\n" }
        default:
            return nil
        }
    }

    /// Keeps only `a-z`, `0-9` and `-`.
    /// An id that is already safe (every id our pages make) comes back as it is, found so on its bytes.
    static func safeID(_ id: String) -> String {
        if id.utf8.allSatisfy(isIDByte) { return id }
        return String(id.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }
}

import Foundation
