import Glibc

/// The HTML of a paragraph's inline text and links as the page builders write them, written here without cmark-gfm
/// (for lists of links, `LinkLists`, and table cells, `TablesApart`): most of it the sentences in the links' titles,
/// which cmark-gfm scans, copies, unescapes twice and escapes again.
///
/// The text is text and inline links `[text](url)` or `[text](url "title")`, as `MarkdownText.appendLink` writes
/// them: the URL of the bytes `[A-Za-z0-9._/#%-]` (so cmark-gfm's `cmark_clean_url` and `houdini_escape_href` leave it
/// as it is; it is rewritten as `LinkRewriter` rewrites it), the title in double quotes; and marker links
/// `[](dossier:anchor:ID)`, written as `HTMLRenderer` rewrites them. Anything the direct path is not sure of makes the
/// caller give the text to cmark-gfm:
/// - in text (a link's or between links): an unescaped byte that could start an inline other than a link (`` ` ``, `*`
///   but that of a strong emphasis as the builders write it (`strongCloser`), `_`, `&`, `<`, `]` outside a link, `[`
///   inside one, `!` before `[`), a backslash before anything but ASCII punctuation
///   (or at the end), what cmark-gfm's extensions could make something of (`~`, `@`, `://`, `www.`), NUL or a return;
/// - in a title: what could be an entity (`&`, letters and digits, `;`; a numeric reference is decoded as cmark-gfm
///   decodes it), NUL, a return, or a backslash before its closing quote (cmark-gfm's title scanner takes the longest
///   match, which could then run on to a later quote); space, a quote or anything but `)` after the title.
/// The text is escaped as cmark-gfm escapes text (`&`, `<`, `>`, `"`; a backslash before ASCII punctuation is the
/// punctuation), each link `<a href="URL" title="TITLE">TEXT</a>` (the title unescaped as `cmark_clean_title` does,
/// then escaped; no title attribute for an empty title). The caller sees to it that the text is a paragraph's (no other
/// block starts there) with no white space at its ends.
enum InlineHTML {
    /// Writes the HTML of `text` from `start` on at `out` (and moves `out` past it); false when the text is not as
    /// described. Needs room for six bytes for each byte of text. `inTableCell`: a marker link is wrapped in `<em>`, as
    /// in a table cell (`HTMLRenderer.rewrite`).
    /// With `footnotes`, a footnote reference `[^sN]` (not before `(` or `[`) is written as cmark-gfm writes it, numbered
    /// by `footnotes` (see `FootnotedTable`); without, it is given up.
    static func write(_ text: UnsafeBufferPointer<UInt8>, from start: Int, inTableCell: Bool = false,
                      footnotes: FootnoteNumbering? = nil, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        kinds.withUnsafeBufferPointer { kinds in
            var index = start
            while index < text.count {
                guard writeText(text, from: &index, inLink: false, kinds: kinds, to: &out) else { return false }
                if index < text.count {
                    if let footnotes, index + 1 < text.count, text[index + 1] == UInt8(ascii: "^") {
                        guard writeFootnoteReference(text, from: &index, numbering: footnotes, to: &out) else { return false }
                        continue
                    }
                    guard writeLink(text, from: &index, inTableCell: inTableCell, kinds: kinds, to: &out) else { return false }
                }
            }
            return true
        }
    }

    /// Writes the footnote reference `[^sN]` at `index` (N digits, not starting with 0) and moves `index` past it.
    private static func writeFootnoteReference(_ text: UnsafeBufferPointer<UInt8>, from index: inout Int, numbering: FootnoteNumbering,
                                               to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let digitsStart = index + 3
        guard digitsStart < text.count, text[index + 2] == UInt8(ascii: "s"), text[digitsStart] != UInt8(ascii: "0") else { return false }
        var end = digitsStart
        var label = 0
        while end < text.count, end - digitsStart < 9, isDigit(text[end]) {
            label = label * 10 + Int(text[end] - UInt8(ascii: "0"))
            end += 1
        }
        guard end > digitsStart, end < text.count, text[end] == UInt8(ascii: "]") else { return false }
        if end + 1 < text.count, text[end + 1] == UInt8(ascii: "(") || text[end + 1] == UInt8(ascii: "[") { return false }
        let (number, count) = numbering.reference(label)
        write(footnoteOpening, to: &out)
        FootnotedTable.writeNumber(label, to: &out)
        write(footnoteID, to: &out)
        FootnotedTable.writeNumber(label, to: &out)
        if count > 1 {
            out.pointee = UInt8(ascii: "-")
            out += 1
            FootnotedTable.writeNumber(count, to: &out)
        }
        write(footnoteNumber, to: &out)
        FootnotedTable.writeNumber(number, to: &out)
        write(footnoteClosing, to: &out)
        index = end + 1
        return true
    }

