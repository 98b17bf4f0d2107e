import DossierCore

/// `output/figures.csv`: one row per value, for spreadsheets (RFC 4180 quoting, UTF-8, CRLF line ends).
public enum FiguresCSV {
    public static let header = ["measure", "source", "value", "qualifier", "text", "sentence",
                                "figure", "unit", "agreement", "upper", "anchor"]

    public static func csv(for dossier: Dossier) -> String {
        var lines = [header.map(field).joined(separator: ",")]
        for figure in dossier.figures {
            for value in figure.values {
                let cells = [figure.measure, value.reference.source, value.value.map(number) ?? "", value.qualifier ?? "",
                             value.text, value.sentence, figure.id, figure.unit ?? "", figure.agreement.rawValue,
                             value.upper.map(number) ?? "", value.reference.sentence]
                lines.append(cells.map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
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
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        guard text.utf8.contains(where: { $0 == comma || $0 == quote || $0 == newline || $0 == carriageReturn }) else { return text }
        var quoted: [UInt8] = [quote]
        quoted.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            quoted.append(byte)
            if byte == quote { quoted.append(quote) }
        }
        quoted.append(quote)
        return String(decoding: quoted, as: UTF8.self)
    }
}
