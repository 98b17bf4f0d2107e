import DossierCore
import Foundation

/// A small horizontal bar chart of one measure's values by source, as inline SVG made at build time
/// (no script; prints as it shows). Every piece of corpus text in it goes through `HTMLText.escape`.
enum FigureChart {
    static let width = 560.0
    static let labelWidth = 190.0
    static let valueWidth = 150.0
    static let barHeight = 18.0
    static let gap = 8.0

    static func svg(for figure: Figure, labels: FigureSourceLabels) -> String {
        let bars = figure.values.compactMap { value -> (String, Double, String)? in
            guard let number = value.value else { return nil }
            return (labels.label(value.reference.source), number, value.text)
        }
        let largest = bars.map { abs($0.1) }.max() ?? 1
        let span = width - labelWidth - valueWidth
        let height = Double(bars.count) * (barHeight + gap) + gap
        let title = HTMLText.escape("\(figure.measure): values by source")
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"\(title)\" xmlns=\"http://www.w3.org/2000/svg\" "
            + "viewBox=\"0 0 \(format(width)) \(format(height))\" width=\"\(format(width))\" height=\"\(format(height))\">"
        svg += "<title>\(title)</title>"
        for (row, bar) in bars.enumerated() {
            let y = gap + Double(row) * (barHeight + gap)
            let length = largest > 0 ? max(2, span * abs(bar.1) / largest) : 2
            let middle = y + barHeight / 2 + 4
            svg += "<text x=\"0\" y=\"\(format(middle))\">\(HTMLText.escape(clipped(bar.0, 28)))</text>"
            svg += "<rect x=\"\(format(labelWidth))\" y=\"\(format(y))\" width=\"\(format(length))\" height=\"\(format(barHeight))\" fill=\"#a4321b\"></rect>"
            svg += "<text x=\"\(format(labelWidth + length + 6))\" y=\"\(format(middle))\">\(HTMLText.escape(clipped(bar.2, 24)))</text>"
        }
        return svg + "</svg>"
    }

    private static func clipped(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// Coordinates with at most one decimal, the same on every machine.
    static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(format: "%.1f", tenths / 10)
    }
}
