import Glibc

/// The HTML of a bullet list of text and links as the page builders write them, written here without cmark-gfm: a
/// person page's lists (roles, mentions, quotes, people mentioned alongside) are a fifth of the site's Markdown, most of
/// it the sentences in their links' titles, which cmark-gfm scans, copies, unescapes twice and escapes again.
///
/// The list must be lines `- ` and an item, nothing between them: each item one paragraph of a tight list. An item is
/// text and inline links `[text](url)` or `[text](url "title")`, as `MarkdownText.appendLink` writes them: the URL of
/// the bytes `[A-Za-z0-9._/#%-]` (so cmark-gfm's `cmark_clean_url` and `houdini_escape_href` leave it as it is; it is
/// rewritten as `LinkRewriter` rewrites it), the title in double quotes. Anything the direct path is not sure of makes
/// the list be converted by cmark-gfm:
/// - in text (a link's or between links): an unescaped byte that could start an inline other than a link (`` ` ``, `*`,
///   `_`, `&`, `<`, `]` outside a link, `[` inside one, `!` before `[`), a backslash before anything but ASCII punctuation
///   (or at the end), what cmark-gfm's extensions could make something of (`~`, `@`, `://`, `www.`), NUL or a return;
/// - an item starting with anything that could start another block (white space, `#`, `>`, a list marker, a number
///   and `.` or `)`, a footnote definition's `[^`, …) or ending with white space;
/// - in a title: what could be an entity (`&`, letters and digits, `;`; a numeric reference is decoded as cmark-gfm
///   decodes it), NUL, a return, or a backslash before its closing quote (cmark-gfm's title scanner takes the longest match, which could then run on
///   to a later quote); space, a quote or anything but `)` after the title.
/// Each item is then `<li>`, its text escaped as cmark-gfm escapes text (`&`, `<`, `>`, `"`; a backslash before ASCII
/// punctuation is the punctuation), each link `<a href="URL" title="TITLE">TEXT</a>` (the title unescaped as
/// `cmark_clean_title` does, then escaped; no title attribute for an empty title), and `</li>`, in `<ul>` and `</ul>`.
enum LinkLists {
    /// The HTML of `list` (its lines, the last one's line end included), NUL-terminated, or nil when it is not such a
    /// list. Written through a pointer into room for the most it can be (six bytes for a byte of text or title,
    /// `&quot;`; a link's and an item's tags take less than that for the bytes they stand for).
    static func html(of list: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard let base = list.baseAddress, list.count > 3, list[list.count - 1] == lineFeed else { return nil }
        var converted = true
        let html = [UInt8](unsafeUninitializedCapacity: list.count * 6 + 32) { buffer, initialized in
            var out = buffer.baseAddress!
            write(listOpening, to: &out)
            kinds.withUnsafeBufferPointer { kinds in
                var lineStart = 0
                while lineStart < list.count {
                    let lineEnd = memchr(base + lineStart, Int32(lineFeed), list.count - lineStart)
                        .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? list.count
                    guard writeItem(UnsafeBufferPointer(rebasing: list[lineStart..<lineEnd]), kinds: kinds, to: &out) else {
                        converted = false
                        return
                    }
                    lineStart = lineEnd + 1
                }
            }
            write(listClosing, to: &out)
            out.pointee = 0
            out += 1
            initialized = converted ? out - buffer.baseAddress! : 0
        }
        return converted ? html : nil
    }

    /// Writes one item's HTML at `out` (and moves it past it); false when the line is not an item as described.
    private static func writeItem(_ line: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>,
                                  to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        guard line.count > 2, line[0] == UInt8(ascii: "-"), line[1] == space, startsParagraph(line, at: 2),
              !(line.count > 3 && line[2] == UInt8(ascii: "[") && line[3] == UInt8(ascii: "^")),
              !isSpace(line[line.count - 1]) else { return false }
        write(itemOpening, to: &out)
        var index = 2
        while index < line.count {
            guard writeText(line, from: &index, inLink: false, kinds: kinds, to: &out) else { return false }
            if index < line.count {
                guard writeLink(line, from: &index, kinds: kinds, to: &out) else { return false }
            }
        }
        write(itemClosing, to: &out)
        return true
    }