    /// Writes the text from `index` on, escaped, up to a link's `[` (outside a link), its `]` (inside one), or the line's
    /// end, and moves `index` there; false at a byte the text may not hold (see the type's description). Runs of bytes
    /// written as they are pass eight at a time while none of the eight is one to look at (their kinds or'ed).
    private static func writeText(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, inLink: Bool,
                                  kinds: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let end = line.count
        let bytes = line.baseAddress!
        while true {
            copyRun(bytes, from: &index, to: end, until: textStop, kinds: kinds, to: &out)
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
            case star where !inLink:
                // Strong emphasis as the page builders write it (`**Outlet**`, `**no-date**: …`).
                guard let close = strongCloser(line, openingAt: index) else { return false }
                write(strongOpening, to: &out)
                var inner = index + 2
                guard writeText(UnsafeBufferPointer(rebasing: line[..<close]), from: &inner, inLink: false, kinds: kinds, to: &out),
                      inner == close else { return false }
                write(strongClosing, to: &out)
                index = close + 2
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

    /// Where the `**` closing a strong emphasis opened by the `**` at `index` is, when cmark-gfm's delimiter rules
    /// surely pair the two and nothing else: the opener after the text's start or a space and before an ASCII letter,
    /// digit or punctuation but `*` and `_` (left-flanking only), the closer the next `*` of the text (no `_` before it), exactly two, after an ASCII
    /// letter or digit and before the end, a space or `:` (right-flanking only), or after `.,:;!?)'"`, `…` or `”` and
    /// before the end, a space or `:`. Any other `*` makes the text be given up.
    private static func strongCloser(_ line: UnsafeBufferPointer<UInt8>, openingAt index: Int) -> Int? {
        let bytes = line.baseAddress!
        guard index + 2 < line.count else { return nil }
        let next = bytes[index + 2]
        guard bytes[index + 1] == star, isLetter(next) || isDigit(next) || (isASCIIPunctuation(next) && next != star && next != UInt8(ascii: "_")),
              index == 0 || bytes[index - 1] == space else { return nil }
        var close = index + 2
        while close < line.count, bytes[close] != star, bytes[close] != UInt8(ascii: "_") { close += 1 }
        guard close + 1 < line.count, bytes[close] == star, bytes[close + 1] == star else { return nil }
        let before = bytes[close - 1]
        let after: UInt8? = close + 2 < line.count ? bytes[close + 2] : nil
        if isLetter(before) || isDigit(before) {
            return after == nil || after == space || after == UInt8(ascii: ":") ? close : nil
        }
        // After punctuation (ASCII, or `…` or `”`, as the figures' labels end) the closer may open too, but pairs with
        // the opener all the same (two and two, the opener not closing).
        let afterPunctuation = ".,:;!?)'\"".utf8.contains(before)
            || (close >= index + 5 && bytes[close - 3] == 0xE2 && bytes[close - 2] == 0x80 && (before == 0xA6 || before == 0x9D))
        return afterPunctuation && (after == nil || after == space || after == UInt8(ascii: ":")) ? close : nil
    }

    /// Writes the link whose `[` is at `index` and moves `index` past its `)`; false when it is not a link as the page
    /// builders write it. Its text is found first (the first `]` that no backslash escapes, no `[` before it), as the
    /// HTML has the URL and the title before the text.
    private static func writeLink(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, inTableCell: Bool,
                                  kinds: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let end = line.count
        let bytes = line.baseAddress!
        if writeAnchor(line, from: &index, inTableCell: inTableCell, to: &out) { return true }
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

    /// Writes the marker link `[](dossier:anchor:ID)` at `index` (an id of `[a-z0-9-]`) as its anchor and moves
    /// `index` past it; false, with nothing written, when there is none there.
    private static func writeAnchor(_ line: UnsafeBufferPointer<UInt8>, from index: inout Int, inTableCell: Bool,
                                    to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        let bytes = line.baseAddress!
        guard line.count - index > anchorPrefix.count,
              anchorPrefix.withUnsafeBufferPointer({ memcmp(bytes + index, $0.baseAddress!, $0.count) == 0 }) else { return false }
        let idStart = index + anchorPrefix.count
        var idEnd = idStart
        while idEnd < line.count, isIDByte(bytes[idEnd]) { idEnd += 1 }
        guard idEnd > idStart, idEnd < line.count, bytes[idEnd] == UInt8(ascii: ")") else { return false }
        if inTableCell { write(emphasisOpening, to: &out) }
        write(SentenceParagraphs.anchorOpening, to: &out)
        out.update(from: bytes + idStart, count: idEnd - idStart)
        out += idEnd - idStart
        write(SentenceParagraphs.anchorClosing, to: &out)
        if inTableCell { write(emphasisClosing, to: &out) }
        index = idEnd + 1
        return true
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
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
            copyRun(bytes, from: &index, to: end, until: titleStop, kinds: kinds, to: &out)
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

    /// Copies the bytes from `index` up to the first whose kind has a bit of `stop` (or `end`), leaving `index` there:
    /// eight bytes at a time while none of the eight is one to stop at (their kinds or'ed, no branch between them),
    /// then byte by byte.
    @inline(__always)
    static func copyRun(_ bytes: UnsafePointer<UInt8>, from index: inout Int, to end: Int, until stop: UInt8,
                        kinds: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) {
        let runStart = index
        while index + 8 <= end {
            let eight = bytes + index
            let stops = kinds[Int(eight[0])] | kinds[Int(eight[1])] | kinds[Int(eight[2])] | kinds[Int(eight[3])]
                | kinds[Int(eight[4])] | kinds[Int(eight[5])] | kinds[Int(eight[6])] | kinds[Int(eight[7])]
            guard stops & stop == 0 else { break }
            index += 8
        }
        while index < end, kinds[Int(bytes[index])] & stop == 0 { index += 1 }
        if index > runStart {
            out.update(from: bytes + runStart, count: index - runStart)
            out += index - runStart
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

    static func write(_ text: StaticString, to out: inout UnsafeMutablePointer<UInt8>) {
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

    private static let anchorPrefix = Array(("[](" + TrustedMarker.anchorScheme).utf8)
    private static let footnoteOpening: StaticString = "<sup class=\"footnote-ref\"><a href=\"#fn-s"
    private static let footnoteID: StaticString = "\" id=\"fnref-s"
    private static let footnoteNumber: StaticString = "\" data-footnote-ref>"
    private static let footnoteClosing: StaticString = "</a></sup>"
    private static let strongOpening: StaticString = "<strong>"
    private static let strongClosing: StaticString = "</strong>"
    private static let star = UInt8(ascii: "*")
    private static let emphasisOpening: StaticString = "<em>"
    private static let emphasisClosing: StaticString = "</em>"
    private static let linkOpening: StaticString = "<a href=\""
    private static let titleOpening: StaticString = "\" title=\""
    private static let linkTextOpening: StaticString = "\">"
    private static let linkClosing: StaticString = "</a>"
    private static let escapedAmpersand: StaticString = "&amp;"
    private static let lessThan: StaticString = "&lt;"
    private static let greaterThan: StaticString = "&gt;"
    private static let quote: StaticString = "&quot;"
    static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    static let backslash = UInt8(ascii: "\\")
    static let ampersand = UInt8(ascii: "&")
    private static let slash = UInt8(ascii: "/")
    private static let w = UInt8(ascii: "w")
}
