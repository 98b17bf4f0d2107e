import Glibc
import DossierCore

/// The tables of a page's Markdown, converted apart from the rest of the page (see `HTMLRenderer.withHTML`): cmark-gfm's
/// table extension was about a quarter of cmark-gfm's work on the site (each row read twice into cells, each cell a
/// string of its own), where the same cells read as paragraphs cost a fraction of it.
///
/// cmark-gfm 0.29.0.gfm.6 reads a table's rows into cells (`row_from_string`): cut at each `|` that no backslash escapes,
/// a leading pipe and the white space after each pipe skipped, the text after the last pipe a cell only if it is not
/// white space; each cell's `\|` made `|` (`unescape_pipes`) and its white space trimmed; a row with fewer cells than
/// the header is filled with empty ones, one with more is cut. Each cell's text is then parsed as inline Markdown, as a
/// paragraph's is. So the cells of the tables here, each written as a paragraph of its own into one document (the
/// "cells document"), parse to the same inline nodes, and the table's HTML is cmark-gfm's frame around each cell's
/// HTML (`html(ofTable:cells:into:)`), put where the table was as a custom block, as `SeparateParts` puts its parts.
///
/// A cell whose text `InlineHTML` can write (text and links, most cells) is written so, and is not in the cells
/// document: most of the cells' work in cmark-gfm was their links' titles.
///
/// Only the tables the page builders write (`MarkdownBuilder.table`) are taken apart, and only when nothing can tell the
/// difference: a table starts a line after an empty line (no block of the builder's is open there) with a header row,
/// then `| --- |` for each of its cells, then rows starting with `|`, and an empty line (or the end) after its last
/// row; no cell starts a block when it starts a line (a heading's `#`, a list item's marker or number, a quote, a
/// fence, raw HTML, a thematic break: see `mayStartParagraph`), none holds a footnote (`[^`: footnotes are numbered
/// across the page), the page defines no link (no `]:`) and holds no carriage return. Other tables are left in the
/// page for cmark-gfm to read.
struct TablesApart {
    /// Each table taken apart: its lines in the page's text (UTF-8 offsets, in order), its number of columns and rows
    /// (the header's included).
    let tables: [(lines: Range<Int>, columns: Int, rows: Int)]
    /// The cells document: the text of each cell converted by cmark-gfm, a line each, an empty line after each.
    let cellsText: [UInt8]
    /// Each cell, row by row, table by table.
    let cells: [Cell]
    /// The HTML of the cells written here (`InlineHTML`), one after the other.
    let writtenHTML: [UInt8]
    /// How many cells the cells document holds.
    let convertedCount: Int

    /// A cell: without text (no HTML), a paragraph of the cells document, or HTML written here (its bytes in
    /// `writtenHTML`).
    enum Cell: Equatable {
        case empty
        case converted
        case written(Range<Int>)
    }

    /// The tables of `text` (the page's UTF-8, as cmark-gfm would be given it whole) that can be taken apart; nil when
    /// there is none.
    /// With `footnotes`, the text may hold footnote references, which every cell must be written with (numbered by
    /// `footnotes`; see `FootnotedTable`).
    init?(_ text: UnsafeBufferPointer<UInt8>, footnotes: FootnoteNumbering? = nil) {
        // Most pages hold no table: one look for a delimiter row's cell gives them up.
        guard text.containsLiteral("| --- |"), !text.containsByte(Self.carriageReturn), !text.containsLiteral("]:"),
              footnotes != nil || !text.containsLiteral("[^") else { return nil }
        var tables: [(lines: Range<Int>, columns: Int, rows: Int)] = []
        var cells = Cells()
        cells.footnotes = footnotes
        defer { cells.scratch.deallocate() }
        // Room for a page's usual tables (a source page's card) at once, not grown step by step.
        cells.cells.reserveCapacity(64)
        cells.writtenHTML.reserveCapacity(min(text.count * 2, 1 << 15))
        var lineStart = 0
        while lineStart < text.count {
            let afterEmptyLine = lineStart == 0 || (text[lineStart - 1] == Self.lineFeed && (lineStart == 1 || text[lineStart - 2] == Self.lineFeed))
            if afterEmptyLine, text[lineStart] == Self.pipe,
               let table = Self.table(in: text, at: lineStart, cells: &cells) {
                tables.append(table)
                lineStart = table.lines.upperBound
            } else {
                lineStart = Self.lineEnd(in: text, from: lineStart)
            }
        }
        guard !tables.isEmpty else { return nil }
        self.tables = tables
        self.cellsText = cells.text
        self.cells = cells.cells
        self.writtenHTML = cells.writtenHTML
        self.convertedCount = cells.convertedCount
    }

