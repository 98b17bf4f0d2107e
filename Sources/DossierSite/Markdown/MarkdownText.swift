import DossierCore
/// Escaping of untrusted text for Markdown, so corpus text reads as text and never as markup or HTML.
public enum MarkdownText {
    /// Inline text: every character with a meaning in CommonMark or GFM is backslash-escaped;
    /// line breaks become spaces, so the text stays inside its paragraph, list item or table cell.
    public static func escape(_ text: String) -> String {
        guard !text.isEmpty else { return "" }
        var text = text
        // Written byte by byte into the new string's own storage: at most two bytes out for each byte in. Most corpus
        // text has nothing to escape: it is handed back as it is, not copied.
        let escaped = text.withUTF8 { bytes -> String? in
            guard !isUnchangedByEscaping(bytes) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count * 2) { out in escape(bytes, into: out) }
        }
        guard let escaped else { return text }
        guard let first = escaped.utf8.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return escaped }
        return escapeLeadingListNumber(escaped)
    }

    /// `markdown += escape(text)`, without the escaped string when it would be the text itself (most corpus text):
    /// `escape` hands such a text back, a retain and a release of its storage per call, and a source page escapes every
    /// sentence of its article.
    public static func appendEscaped(_ text: String, to markdown: inout String) {
        if text.withBorrowedUTF8({ isUnchangedByEscaping($0) }) {
            markdown += text
        } else {
            markdown += escape(text)
        }
    }

    /// Whether `escape` would give the text back as it is: it starts with a character that is not white space, a
    /// digit or a mark (so no mark is at a line start and no list number is read), and holds no mark escaped anywhere
    /// and no line break. A text starting beyond ASCII is not looked at (it may start with white space).
    /// Eight bytes at a time are read through `unchangedKinds` with no branch between them: only eight holding a mark or
    /// the lead byte of a line break beyond ASCII are looked at byte by byte.
    static func isUnchangedByEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first < 0x80, !isMarked(first, in: changedAtStart) else { return false }
        return unchangedKinds.withUnsafeBufferPointer { kinds in
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    var found: UInt8 = 0
                    for offset in 0..<8 { found |= kinds[Int(bytes[index + offset])] }
                    if found == 0 {
                        index += 8
                        continue
                    }
                }
                let end = min(index + 8, bytes.count)
                while index < end {
                    switch kinds[Int(bytes[index])] {
                    case changed:
                        return false
                    case mayBeLineBreak where bytes[index] == 0xC2:
                        // U+0085 (next line).
                        if index + 1 < bytes.count, bytes[index + 1] == 0x85 { return false }
                    case mayBeLineBreak:
                        // U+2028, U+2029 (line and paragraph separators).
                        if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                            return false
                        }
                    default:
                        break
                    }
                    index += 1
                }
            }
            return true
        }
    }

    /// What `isUnchangedByEscaping` makes of each byte: `changed` (a mark changed wherever it is), `mayBeLineBreak` (the
    /// lead byte of a line break beyond ASCII: C2, E2) or 0.
    private static let unchangedKinds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        if byte < 0x80 { return isMarked(UInt8(byte), in: changedAnywhere) ? changed : 0 }
        return byte == 0xC2 || byte == 0xE2 ? mayBeLineBreak : 0
    }
    private static let changed: UInt8 = 1
    private static let mayBeLineBreak: UInt8 = 2

    /// ASCII bytes as two 64-bit masks (bytes 0–63, 64–127).
    private typealias ByteSet = (low: UInt64, high: UInt64)

    private static func byteSet(_ text: String) -> ByteSet {
        text.utf8.reduce((low: 0, high: 0)) { set, byte in
            precondition(byte < 0x80, "a mark is ASCII")
            return byte < 64 ? (set.low | 1 << UInt64(byte), set.high) : (set.low, set.high | 1 << UInt64(byte - 64))
        }
    }

    private static func union(_ sets: ByteSet...) -> ByteSet {
        sets.reduce((low: 0, high: 0)) { ($0.low | $1.low, $0.high | $1.high) }
    }

    private static func isMarked(_ byte: UInt8, in set: ByteSet) -> Bool {
        byte < 64 ? set.low & (1 << UInt64(byte)) != 0 : set.high & (1 << UInt64(byte - 64)) != 0
    }

    // The marks, each written once: `escape` and `isUnchangedByEscaping` read the same sets, as do `quotedTitle` and
    // its check, so that a mark added to one is added to both.

    /// Line breaks: written as spaces.
    private static let lineBreaks = byteSet("\n\r\u{0B}\u{0C}")
    /// Marks a backslash is put before wherever they are.
    private static let escapedAnywhere = byteSet("\\`*_[]<>|~&{}$")
    /// Marks a backslash is put before at the start of a line (after white space only).
    private static let escapedAtLineStart = byteSet("#+-=!")
    /// The bytes `escape` changes wherever they are.
    private static let changedAnywhere = union(lineBreaks, escapedAnywhere)
    /// Those, and the bytes a text may not start with to be left as it is: white space keeps the line start, the marks
    /// escaped there, a digit may start a list number.
    private static let changedAtStart = union(changedAnywhere, escapedAtLineStart, byteSet(" \t0123456789"))

    /// `escape` on UTF-8: every mark is ASCII, and other characters are copied whole (the three line breaks beyond ASCII
    /// become spaces). Returns how many bytes it wrote.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let (lineBreaks, escapedAnywhere, escapedAtLineStart) = (lineBreaks, escapedAnywhere, escapedAtLineStart)
        var written = 0
        var atLineStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x80 else {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let second = bytes[index + 1]
                // U+0085 (next line), U+2028 (line separator), U+2029 (paragraph separator).
                if (byte == 0xC2 && second == 0x85) || (byte == 0xE2 && second == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)) {
                    out[written] = space
                    written += 1
                } else {
                    if atLineStart, !isWhitespace(bytes, at: index) { atLineStart = false }
                    for offset in 0..<length { out[written + offset] = bytes[index + offset] }
                    written += length
                }
                index += length
                continue
            }
            index += 1
            if isMarked(byte, in: lineBreaks) {
                out[written] = space
                written += 1
                continue
            }
            if isMarked(byte, in: escapedAnywhere) || (atLineStart && isMarked(byte, in: escapedAtLineStart)) {
                out[written] = backslash
                written += 1
            }
            out[written] = byte
            written += 1
            if byte != space, byte != UInt8(ascii: "\t") { atLineStart = false }
        }
        return written
    }

    /// Whether the character beyond ASCII at `index` is white space.
    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        UTF8Scalar.decode(bytes, at: index).scalar.properties.isWhitespace
    }

    /// A link `[text](url "title")` with escaped text and title; `url` must be one we built.
    public static func link(_ text: String, to url: String, title: String? = nil) -> String {
        var link = ""
        appendLink(text, to: url, title: title, into: &link)
        return link
    }

    /// `link(_:to:title:)` appended to `markdown`, without a string of its own.
    public static func appendLink(_ text: String, to url: String, title: String? = nil, into markdown: inout String) {
        appendLink(text, title: title, into: &markdown) { $0 += url }
    }

    /// `link(_:to:title:)` appended to `markdown`, its URL (one we build) written into it by `writeURL`: a link to a
    /// page of the site is written with no string for the link or its target (`SitePath.appendLink`).
    /// The marks after the text are written in as few appends as there are pieces (`"\")` at once): a String append
    /// costs its checks and its copy whatever its length, and the site's pages write 182,000 links on the BBC corpus.
    public static func appendLink(_ text: String, title: String? = nil, into markdown: inout String, url writeURL: (inout String) -> Void) {
        markdown += "["
        appendEscaped(text, to: &markdown)
        markdown += "]("
        writeURL(&markdown)
        if let title {
            markdown += " \""
            markdown += quotedTitle(title)
            markdown += "\")"
        } else {
            markdown += ")"
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let backslash = UInt8(ascii: "\\")

    /// A link title's text inside its double quotes: the quote and the backslash escaped, a line break as a space,
    /// `&` and `<` escaped so that no entity or HTML is read in it. The marks are all ASCII: they are found eight bytes
    /// at a time (`firstTitleMark`), and the runs between them copied whole.
    static func quotedTitle(_ title: String) -> String {
        guard !title.isEmpty else { return "" }
        var title = title
        let quoted = title.withUTF8 { bytes -> String? in
            // A title with none of the marks and no line feed is handed back as it is, not copied.
            guard var mark = firstTitleMark(in: bytes, from: 0) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
                var written = 0
                var runStart = 0
                while true {
                    (out.baseAddress! + written).initialize(from: bytes.baseAddress! + runStart, count: mark - runStart)
                    written += mark - runStart
                    guard mark < bytes.count else { return written }
                    let byte = bytes[mark]
                    if byte != lineFeed {
                        out[written] = backslash
                        out[written + 1] = byte
                        written += 2
                    } else {
                        // A return and line feed stay as they are, as one character (`"\r\n"` is one `Character`).
                        out[written] = mark > 0 && bytes[mark - 1] == UInt8(ascii: "\r") ? lineFeed : space
                        written += 1
                    }
                    runStart = mark + 1
                    mark = firstTitleMark(in: bytes, from: runStart) ?? bytes.count
                }
            }
        }
        return quoted ?? title
    }

    /// Where the first byte `quotedTitle` may change is from `start` on (a mark of `escapedInTitles` or a line feed).
    static func firstTitleMark(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let titleChanged = titleChanged
        return EightBytes.firstIndex(in: bytes, from: start, mayHold: mayHoldTitleMark) {
            $0 < 0x80 && isMarked($0, in: titleChanged)
        }
    }

    /// Marks a backslash is put before in a link title.
    private static let escapedInTitles = byteSet("\\\"&<")
    private static let lineFeed = UInt8(ascii: "\n")
    /// The bytes `quotedTitle` may change: those marks, and a line feed (unless after a return).
    private static let titleChanged = union(escapedInTitles, byteSet("\n"))

    /// Whether `quotedTitle` may change this byte (`firstTitleMark`'s test, with the set read once for all the bytes).
    static func isTitleChanged(_ byte: UInt8) -> Bool {
        byte < 0x80 && isMarked(byte, in: titleChanged)
    }

    /// Whether one of eight bytes is one of `titleChanged`, asked of the word at once: the same bytes, written out
    /// (a mark added to `titleChanged` must be added here; `MarkdownTextBytesTests` compares the two on every byte).
    static func mayHoldTitleMark(_ eight: EightBytes) -> Bool {
        eight.contains(UInt8(ascii: "\\")) || eight.contains(UInt8(ascii: "\"")) || eight.contains(UInt8(ascii: "&"))
            || eight.contains(UInt8(ascii: "<")) || eight.contains(lineFeed)
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
