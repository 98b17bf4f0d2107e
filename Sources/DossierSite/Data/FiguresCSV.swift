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
    static func field(_ text: String) -> String {
        var text = text
        if let first = text.first, "=+-@\t\r".contains(first), Double(text) == nil { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
    }
}