    /// The cells as they are read: the cells document, each cell, the HTML written here, and room to write a cell's
    /// HTML in before it is appended to the others' (grown as a cell needs; deallocated by the reader).
    private struct Cells {
        var text: [UInt8] = []
        var cells: [Cell] = []
        var writtenHTML: [UInt8] = []
        var convertedCount = 0
        var scratch = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1 << 12)
        var footnotes: FootnoteNumbering?
    }

    /// The table whose header row starts at `start` (a line start after an empty line), its cells appended to `cells`;
    /// nil, with nothing appended, when there is none there that can be taken apart.
    private static func table(in text: UnsafeBufferPointer<UInt8>, at start: Int,
                              cells: inout Cells) -> (lines: Range<Int>, columns: Int, rows: Int)? {
        let (textCount, cellCount, writtenCount, convertedCount) = (cells.text.count, cells.cells.count, cells.writtenHTML.count,
                                                                    cells.convertedCount)
        func givenUp() -> (lines: Range<Int>, columns: Int, rows: Int)? {
            cells.text.removeSubrange(textCount...)
            cells.cells.removeSubrange(cellCount...)
            cells.writtenHTML.removeSubrange(writtenCount...)
            cells.convertedCount = convertedCount
            return nil
        }
        let headerEnd = lineEnd(in: text, from: start)
        guard let columns = appendCells(ofRow: UnsafeBufferPointer(rebasing: text[start..<headerEnd]), limit: .max,
                                        into: &cells) else { return givenUp() }
        let delimiterEnd = lineEnd(in: text, from: headerEnd)
        guard isDelimiterRow(UnsafeBufferPointer(rebasing: text[headerEnd..<delimiterEnd]), columns: columns) else { return givenUp() }
        var end = delimiterEnd
        var rows = 1
        while end < text.count, text[end] == pipe {
            let rowEnd = lineEnd(in: text, from: end)
            // Cut, or filled with empty cells, to the header's number.
            guard let count = appendCells(ofRow: UnsafeBufferPointer(rebasing: text[end..<rowEnd]), limit: columns,
                                          into: &cells) else { return givenUp() }
            for _ in min(count, columns)..<columns { cells.cells.append(.empty) }
            rows += 1
            end = rowEnd
        }
        guard end == text.count || text[end] == lineFeed else { return givenUp() }
        return (start..<end, columns, rows)
    }

    /// The offset after the line end of the line at `start` (the text's end for its last line).
    private static func lineEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < text.count, let found = memchr(text.baseAddress! + start, Int32(lineFeed), text.count - start) else { return text.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(text.baseAddress!) + 1
    }

    /// Whether `line` is the delimiter row the page builders write for `columns` cells: `|`, ` --- |` for each, a line end.
    private static func isDelimiterRow(_ line: UnsafeBufferPointer<UInt8>, columns: Int) -> Bool {
        let cell = delimiterCell
        guard line.count == 2 + columns * cell.count, line[0] == pipe, line[line.count - 1] == lineFeed else { return false }
        for column in 0..<columns where !line[(1 + column * cell.count)...].starts(with: cell) { return false }
        return true
    }
    private static let delimiterCell = Array(" --- |".utf8)

    /// cmark-gfm's `row_from_string` on the row `line` (its line end included; the page holds no carriage return or
    /// NUL): its first `limit` cells appended to `cells` (`appendCell`); how many cells the row has, or nil when
    /// cmark-gfm reads no row there or a cell cannot be taken apart.
    private static func appendCells(ofRow line: UnsafeBufferPointer<UInt8>, limit: Int, into cells: inout Cells) -> Int? {
        let end = line.count
        var count = 0
        var offset = cellEnd(in: line, at: 0)
        var (cellMatched, pipeMatched) = (1, 1)
        while offset < end, cellMatched > 0 || pipeMatched > 0 {
            let (length, escapesPipes) = cell(in: line, at: offset)
            cellMatched = length
            pipeMatched = cellEnd(in: line, at: offset + cellMatched)
            if cellMatched > 0 || pipeMatched > 0 {
                if count < limit {
                    guard appendCell(UnsafeBufferPointer(rebasing: line[offset..<offset + cellMatched]), escapesPipes: escapesPipes,
                                     into: &cells) else { return nil }
                }
                count += 1
            }
            offset += cellMatched + pipeMatched
            if pipeMatched == 0 {
                pipeMatched = rowEnd(in: line, at: offset)
                offset += pipeMatched
            }
        }
        return offset == end && count > 0 ? count : nil
    }

    /// cmark-gfm's `scan_table_cell` in a line that ends with its line end: the bytes up to a `|` that no backslash is
    /// before, or up to the line end (`\|` is a pipe escaped, whatever is before the backslash); and whether it held a
    /// pipe escaped. The pipes are found by memchr.
    private static func cell(in line: UnsafeBufferPointer<UInt8>, at start: Int) -> (length: Int, escapesPipes: Bool) {
        var contentEnd = line.count
        if contentEnd > start, line[contentEnd - 1] == lineFeed { contentEnd -= 1 }
        var from = start
        var escapesPipes = false
        while from < contentEnd, let found = memchr(line.baseAddress! + from, Int32(pipe), contentEnd - from) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(line.baseAddress!)
            guard at > start, line[at - 1] == backslash else { return (at - start, escapesPipes) }
            escapesPipes = true
            from = at + 1
        }
        return (max(contentEnd - start, 0), escapesPipes)
    }

    /// cmark-gfm's `scan_table_cell_end`: a `|` and the white space after it.
    private static func cellEnd(in line: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        guard start < line.count, line[start] == pipe else { return 0 }
        var index = start + 1
        while index < line.count, isSpaceChar(line[index]) { index += 1 }
        return index - start
    }

    /// cmark-gfm's `scan_table_row_end`: white space, then a line end.
    private static func rowEnd(in line: UnsafeBufferPointer<UInt8>, at start: Int) -> Int {
        var index = start
        while index < line.count, isSpaceChar(line[index]) { index += 1 }
        guard index < line.count, line[index] == lineFeed else { return 0 }
        return index + 1 - start
    }

    /// `spacechar` of cmark-gfm's scanners.
    private static func isSpaceChar(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == 0x0B || byte == 0x0C
    }

    /// Appends a cell, its text as cmark-gfm gives it to the inline parser (trimmed of white space, `cmark_strbuf_trim`,
    /// with `\|` made `|`, `unescape_pipes`: neither touches the other's bytes): its HTML written (`InlineHTML`), or its
    /// text as a paragraph of the cells document; false when it may not start a paragraph.
    private static func appendCell(_ raw: UnsafeBufferPointer<UInt8>, escapesPipes: Bool, into cells: inout Cells) -> Bool {
        var (start, end) = (0, raw.count)
        while start < end, isSpace(raw[start]) { start += 1 }
        while end > start, isSpace(raw[end - 1]) { end -= 1 }
        guard start < end else {
            cells.cells.append(.empty)
            return true
        }
        guard escapesPipes else { return appendCell(text: UnsafeBufferPointer(rebasing: raw[start..<end]), into: &cells) }
        var text: [UInt8] = []
        text.reserveCapacity(end - start)
        var index = start
        while index < end {
            if raw[index] == backslash, index + 1 < end, raw[index + 1] == pipe { index += 1 }
            text.append(raw[index])
            index += 1
        }
        return text.withUnsafeBufferPointer { appendCell(text: $0, into: &cells) }
    }

    /// Appends a cell of `text` (as the inline parser is given it, not empty): its HTML written when `InlineHTML` can
    /// write it, else its text and an empty line to the cells document.
    private static func appendCell(text: UnsafeBufferPointer<UInt8>, into cells: inout Cells) -> Bool {
        guard mayStartParagraph(text) else { return false }
        // Six bytes out for a byte of text (`&quot;`); a footnote reference's tags take up to sixteen more for each of its.
        let room = text.count * (cells.footnotes == nil ? 6 : 22) + 64
        if cells.scratch.count < room {
            cells.scratch.deallocate()
            cells.scratch = .allocate(capacity: max(room, cells.scratch.count * 2))
        }
        var out = cells.scratch.baseAddress!
        if InlineHTML.write(text, from: 0, inTableCell: true, footnotes: cells.footnotes, to: &out) {
            let start = cells.writtenHTML.count
            cells.writtenHTML.append(contentsOf: UnsafeBufferPointer(start: cells.scratch.baseAddress!, count: out - cells.scratch.baseAddress!))
            cells.cells.append(.written(start..<cells.writtenHTML.count))
        } else {
            cells.text.append(contentsOf: text)
            cells.text.append(lineFeed)
            cells.text.append(lineFeed)
            cells.cells.append(.converted)
            cells.convertedCount += 1
        }
        return true
    }

    /// `cmark_isspace`.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte)
    }

    /// Whether a cell's text (trimmed, not empty), starting a line after an empty one, is read as a paragraph (and so
    /// parsed as the cell's inlines), not as the start of another block: its first byte starts none (a quote's `>`, a
    /// heading's `#`, a fence's backtick or tilde, raw HTML's `<`), a `*`, `-`, `_` or `+` is neither a list item's
    /// marker (a space or tab after it) nor part of a thematic break (the line only such marks and white space), and
    /// a number is not a list item's (one to nine digits, `.` or `)`, then a space, a tab or the end). A `[` cannot
    /// start a link definition: the page holds no `]:`.
    static func mayStartParagraph(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = cell.first else { return false }
        let start = 0
        let (space, tab) = (UInt8(ascii: " "), UInt8(ascii: "\t"))
        switch first {
        case UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "<"):
            return false
        case UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "+"):
            guard cell.count > 1, cell[start + 1] != space, cell[start + 1] != tab else { return false }
            return cell.contains { $0 != first && $0 != space && $0 != tab }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = cell.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            guard digits <= 9, digits < cell.count, cell[start + digits] == UInt8(ascii: ".") || cell[start + digits] == UInt8(ascii: ")")
            else { return true }
            return digits + 1 < cell.count && cell[start + digits + 1] != space && cell[start + digits + 1] != tab
        default:
            return true
        }
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")

    /// The rest of the page as cmark-gfm is given it: the text between the stretches converted apart (the tables, the
    /// sentences: in order, each whole blocks between empty lines), and `markerLine` for each.
    static func rest(of text: UnsafeBufferPointer<UInt8>, apart stretches: [Range<Int>]) -> [UnsafeBufferPointer<UInt8>] {
        let marker = UnsafeBufferPointer(start: Self.markerLine.utf8Start, count: Self.markerLine.utf8CodeUnitCount)
        var pieces: [UnsafeBufferPointer<UInt8>] = []
        pieces.reserveCapacity(stretches.count * 2 + 1)
        var start = 0
        for stretch in stretches {
            pieces.append(UnsafeBufferPointer(rebasing: text[start..<stretch.lowerBound]))
            pieces.append(marker)
            start = stretch.upperBound
        }
        pieces.append(UnsafeBufferPointer(rebasing: text[start...]))
        return pieces
    }

    /// The raw HTML block that stands for a table (or the sentences) in the rest, and the empty line after it. Corpus text, escaped, cannot
    /// write it; a page that wrote it itself would hold more markers than tables, and be converted whole.
    static let markerLine: StaticString = "<!--dossier:table-->\n\n"

    /// Whether an HTML block's literal (as cmark-gfm holds it, with its line end) is the marker.
    static func isMarker(_ literal: UnsafePointer<CChar>) -> Bool {
        let length = markerLine.utf8CodeUnitCount - 1
        return strlen(literal) == length && memcmp(literal, markerLine.utf8Start, length) == 0
    }

    /// Each paragraph's HTML in the HTML of a cells document (`<p>`, its HTML, `</p>` and a line end, one after the
    /// other), or nil unless there are `count` of them: a paragraph whose HTML held `</p>\n<p>` (a fragment's) would
    /// make one more. The line ends are found by memchr: a cell's own HTML seldom holds one.
    static func paragraphs(of html: UnsafeBufferPointer<UInt8>, count: Int) -> [UnsafeBufferPointer<UInt8>]? {
        guard count > 0 else { return html.isEmpty ? [] : nil }
        guard let base = html.baseAddress, html.count >= 8, html[0] == lessThan, html[1] == letterP, html[2] == greaterThan
        else { return nil }
        var paragraphs: [UnsafeBufferPointer<UInt8>] = []
        paragraphs.reserveCapacity(count)
        var start = 3
        var from = start
        while from < html.count, let found = memchr(base + from, Int32(lineFeed), html.count - from) {
            let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            from = at + 1
            // `</p>` before the line end, and `<p>` or the end after it.
            guard at - 4 >= start, html[at - 4] == lessThan, html[at - 3] == slash, html[at - 2] == letterP, html[at - 1] == greaterThan
            else { continue }
            if at + 1 == html.count {
                paragraphs.append(UnsafeBufferPointer(rebasing: html[start..<(at - 4)]))
                return paragraphs.count == count ? paragraphs : nil
            }
            if at + 3 < html.count, html[at + 1] == lessThan, html[at + 2] == letterP, html[at + 3] == greaterThan {
                paragraphs.append(UnsafeBufferPointer(rebasing: html[start..<(at - 4)]))
                start = at + 4
                from = start
            }
        }
        return nil
    }

    private static let (lessThan, greaterThan, slash, letterP) = (UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "p"))

    /// The HTML of the tables, one after the other, each NUL-terminated, as cmark-gfm's table extension writes them
    /// around their cells' HTML (`converted`: the HTML of each cell of the cells document, in order; the others' is
    /// `writtenHTML`), and where each starts.
    func html(cells converted: [UnsafeBufferPointer<UInt8>]) -> (html: [UInt8], starts: [Int]) {
        // Counted first, then written through a pointer into the array made for it, the tags between two cells' HTML
        // in one piece: appending the tags one by one to an array was most of this work.
        var count = converted.reduce(0) { $0 + $1.count } + writtenHTML.count
        for table in tables {
            count += Self.tableOpening.utf8CodeUnitCount + Self.headerCellClosing.utf8CodeUnitCount + Self.tableClosing.utf8CodeUnitCount
            count += (table.columns - 1) * Self.betweenHeaderCells.utf8CodeUnitCount
            if table.rows > 1 {
                count += Self.headToBody.utf8CodeUnitCount - Self.headerCellClosing.utf8CodeUnitCount + Self.bodyClosing.utf8CodeUnitCount
                count += (table.rows - 2) * Self.betweenRows.utf8CodeUnitCount
                count += (table.rows - 1) * (table.columns - 1) * Self.betweenCells.utf8CodeUnitCount
            }
        }
        var starts: [Int] = []
        starts.reserveCapacity(tables.count)
        let html = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            writtenHTML.withUnsafeBufferPointer { writtenHTML in
            var out = Writer(start: buffer.baseAddress!)
            var (cell, paragraph) = (0, 0)
            for table in tables {
                starts.append(out.written)
                out.write(Self.tableOpening)
                for row in 0..<table.rows {
                    for column in 0..<table.columns {
                        if column > 0 {
                            out.write(row == 0 ? Self.betweenHeaderCells : Self.betweenCells)
                        } else if row == 1 {
                            out.write(Self.headToBody)
                        } else if row > 1 {
                            out.write(Self.betweenRows)
                        }
                        switch cells[cell] {
                        case .empty:
                            break
                        case .converted:
                            out.write(converted[paragraph])
                            paragraph += 1
                        case .written(let range):
                            out.write(UnsafeBufferPointer(rebasing: writtenHTML[range]))
                        }
                        cell += 1
                    }
                }
                out.write(table.rows > 1 ? Self.bodyClosing : Self.headerCellClosing)
                out.write(Self.tableClosing)
            }
            precondition(out.written == count, "the tables' HTML was counted")
            initialized = out.written
            }
        }
        return (html, starts)
    }

    /// Writes bytes one piece after another from `start` (into room made for them).
    private struct Writer {
        let start: UnsafeMutablePointer<UInt8>
        var written = 0

        mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            (start + written).update(from: base, count: bytes.count)
            written += bytes.count
        }

        mutating func write(_ text: StaticString) {
            (start + written).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
            written += text.utf8CodeUnitCount
        }
    }

    // cmark-gfm's tags of a table (no alignment), in the pieces that come between two cells' HTML.
    private static let tableOpening: StaticString = "<table>\n<thead>\n<tr>\n<th>"
    private static let betweenHeaderCells: StaticString = "</th>\n<th>"
    private static let headToBody: StaticString = "</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>"
    private static let betweenCells: StaticString = "</td>\n<td>"
    private static let betweenRows: StaticString = "</td>\n</tr>\n<tr>\n<td>"
    private static let headerCellClosing: StaticString = "</th>\n</tr>\n</thead>\n"
    private static let bodyClosing: StaticString = "</td>\n</tr>\n</tbody>\n"
    /// The table's end, and the NUL that ends its string for cmark-gfm.
    private static let tableClosing: StaticString = "</table>\n\0"
}
