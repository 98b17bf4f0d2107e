import DossierCore

/// `figures`: the comparison table of every measure two or more sources state, conflicts first with a bar chart,
/// then the figures only one source states, by source.
enum FiguresPage {
    /// Above this many sources the table lists values in one column instead of a column per source.
    static let maximumSourceColumns = 8

    static func page(for dossier: Dossier) -> MarkdownPage {
        let path = SitePath.figures
        var md = MarkdownBuilder()
        md.heading(1, "Figures")
        let figures = dossier.figures
        // The figures are read in place, by index: no copy of each (its strings and values retained) per list it is in.
        let (compared, single) = bySourceCount(figures)
        guard !figures.isEmpty else {
            md.paragraph("No figures were found in the sources.")
            return MarkdownPage(path: path, title: "Figures", template: "section", markdown: md.text)
        }
        let conflicts = compared.filter { figures[$0].agreement == .conflict }
        md.paragraph(summary(compared: compared.count, conflicts: conflicts.count, single: single.count))
        let labels = FigureSourceLabels(dossier)
        var fragments: [String: String] = [:]
        var notes = SentenceNotes()
        var tableLines: Range<Int>?
        if !compared.isEmpty {
            md.heading(2, "Compared across sources")
            md.paragraph("Each value links to its sentence on the source page (hover to read it there); "
                         + "the small number after it leads to the sentence, quoted at the foot of this page. "
                         + "Agreement: conflict when the values differ beyond what their wording allows "
                         + "(about, more than, …), approximate when they differ within it. "
                         + "The last column says why the values were put together: what they measure and the words "
                         + "their sentences share.")
            let tableStart = md.nextBlockStart
            comparisonTable(compared, of: figures, labels: labels, from: path, notes: &notes, into: &md)
            tableLines = tableStart..<md.text.utf8.count
        }
        if !conflicts.isEmpty {
            md.heading(2, "Conflicts")
            for index in conflicts {
                let figure = figures[index]
                md.raw(TrustedMarker.anchor("conflict-" + figure.id))
                md.heading(3, figure.measure)
                let name = "chart-" + figure.id
                fragments[name] = FigureChart.svg(for: figure, labels: labels)
                md.raw(TrustedMarker.fragment(name))
                md.bullets { list in
                    for value in figure.values {
                        list.item { item in
                            item += "**"
                            item += MarkdownText.escape(labels.label(value.reference.source))
                            item += "**: "
                            appendValueLink(value, from: path, into: &item)
                            item += " — “"
                            item += MarkdownText.escape(value.sentence)
                            item += "”"
                        }
                    }
                }
            }
        }
        // The figures one source states (half the page's Markdown on BBC) are converted apart from the rest, in parts
        // cut at their sources' headings (see `SeparateParts`): they hold no footnote.
        var separateStarts: [Int] = []
        if !single.isEmpty {
            separateStarts.append(md.nextBlockStart)
            md.heading(2, "Stated by one source")
            singleSourceTables(single, of: figures, dossier: dossier, from: path, into: &md, headingStarts: &separateStarts)
        }
        let separateEnd = md.nextBlockStart
        let noteLines = notes.write(labels: labels, into: &md)
        // The comparison table and its notes are written without cmark-gfm when they can be (`FootnotedTable`).
        let footnotedTable = tableLines.flatMap { table in noteLines.map { (table: table, notes: $0) } }
        return MarkdownPage(path: path, title: "Figures", template: "section", markdown: md.text, fragments: fragments,
                            separateParts: SeparateParts.grouping(starts: separateStarts, end: min(separateEnd, md.text.utf8.count)),
                            footnotedTable: footnotedTable)
    }

    /// The positions of the figures two or more sources state and of those one source states, each in the dossier's
    /// order: each figure's sources counted once (`Figure.sourceCount` compares them again each time it is read).
    static func bySourceCount(_ figures: [Figure]) -> (compared: [Int], single: [Int]) {
        var compared: [Int] = []
        var single: [Int] = []
        // Through buffers, and counted here: `figures[index].sourceCount` (a getter of another module) copied each
        // figure whole (its strings and values retained) to hand it over, and counted all its distinct sources.
        figures.withUnsafeBufferPointer { figures in
            for index in figures.indices {
                switch figures[index].values.withUnsafeBufferPointer(sourcesUpToTwo) {
                case 0: continue
                case 1: single.append(index)
                default: compared.append(index)
                }
            }
        }
        return (compared, single)
    }

    /// How many distinct sources the values name, counted up to two (`Figure.sourceCount`, capped).
    private static func sourcesUpToTwo(_ values: UnsafeBufferPointer<FigureValue>) -> Int {
        guard !values.isEmpty else { return 0 }
        // By index: iterating the values would copy each one.
        for index in values.indices.dropFirst() where values[index].reference.source != values[0].reference.source { return 2 }
        return 1
    }

