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

    /// A block of Markdown we write ourselves, written by `write` straight into the text (no string of its own, copied
    /// in afterwards: a source page's paragraphs are most of the site's Markdown).
    public mutating func raw(writing write: (inout String) -> Void) {
        startBlock()
        write(&text)
        text += "\n"
    }

    /// Written item by item into the text, as are tables: no line is made apart and joined.
    public mutating func bullets(_ items: [String]) {
        guard !items.isEmpty else { return }
        startBlock()
        for item in items {
            text += "- "
            text += item
            text += "\n"
        }
    }

    /// A GFM table of one column or more; cells are Markdown we built (escape corpus text first), an empty one as a space.
    public mutating func table(header: [String], rows: [[String]]) {
        guard !rows.isEmpty else { return }
        startBlock()
        row(header, spaceForEmpty: false)
        text += "|"
        for _ in header { text += " --- |" }
        text += "\n"
        for row in rows { self.row(row, spaceForEmpty: true) }
    }

    /// `| a | b |` and a line end; an empty cell as a space when `spaceForEmpty` (a row's, not the header's).
    private mutating func row(_ cells: [String], spaceForEmpty: Bool) {
        text += "|"
        for cell in cells {
            text += " "
            text += spaceForEmpty && cell.isEmpty ? " " : cell
            text += " |"
        }
        text += "\n"
    }

    private mutating func block(_ markdown: String) {
        raw { $0 += markdown }
    }

    /// The empty line between blocks.
    private mutating func startBlock() {
        if !text.isEmpty { text += "\n" }
    }
}
