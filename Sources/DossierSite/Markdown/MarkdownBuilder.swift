/// Builds a Markdown document line by line; every piece of corpus text goes through `MarkdownText`.
public struct MarkdownBuilder: Sendable {
    public private(set) var text = ""

    public init() {}

    /// The UTF-8 offset at which the next block's first line will start (after the empty line between blocks).
    public var nextBlockStart: Int {
        text.isEmpty ? 0 : text.utf8.count + 1
    }

    public mutating func heading(_ level: Int, _ title: String) {
        raw { text in
            for _ in 0..<level { text += "#" }
            text += " "
            MarkdownText.appendEscaped(title, to: &text)
        }
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
        bullets { list in
            for item in items { list.item { $0 += item } }
        }
    }

    /// A list whose items `write` writes one by one straight into the text (`Bullets.item`): no string per item, made
    /// apart and copied in. Nothing is written for a list without items. Returns the list's lines in the text (UTF-8
    /// offsets, its last line end included), nil for a list without items.
    @discardableResult
    public mutating func bullets(writing write: (inout Bullets) -> Void) -> Range<Int>? {
        let start = nextBlockStart
        let count = text.utf8.count
        // The list takes the text while it is written (a swap, not a copy: the text's storage stays unique).
        var list = Bullets()
        swap(&list.text, &text)
        write(&list)
        swap(&list.text, &text)
        return text.utf8.count > count ? start..<text.utf8.count : nil
    }

    /// A list being written into a page's text (`bullets(writing:)`).
    public struct Bullets {
        fileprivate var text = ""
        private var hasItems = false

        /// An item (`- ` and a line end around what `write` writes), after the empty line between blocks for the first.
        public mutating func item(_ write: (inout String) -> Void) {
            if !hasItems {
                hasItems = true
                MarkdownBuilder.startBlock(in: &text)
            }
            text += "- "
            write(&text)
            text += "\n"
        }
    }

    /// A GFM table of one column or more; cells are Markdown we built (escape corpus text first), an empty one as a space.
    public mutating func table(header: [String], rows: [[String]]) {
        table(header: header) { table in
            for cells in rows {
                table.row { row in
                    for cell in cells { row.cell(cell) }
                }
            }
        }
    }

    /// A table whose rows `write` writes cell by cell straight into the text (`Table.row`, `Table.Row.cell`): no
    /// string per cell or row, made apart and copied in. Nothing is written, not even the header, without rows.
    public mutating func table(header: [String], writing write: (inout Table) -> Void) {
        // The table takes the text while it is written (a swap, not a copy: the text's storage stays unique).
        var table = Table(header: header)
        swap(&table.text, &text)
        write(&table)
        swap(&table.text, &text)
    }

    /// A table being written into a page's text (`table(header:writing:)`).
    public struct Table {
        fileprivate var text = ""
        private let header: [String]
        private var hasRows = false

        fileprivate init(header: [String]) {
            self.header = header
        }

        /// A row (`| a | b |` and a line end), its cells written by `write`; before the first, the header and the
        /// line under it, after the empty line between blocks.
        public mutating func row(_ write: (inout Row) -> Void) {
            if !hasRows {
                hasRows = true
                MarkdownBuilder.startBlock(in: &text)
                text += "|"
                for cell in header {
                    text += " "
                    text += cell
                    text += " |"
                }
                text += "\n|"
                for _ in header { text += " --- |" }
                text += "\n"
            }
            text += "|"
            var row = Row()
            swap(&row.text, &text)
            write(&row)
            swap(&row.text, &text)
            text += "\n"
        }

        /// A row being written (`Table.row`).
        public struct Row {
            fileprivate var text = ""

            /// A cell, written by `write`; one it leaves empty is written as a space.
            public mutating func cell(_ write: (inout String) -> Void) {
                text += " "
                let start = text.utf8.count
                write(&text)
                if text.utf8.count == start { text += " " }
                text += " |"
            }

            /// A cell of Markdown we built; an empty one is written as a space.
            public mutating func cell(_ markdown: String) {
                cell { $0 += markdown }
            }
        }
    }

    private mutating func block(_ markdown: String) {
        raw { $0 += markdown }
    }

    /// The empty line between blocks.
    private mutating func startBlock() {
        Self.startBlock(in: &text)
    }

    private static func startBlock(in text: inout String) {
        if !text.isEmpty { text += "\n" }
    }
}
