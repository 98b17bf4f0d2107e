import DossierCore
import Foundation

/// `output/figures.csv`: one row per value, for spreadsheets (RFC 4180 quoting, UTF-8, CRLF line ends).
public enum FiguresCSV {
    public static let header = ["measure", "source", "value", "qualifier", "text", "sentence",
                                "figure", "unit", "agreement", "upper", "anchor"]

    /// The file's bytes: written as UTF-8, field by field, rather than joining strings into rows and rows into the file,
    /// and not decoded into a String to be encoded again; a stretch of rows at a time (see `StagedBytes`).
    public static func data(for dossier: Dossier) -> Data {
        var file = StagedBytes()
        write(dossier, into: &file)
        return file.takeData()
    }

    private static func write(_ dossier: Dossier, into file: inout StagedBytes) {
        for (index, cell) in header.enumerated() {
            if index > 0 { file.pending.append(comma) }
            field(cell, into: &file.pending)
        }
        endRow(&file.pending)
        // Figures and values are read in place, through buffers: a `for … in` copy of each retained all its strings, and
        // so did each field read by subscript (the element was copied whole to read it).
        dossier.figures.withUnsafeBufferPointer { figures in
            for figure in figures.indices {
                figures[figure].values.withUnsafeBufferPointer { values in
                    for value in values.indices {
                        // The cells in the order of `header`, each after a comma but the first.
                        field(figures[figure].measure, into: &file.pending)
                        nextField(values[value].reference.source, into: &file.pending)
                        nextField(values[value].value.map(number) ?? "", into: &file.pending)
                        nextField(values[value].qualifier ?? "", into: &file.pending)
                        nextField(values[value].text, into: &file.pending)
                        nextField(values[value].sentence, into: &file.pending)
                        nextField(figures[figure].id, into: &file.pending)
                        nextField(figures[figure].unit ?? "", into: &file.pending)
                        nextField(figures[figure].agreement.rawValue, into: &file.pending)
                        nextField(values[value].upper.map(number) ?? "", into: &file.pending)
                        nextField(values[value].reference.sentence, into: &file.pending)
                        endRow(&file.pending)
                        file.handOverIfLong()
                    }
                }
            }
        }
    }

    /// A comma, then the cell.
    private static func nextField(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(comma)
        field(text, into: &bytes)
    }

    /// The CRLF that ends a row.
    private static func endRow(_ bytes: inout [UInt8]) {
        bytes.append(carriageReturn)
        bytes.append(newline)
    }

    /// A number without a trailing `.0` (`1900`, `1.9`, `11000000000`).
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Quoted when needed; a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading `'`.
    /// Read by UTF-8 byte, as a spreadsheet reads the file: a `"` followed by a combining mark is still a quote, and
    /// a `\r\n` inside a cell is a line break.
    static func field(_ text: String) -> String {
        var bytes: [UInt8] = []
        field(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func field(_ text: String, into bytes: inout [UInt8]) {
        // The first Character decides (`-\u{301}` is not a minus), looked at only when the first byte is one of these.
        if let byte = text.utf8.first, formulaStarts.contains(byte), let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil {
            var quoted = "'" + text
            quoted.withUTF8 { write($0, into: &bytes) }
            return
        }
        // Read where it is (the field is not copied to be made contiguous, as a `var` of it would be).
        if text.utf8.withContiguousStorageIfAvailable({ write($0, into: &bytes) }) == nil {
            var text = text
            text.withUTF8 { write($0, into: &bytes) }
        }
    }

    /// A field's UTF-8, quoted when needed.
    private static func write(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) {
        guard utf8.contains(where: { $0 == comma || $0 == quote || $0 == newline || $0 == carriageReturn }) else {
            bytes.append(contentsOf: utf8)
            return
        }
        // Quoted: the runs up to and with each quote copied whole, each quote doubled.
        bytes.append(quote)
        var runStart = 0
        for index in 0..<utf8.count where utf8[index] == quote {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...index]))
            bytes.append(quote)
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        bytes.append(quote)
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let formulaStarts: [UInt8] = Array("=+-@\t\r".utf8)
}
