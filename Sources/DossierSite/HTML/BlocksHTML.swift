import Glibc

/// The HTML of a whole page written without cmark-gfm, when every block outside the stretches already written apart
/// (tables whose cells are all written, lists, a source's sentences) is an ATX heading or a paragraph of one line whose
/// text `InlineHTML` writes: a person page, most source pages. Parsing and rendering the few headings and paragraphs
/// left around the stretches (a parser, its extensions, a tree, an iteration to rewrite links) was most of what
/// cmark-gfm still did on such a page.
///
/// A heading is `#` to `######`, a space and its text (not starting or ending with white space, not ending with `#`,
/// which could close it); a paragraph's line starts as `LinkLists.startsParagraph` allows (not `[^`) and does not end
/// with white space; each is followed by an empty line or the end. Anything else (two lines in a row, raw HTML, a line
/// of spaces, …) leaves the page to the other paths. The page's HTML is then each block's in order: `<hN>` or `<p>`,
/// the text's HTML, the closing tag and a line end, and each stretch's HTML.
enum BlocksHTML {
    /// The page's HTML (not NUL-terminated), or nil. `stretches`: in order, each with its HTML (up to a NUL, or its end).
    static func html(of text: UnsafeBufferPointer<UInt8>, stretches: [(range: Range<Int>, html: UnsafeBufferPointer<UInt8>)]) -> [UInt8]? {
        guard let base = text.baseAddress else { return nil }
        let room = text.count * 6 + stretches.reduce(0) { $0 + $1.html.count } + 64
        var converted = true
        let html = [UInt8](unsafeUninitializedCapacity: room) { buffer, initialized in
            var out = buffer.baseAddress!
            var position = 0
            for index in 0...stretches.count {
                let gapEnd = index < stretches.count ? stretches[index].range.lowerBound : text.count
                guard gapEnd >= position, writeBlocks(UnsafeBufferPointer(start: base + position, count: gapEnd - position), to: &out) else {
                    converted = false
                    break
                }
                guard index < stretches.count else { break }
                let stretch = stretches[index].html
                let length = stretch.baseAddress.map { memchr($0, 0, stretch.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(stretch.baseAddress!) } ?? stretch.count } ?? 0
                if length > 0 {
                    out.update(from: stretch.baseAddress!, count: length)
                    out += length
                }
                position = stretches[index].range.upperBound
            }
            initialized = converted ? out - buffer.baseAddress! : 0
        }
        return converted ? html : nil
    }

    /// Writes the blocks of `gap` (lines between stretches); false when one is not a heading or a one-line paragraph.
    private static func writeBlocks(_ gap: UnsafeBufferPointer<UInt8>, to out: inout UnsafeMutablePointer<UInt8>) -> Bool {
        guard let base = gap.baseAddress else { return true }
        var lineStart = 0
        var previousWasBlock = false
        while lineStart < gap.count {
            let lineEnd = memchr(base + lineStart, Int32(UInt8(ascii: "\n")), gap.count - lineStart)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? gap.count
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else {
                previousWasBlock = false
                continue
            }
            // Two lines in a row would be one paragraph (or a heading's underline).
            guard !previousWasBlock else { return false }
            previousWasBlock = true
            let line = UnsafeBufferPointer(rebasing: gap[lineStart..<lineEnd])
            let last = line[line.count - 1]
            guard last != UInt8(ascii: " "), last != UInt8(ascii: "\t"), last != UInt8(ascii: "\r") else { return false }
            var level = 0
            while level < line.count, line[level] == UInt8(ascii: "#") { level += 1 }
            if level > 0 {
                guard level <= 6, level + 1 < line.count, line[level] == UInt8(ascii: " "), line[level + 1] != UInt8(ascii: " "),
                      line[level + 1] != UInt8(ascii: "\t"), last != UInt8(ascii: "#") else { return false }
                write(headingOpening, level: level, to: &out)
                guard InlineHTML.write(line, from: level + 1, to: &out) else { return false }
                write(headingClosing, level: level, to: &out)
            } else {
                guard LinkLists.startsParagraph(line, at: 0),
                      !(line.count > 1 && line[0] == UInt8(ascii: "[") && line[1] == UInt8(ascii: "^")) else { return false }
                InlineHTML.write(paragraphOpening, to: &out)
                guard InlineHTML.write(line, from: 0, to: &out) else { return false }
                InlineHTML.write(paragraphClosing, to: &out)
            }
        }
        return true
    }

    /// `<hN>` or `</hN>` and a line end.
    private static func write(_ tag: StaticString, level: Int, to out: inout UnsafeMutablePointer<UInt8>) {
        InlineHTML.write(tag, to: &out)
        out.pointee = UInt8(ascii: "0") + UInt8(level)
        out += 1
        out.pointee = UInt8(ascii: ">")
        out += 1
        if tag.utf8CodeUnitCount == headingClosing.utf8CodeUnitCount {
            out.pointee = UInt8(ascii: "\n")
            out += 1
        }
    }

    private static let headingOpening: StaticString = "<h"
    private static let headingClosing: StaticString = "</h"
    private static let paragraphOpening: StaticString = "<p>"
    private static let paragraphClosing: StaticString = "</p>\n"
}
