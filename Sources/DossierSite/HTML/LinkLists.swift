import Glibc

/// The HTML of a bullet list of text and links as the page builders write them, written here without cmark-gfm: a
/// person page's lists (roles, mentions, quotes, people mentioned alongside) are a fifth of the site's Markdown, most of
/// it the sentences in their links' titles.
///
/// The list must be lines `- ` and an item, nothing between them: each item one paragraph of a tight list, its text
/// and links as `InlineHTML` writes them. An item starting with anything that could start another block (white space,
/// `#`, `>`, a list marker, a number and `.` or `)`, a footnote definition's `[^`, …) or ending with white space, or
/// whose text `InlineHTML` is not sure of, makes the list be converted by cmark-gfm. Each item is `<li>`, its HTML and
/// `</li>`, in `<ul>` and `</ul>`.
enum LinkLists {
    /// The HTML of `list` (its lines, the last one's line end included), NUL-terminated, or nil when it is not such a
    /// list. Written through a pointer into room for the most it can be (six bytes for a byte of text or title,
    /// `&quot;`; a link's and an item's tags take less than that for the bytes they stand for).
    static func html(of list: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = list.baseAddress, list.count > 3, list[list.count - 1] == lineFeed else { return nil }
        var converted = true
        let html = [UInt8](unsafeUninitializedCapacity: list.count * 6 + 32) { buffer, initialized in
            var out = buffer.baseAddress!
            InlineHTML.write(listOpening, to: &out)
            var lineStart = 0
            while lineStart < list.count {
                let lineEnd = memchr(base + lineStart, Int32(lineFeed), list.count - lineStart)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? list.count
                guard writeItem(UnsafeBufferPointer(rebasing: list[lineStart..<lineEnd]), to: &out) else {
                    converted = false
                    break
                }
                lineStart = lineEnd + 1
            }
            InlineHTML.write(listClosing, to: &out)
            out.pointee = 0
            out += 1
            initialized = converted ? out - buffer.baseAddress! : 0
        }
        return converted ? html : nil
    }

    /// Writes one item's HTML at `out` (and moves it past it); false when the line is not an item as described.
    private static func writeItem(_ line: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        guard line.count > 2, line[0] == UInt8(ascii: "-"), line[1] == space, startsParagraph(line, at: 2),
              !(line.count > 3 && line[2] == UInt8(ascii: "[") && line[3] == UInt8(ascii: "^")),
              !isSpace(line[line.count - 1]) else { return false }
        InlineHTML.write(itemOpening, to: &out)
        guard InlineHTML.write(line, from: 2, to: &out) else { return false }
        InlineHTML.write(itemClosing, to: &out)
        return true
    }

    /// Whether an item's text starting at `index` is a paragraph's, starting no other block: a letter, a digit not
    /// followed by more digits and `.` or `)` (an ordered list), a link's `[`, a backslash escape, a quote, `(`, `**`
    /// before a letter or digit, or a byte beyond ASCII.
    static func startsParagraph(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let first = line[index]
        if first >= 0x80 || InlineHTML.isLetter(first) || first == UInt8(ascii: "[") || first == InlineHTML.backslash || first == UInt8(ascii: "(")
            || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return true
        }
        // A strong emphasis's `**` before a letter or digit: neither a list marker nor a thematic break.
        if first == UInt8(ascii: "*") {
            return index + 2 < line.count && line[index + 1] == first && (InlineHTML.isLetter(line[index + 2]) || InlineHTML.isDigit(line[index + 2]))
        }
        guard InlineHTML.isDigit(first) else { return false }
        var end = index
        while end < line.count, InlineHTML.isDigit(line[end]) { end += 1 }
        return end == line.count || (line[end] != UInt8(ascii: ".") && line[end] != UInt8(ascii: ")"))
    }

    /// `cmark_isspace`.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || (0x09...0x0D).contains(byte)
    }

    private static let listOpening: StaticString = "<ul>\n"
    private static let listClosing: StaticString = "</ul>\n"
    private static let itemOpening: StaticString = "<li>"
    private static let itemClosing: StaticString = "</li>\n"
    private static let lineFeed = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
}
