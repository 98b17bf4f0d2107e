/// Builds a Markdown document line by line; every piece of corpus text goes through `MarkdownText`.
public struct MarkdownBuilder: Sendable {
    public private(set) var text = ""

    public init() {}

    public mutating func heading(_ level: Int, _ title: String) {
        block(String(repeating: "#", count: level) + " " + MarkdownText.escape(title))
    }

    public mutating func paragraph(_ text: String) {
        block(MarkdownText.escape(text))
    }

    /// A block of Markdown we wrote ourselves (already escaped where it holds corpus text).
    public mutating func raw(_ markdown: String) {
        block(markdown)
    }

    public mutating func bullets(_ items: [String]) {
        guard !items.isEmpty else { return }
        block(items.map { "- " + $0 }.joined(separator: "\n"))
    }

    /// A GFM table; cells are Markdown we built (escape corpus text first).
    public mutating func table(header: [String], rows: [[String]]) {
        guard !rows.isEmpty else { return }
        var lines = ["| " + header.joined(separator: " | ") + " |",
                     "|" + header.map { _ in " --- " }.joined(separator: "|") + "|"]
        for row in rows {
            lines.append("| " + row.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |")
        }
        block(lines.joined(separator: "\n"))
    }

    private mutating func block(_ markdown: String) {
        if !text.isEmpty { text += "\n" }
        text += markdown + "\n"
    }
}
