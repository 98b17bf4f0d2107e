import Glibc

/// The HTML of a source page's text, written here without cmark-gfm: its paragraphs are the page builder's own, each
/// sentence a marker link and its text escaped (`SourcePage.text(of:into:)`), so their HTML is known without parsing
/// them, and parsing them (a link and a text node per sentence, the link then replaced by its anchor) was about a third
/// of cmark-gfm's work on a source page.
///
/// The stretch must be lines of one paragraph each, between empty lines, each line sentences one after the other:
/// `[](dossier:anchor:ID)` (an id of `[a-z0-9-]`) and its text, a space before each sentence but the first. In the
/// text, a backslash before ASCII punctuation is the punctuation, one before anything else a backslash (CommonMark's
/// backslash escapes); an unescaped byte that could start an inline (`` ` ``, `*`, `_`, `&`, `<`, `[` other than a
/// sentence's link, `]`, `!` before one) or a NUL makes the stretch be converted by cmark-gfm, as does one that may hold
/// an autolink, a strikethrough, a footnote or a character reference (`HTMLRenderer.optionalSyntax`). Each paragraph is
/// then `<p>`, its text with its white space at the end trimmed, each sentence's link as its anchor and its text
/// escaped as cmark-gfm escapes text (`&`, `<`, `>`, `"`), and `</p>` and a line end.
enum SentenceParagraphs {
    /// The HTML of `stretch`, NUL-terminated, or nil when it is not such paragraphs. Written through a pointer into room
    /// for the most it can be (six bytes for a byte of text, `&quot;`; an anchor, a paragraph's tags and the NUL take
    /// less than that for the bytes they stand for), the runs of text between the bytes to look at copied whole.
    static func html(of stretch: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let syntax = HTMLRenderer.optionalSyntax(ofUTF8: [stretch])
        guard let base = stretch.baseAddress, !syntax.autolinks, !syntax.footnotes, !syntax.strikethrough else { return nil }
        var converted = true
        let html = [UInt8](unsafeUninitializedCapacity: stretch.count * 6 + 16) { buffer, initialized in
            var out = buffer.baseAddress!
            var lineStart = 0
            kinds.withUnsafeBufferPointer { kinds in
                while lineStart < stretch.count {
                    let lineEnd = memchr(base + lineStart, Int32(lineFeed), stretch.count - lineStart)
                        .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? stretch.count
                    if lineEnd > lineStart,
                       !writeParagraph(UnsafeBufferPointer(rebasing: stretch[lineStart..<lineEnd]), kinds: kinds, to: &out) {
                        converted = false
                        return
                    }
                    lineStart = lineEnd + 1
                }
            }
            out.pointee = 0
            out += 1
            initialized = converted ? out - buffer.baseAddress! : 0
        }
        return converted ? html : nil
    }

    /// Writes one paragraph's HTML at `out` (and moves it past it); false when the line is not sentences as the page
    /// builder writes them.
    private static func writeParagraph(_ line: UnsafeBufferPointer<UInt8>, kinds: UnsafeBufferPointer<UInt8>,
                                       to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        // cmark-gfm trims the white space at a paragraph's end before it parses its inlines.
        var end = line.count
        while end > 0, isSpace(line[end - 1]) { end -= 1 }
        guard hasAnchorPrefix(line, at: 0) else { return false }
        InlineHTML.write(paragraphOpening, to: &out)
        var index = 0
        while index < end {
            // A run of text that is written as it is: passed eight bytes at a time while none of the eight is one to
            // look at (their kinds or'ed, no branch between them), then byte by byte.
            let runStart = index
            while index + 8 <= end {
                let eight = line.baseAddress! + index
                let stops = kinds[Int(eight[0])] | kinds[Int(eight[1])] | kinds[Int(eight[2])] | kinds[Int(eight[3])]
                    | kinds[Int(eight[4])] | kinds[Int(eight[5])] | kinds[Int(eight[6])] | kinds[Int(eight[7])]
                guard stops == 0 else { break }
                index += 8
            }
            while index < end, kinds[Int(line[index])] == 0 { index += 1 }
            if index > runStart {
                out.update(from: line.baseAddress! + runStart, count: index - runStart)
                out += index - runStart
            }
            guard index < end else { break }
            let byte = line[index]
            switch byte {
            case backslash:
                if index + 1 < end, isASCIIPunctuation(line[index + 1]) {
                    InlineHTML.writeEscaped(line[index + 1], to: &out)
                    index += 2
                } else {
                    InlineHTML.writeEscaped(backslash, to: &out)
                    index += 1
                }
            case UInt8(ascii: "["):
                // A sentence's link: its anchor. Not after `!` (an image).
                if index > 0, line[index - 1] == UInt8(ascii: "!") { return false }
                guard end - index > anchorPrefix.count, hasAnchorPrefix(line, at: index) else { return false }
                let idStart = index + anchorPrefix.count
                var idEnd = idStart
                while idEnd < end, isIDByte(line[idEnd]) { idEnd += 1 }
                guard idEnd > idStart, idEnd < end, line[idEnd] == UInt8(ascii: ")") else { return false }
                InlineHTML.write(anchorOpening, to: &out)
                out.update(from: line.baseAddress! + idStart, count: idEnd - idStart)
                out += idEnd - idStart
                InlineHTML.write(anchorClosing, to: &out)
                index = idEnd + 1
            case UInt8(ascii: "&"), UInt8(ascii: ">"), UInt8(ascii: "\""):
                InlineHTML.writeEscaped(byte, to: &out)
                index += 1
            default:
                // `` ` ``, `*`, `_`, an unescaped `&` or `<`, `]`, NUL.
                return false
            }
        }
        InlineHTML.write(paragraphClosing, to: &out)
        return true
    }

    /// Whether a sentence's link starts at `index` (compared by memcmp).
    private static func hasAnchorPrefix(_ line: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        line.count - index >= anchorPrefix.count
            && anchorPrefix.withUnsafeBufferPointer { memcmp(line.baseAddress! + index, $0.baseAddress!, $0.count) == 0 }
    }

    /// The bytes of a line a run of text stops at: a backslash, `[`, those cmark-gfm escapes (`&`, `>`, `"`; `<` is
    /// one given up at), and those given up at (`` ` ``, `*`, `_`, `<`, `]`, NUL).
    private static let kinds: [UInt8] = (0...255).map { byte in
        "\\[&<>\"`*_]".utf8.contains(UInt8(byte)) || byte == 0 ? 1 : 0
    }

    /// `cmark_ispunct`: the ASCII punctuation a backslash escapes.
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// `cmark_isspace`.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    private static let anchorPrefix = Array(("[](" + TrustedMarker.anchorScheme).utf8)
    /// `TrustedMarker.anchorOpening` and `anchorClosing`, the anchor HTML of a marker link (the tests hold them equal).
    static let anchorOpening: StaticString = "<a id=\""
    static let anchorClosing: StaticString = "\" class=\"anchor\"></a>"
    private static let paragraphOpening: StaticString = "<p>"
    private static let paragraphClosing: StaticString = "</p>\n"
    private static let lineFeed = UInt8(ascii: "\n")
    private static let backslash = UInt8(ascii: "\\")
}