    private static func summary(compared: Int, conflicts: Int, single: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(compared, "measure")) stated by two or more sources (\(plural(conflicts, "conflict"))); "
            + "\(plural(single, "figure")) stated by one source."
    }

    /// `compared`: the positions in `figures` of the figures compared, read in place (not copied into a list of
    /// their own, nor their values into one per column). Rows are written cell by cell into the page.
    private static func comparisonTable(_ compared: [Int], of figures: [Figure], labels: FigureSourceLabels, from path: String,
                                        notes: inout SentenceNotes, into md: inout MarkdownBuilder) {
        func appendCell(_ value: FigureValue, into cell: inout String) {
            appendValueLink(value, from: path, into: &cell)
            notes.appendReference(to: value, into: &cell)
        }
        let columns = Set(compared.flatMap { figures[$0].sources }).sorted { labels.position($0) < labels.position($1) }
        if columns.count <= maximumSourceColumns {
            let header = ["Measure", "Unit", "Agreement"] + columns.map {
                MarkdownText.link(labels.label($0), to: SitePath.link(from: path, to: SitePath.source($0)))
            } + ["Why together"]
            md.table(header: header) { table in
                for position in compared {
                    table.row { row in
                        lead(figures[position], into: &row)
                        let values = figures[position].values
                        for source in columns {
                            row.cell { cell in
                                cell.appendJoined(values.lazy.filter { $0.reference.source == source }, separator: "; ") { cell, value in
                                    appendCell(value, into: &cell)
                                }
                            }
                        }
                        row.cell(MarkdownText.escape(figures[position].basis ?? "—"))
                    }
                }
            }
        } else {
            md.table(header: ["Measure", "Unit", "Agreement", "Values", "Why together"]) { table in
                for position in compared {
                    table.row { row in
                        lead(figures[position], into: &row)
                        let values = figures[position].values
                        row.cell { cell in
                            cell.appendJoined(values, separator: "; ") { cell, value in
                                cell += MarkdownText.escape(labels.label(value.reference.source))
                                cell += ": "
                                appendCell(value, into: &cell)
                            }
                        }
                        row.cell(MarkdownText.escape(figures[position].basis ?? "—"))
                    }
                }
            }
        }
    }

    /// A figure's first three cells: its anchor and measure, its unit, its agreement.
    private static func lead(_ figure: Figure, into row: inout MarkdownBuilder.Table.Row) {
        measureCell(figure, into: &row)
        row.cell(MarkdownText.escape(figure.unit ?? "—"))
        row.cell(figure.agreement == .conflict ? "**conflict**" : figure.agreement.rawValue)
    }

    /// A cell with the figure's anchor, then its measure.
    private static func measureCell(_ figure: Figure, into row: inout MarkdownBuilder.Table.Row) {
        row.cell { cell in
            TrustedMarker.appendAnchor(figure.id, into: &cell)
            cell += MarkdownText.escape(figure.measure)
        }
    }

    /// `single`: the positions in `figures` of those one source states (each has a value). The offset of each source's
    /// heading is appended to `headingStarts`.
    private static func singleSourceTables(_ single: [Int], of figures: [Figure], dossier: Dossier, from path: String,
                                           into md: inout MarkdownBuilder, headingStarts: inout [Int]) {
        // The figures are read through a buffer: read by subscript, each was copied whole (its strings and values
        // retained) for each field read.
        figures.withUnsafeBufferPointer { figures in
            // By their one source (`Figure.sources` would sort each figure's sources to read the first).
            var bySource: [String: [Int]] = [:]
            for index in single { bySource[figures[index].values[0].reference.source, default: []].append(index) }
            for source in dossier.sources.indices {
                guard let own = bySource[dossier.sources[source].id] else { continue }
                headingStarts.append(md.nextBlockStart)
                md.heading(3, SourceFormatting.title(dossier.sources[source]))
                md.paragraph(SourceFormatting.outlet(dossier.sources[source]))
                // By the first value's sentence, then by id; each figure read in place and written cell by cell.
                let rows = own.sorted { left, right in
                    let (first, second) = (figures[left].values[0].reference, figures[right].values[0].reference)
                    return first != second ? first < second : figures[left].id < figures[right].id
                }
                md.table(header: ["Measure", "Value", "Unit"]) { table in
                    for position in rows {
                        table.row { row in
                            measureCell(figures[position], into: &row)
                            row.cell { cell in
                                cell.appendJoined(figures[position].values, separator: "; ") { cell, value in
                                    appendValueLink(value, from: path, into: &cell)
                                }
                            }
                            row.cell(MarkdownText.escape(figures[position].unit ?? "—"))
                        }
                    }
                }
            }
        }
    }

    /// GFM footnotes that quote the sentence behind each compared value: a focusable link in the cell
    /// that keyboard and print readers can follow, where a link title shows only on hover.
    struct SentenceNotes {
        private var numbers: [SentenceReference: Int] = [:]
        private var quoted: [(reference: SentenceReference, sentence: String)] = []

        /// `[^s3]` after a value, appended to `text`; one note per sentence, however many values it states.
        mutating func appendReference(to value: FigureValue, into text: inout String) {
            let number: Int
            if let known = numbers[value.reference] {
                number = known
            } else {
                quoted.append((value.reference, value.sentence))
                numbers[value.reference] = quoted.count
                number = quoted.count
            }
            text += "[^s"
            text += String(number)
            text += "]"
        }

        /// The notes' text; cmark-gfm gathers them at the foot of the page. Returns the notes' lines (after their
        /// heading), nil when there are none.
        func write(labels: FigureSourceLabels, into md: inout MarkdownBuilder) -> Range<Int>? {
            guard !quoted.isEmpty else { return nil }
            md.heading(2, "Sentences behind the compared values")
            let start = md.nextBlockStart
            for (index, note) in quoted.enumerated() {
                md.raw { text in
                    text += "[^s"
                    text += String(index + 1)
                    text += "]: **"
                    text += MarkdownText.escape(labels.label(note.reference.source))
                    text += "**: “"
                    text += MarkdownText.escape(note.sentence)
                    text += "”"
                }
            }
            return start..<md.text.utf8.count
        }
    }

    /// The value as written, linking to its sentence, with the sentence as the link's title, appended to `text`.
    static func appendValueLink(_ value: FigureValue, from path: String, into text: inout String) {
        PageLink.append(value.text, from: path, to: value.reference, title: value.sentence, into: &text)
    }
}