    /// Whether an item's text starting at `index` is a paragraph's, starting no other block: a letter, a digit not
    /// followed by more digits and `.` or `)` (an ordered list), a link's `[`, a backslash escape, a quote, `(`, or a
    /// byte beyond ASCII.
    private static func startsParagraph(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let first = line[index]
        if first >= 0x80 || isLetter(first) || first == UInt8(ascii: "[") || first == backslash || first == UInt8(ascii: "(")
            || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            return true
        }
        guard isDigit(first) else { return false }
        var end = index
        while end < line.count, isDigit(line[end]) { end += 1 }
        return end == line.count || (line[end] != UInt8(ascii: ".") && line[end] != UInt8(ascii: ")"))
    }

    /// Writes the text from `index` on, escaped, up to a link's `[` (outside a link), its `]` (inside one), or the line's
    /// end, and moves `index` there; false at a byte the text may not hold (see the type's description). Runs of bytes
    /// written as they are pass eight at a time while none of the eight is one to look at (their kinds or'ed).
    private static func writeText(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, inLink: Bool,
                                  kinds: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let end = line.count
        let bytes = line.baseAddress!
        while true {
            let runStart = index
            while index + 8 <= end {
                let eight = bytes + index
                let stops = kinds[Int(eight[0])] | kinds[Int(eight[1])] | kinds[Int(eight[2])] | kinds[Int(eight[3])]
                    | kinds[Int(eight[4])] | kinds[Int(eight[5])] | kinds[Int(eight[6])] | kinds[Int(eight[7])]
                guard stops & textStop == 0 else { break }
                index += 8
            }
            while index < end, kinds[Int(bytes[index])] & textStop == 0 { index += 1 }
            if index > runStart {
                out.update(from: bytes + runStart, count: index - runStart)
                out += index - runStart
            }
            guard index < end else { return !inLink }
            let byte = bytes[index]
            switch byte {
            case backslash:
                guard index + 1 < end, isASCIIPunctuation(bytes[index + 1]) else { return false }
                writeEscaped(bytes[index + 1], to: &out)
                index += 2
            case UInt8(ascii: "["):
                // A link's start, not after `!` (an image), not inside another link.
                return !inLink && !(index > 0 && bytes[index - 1] == UInt8(ascii: "!"))
            case UInt8(ascii: "]"):
                return inLink
            case UInt8(ascii: ">"), UInt8(ascii: "\""):
                writeEscaped(byte, to: &out)
                index += 1
            case UInt8(ascii: ":"):
                // `://` may be an address the autolink extension links.
                if index + 2 < end, bytes[index + 1] == slash, bytes[index + 2] == slash { return false }
                out.pointee = byte
                out += 1
                index += 1
            case UInt8(ascii: "."):
                // So may `www.`.
                if index >= 3, bytes[index - 3] == w, bytes[index - 2] == w, bytes[index - 1] == w { return false }
                out.pointee = byte
                out += 1
                index += 1
            default:
                // `` ` ``, `*`, `_`, `&`, `<`, `~`, `@`, `!` (looked at for a `[` after it), NUL, a return.
                guard byte == UInt8(ascii: "!") else { return false }
                out.pointee = byte
                out += 1
                index += 1
            }
        }
    }

    /// Writes the link whose `[` is at `index` and moves `index` past its `)`; false when it is not a link as the page
    /// builders write it. Its text is found first (the first `]` that no backslash escapes, no `[` before it), as the
    /// HTML has the URL and the title before the text.
    private static func writeLink(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, kinds: UnsafeBufferPointer<UInt8>,
                                  to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let end = line.count
        let bytes = line.baseAddress!
        let textStart = index + 1
        var textEnd = textStart
        while textEnd < end, bytes[textEnd] != UInt8(ascii: "]") {
            switch bytes[textEnd] {
            case backslash where textEnd + 1 < end && isASCIIPunctuation(bytes[textEnd + 1]): textEnd += 2
            case UInt8(ascii: "["): return false
            default: textEnd += 1
            }
        }
        // `](`, then the URL up to a space or `)`.
        let urlStart = textEnd + 2
        guard urlStart < end, bytes[textEnd + 1] == UInt8(ascii: "(") else { return false }
        var urlEnd = urlStart
        while urlEnd < end, kinds[Int(bytes[urlEnd])] & urlByte != 0 { urlEnd += 1 }
        guard urlEnd > urlStart, urlEnd < end else { return false }
        write(linkOpening, to: &out)
        LinkRewriter.writeHTMLLink(forUTF8: UnsafeBufferPointer(rebasing: line[urlStart..<urlEnd]), to: &out)
        var after = urlEnd
        if bytes[urlEnd] == space {
            guard urlEnd + 2 < end, bytes[urlEnd + 1] == UInt8(ascii: "\"") else { return false }
            after = urlEnd + 2
            guard writeTitle(line, from: &after, kinds: kinds, to: &out) else { return false }
        }
        guard after < end, bytes[after] == UInt8(ascii: ")") else { return false }
        write(linkTextOpening, to: &out)
        var text = textStart
        guard writeText(line, from: &text, inLink: true, kinds: kinds, to: &out), text == textEnd else { return false }
        write(linkClosing, to: &out)
        index = after + 1
        return true
    }

    /// Writes the title whose text starts at `index` (after its opening quote) as its attribute, unescaped as
    /// `cmark_clean_title` unescapes it (character references first, none of which may be there, then backslash
    /// escapes) and escaped as cmark-gfm escapes text, and moves `index` past its closing quote; false when the title
    /// is not one the direct path is sure of.
    private static func writeTitle(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, kinds: UnsafeBufferPointer<UInt8>,
                                   to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let end = line.count
        let bytes = line.baseAddress!
        // An empty title is no attribute.
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            return true
        }
        write(titleOpening, to: &out)
        while true {
            let runStart = index
            while index + 8 <= end {
                let eight = bytes + index
                let stops = kinds[Int(eight[0])] | kinds[Int(eight[1])] | kinds[Int(eight[2])] | kinds[Int(eight[3])]
                    | kinds[Int(eight[4])] | kinds[Int(eight[5])] | kinds[Int(eight[6])] | kinds[Int(eight[7])]
                guard stops & titleStop == 0 else { break }
                index += 8
            }
            while index < end, kinds[Int(bytes[index])] & titleStop == 0 { index += 1 }
            if index > runStart {
                out.update(from: bytes + runStart, count: index - runStart)
                out += index - runStart
            }
            guard index < end else { return false }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard bytes[index - 1] != backslash else { return false }
                index += 1
                return true
            case backslash where index + 1 < end && bytes[index + 1] == ampersand, ampersand:
                // Character references are decoded before backslash escapes are undone (`\&#233;` is `\é`): the rest
                // of the title is written so (`writeTitle(withReferencesFrom:)`).
                return writeTitle(withReferencesFrom: line, at: &index, to: &out)
            case backslash:
                // `cmark_strbuf_unescape`: a backslash before ASCII punctuation is dropped, any other stays.
                if index + 1 < end, isASCIIPunctuation(bytes[index + 1]) {
                    writeEscaped(bytes[index + 1], to: &out)
                    index += 2
                } else {
                    writeEscaped(byte, to: &out)
                    index += 1
                }
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                writeEscaped(byte, to: &out)
                index += 1
            default:
                // NUL, a return.
                return false
            }
        }
    }

    /// A byte of text as cmark-gfm writes it (`houdini_escape_html0`, not secure).
    static func writeEscaped(_ byte: UInt8, to out: inout UnsafeMutablePointer<UInt8>) {
        switch byte {
        case UInt8(ascii: "&"): write(escapedAmpersand, to: &out)
        case UInt8(ascii: "<"): write(lessThan, to: &out)
        case UInt8(ascii: ">"): write(greaterThan, to: &out)
        case UInt8(ascii: "\""): write(quote, to: &out)
        default:
            out.pointee = byte
            out += 1
        }
    }

    private static func write(_ text: StaticString, to out: inout UnsafeMutablePointer<UInt8>) {
        out.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        out += text.utf8CodeUnitCount
    }

    /// What each byte is, as bits: where a run of text stops (`textStop`), where a run of a title stops (`titleStop`),
    /// and whether it may be in a URL (`urlByte`).
    private static let kinds: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        var kind: UInt8 = 0
        if "\\[]&<>\"`*_~@!:.".utf8.contains(byte) || byte == 0 || byte == carriageReturn { kind |= textStop }
        if "\\\"&<>".utf8.contains(byte) || byte == 0 || byte == carriageReturn { kind |= titleStop }
        if isLetter(byte) || isDigit(byte) || "._/#%-".utf8.contains(byte) { kind |= urlByte }
        return kind
    }
    private static let textStop: UInt8 = 1
    private static let titleStop: UInt8 = 2
    private static let urlByte: UInt8 = 4

    /// `cmark_ispunct`: the ASCII punctuation a backslash escapes.
    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// `cmark_isspace`.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == space || (0x09...0x0D).contains(byte)
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static let listOpening: StaticString = "<ul>\n"
    private static let listClosing: StaticString = "</ul>\n"
    private static let itemOpening: StaticString = "<li>"
    private static let itemClosing: StaticString = "</li>\n"
    private static let linkOpening: StaticString = "<a href=\""
    private static let titleOpening: StaticString = "\" title=\""
    private static let linkTextOpening: StaticString = "\">"
    private static let linkClosing: StaticString = "</a>"
    private static let escapedAmpersand: StaticString = "&amp;"
    private static let lessThan: StaticString = "&lt;"
    private static let greaterThan: StaticString = "&gt;"
    private static let quote: StaticString = "&quot;"
    private static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    static let backslash = UInt8(ascii: "\\")
    static let ampersand = UInt8(ascii: "&")
    private static let slash = UInt8(ascii: "/")
    private static let w = UInt8(ascii: "w")
}
