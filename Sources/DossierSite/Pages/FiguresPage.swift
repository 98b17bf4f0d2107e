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
        if !compared.isEmpty {
            md.heading(2, "Compared across sources")
            md.paragraph("Each value links to its sentence on the source page (hover to read it there); "
                         + "the small number after it leads to the sentence, quoted at the foot of this page. "
                         + "Agreement: conflict when the values differ beyond what their wording allows "
                         + "(about, more than, …), approximate when they differ within it. "
                         + "The last column says why the values were put together: what they measure and the words "
                         + "their sentences share.")
            comparisonTable(compared, of: figures, labels: labels, from: path, notes: &notes, into: &md)
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
                md.bullets(figure.values.map { value in
                    "**\(MarkdownText.escape(labels.label(value.reference.source)))**: "
                        + valueLink(value, from: path) + " — “" + MarkdownText.escape(value.sentence) + "”"
                })
            }
        }
        if !single.isEmpty {
            md.heading(2, "Stated by one source")
            singleSourceTables(single, of: figures, dossier: dossier, from: path, into: &md)
        }
        notes.write(labels: labels, into: &md)
        return MarkdownPage(path: path, title: "Figures", template: "section", markdown: md.text, fragments: fragments)
    }

    /// The positions of the figures two or more sources state and of those one source states, each in the dossier's
    /// order: each figure's sources counted once (`Figure.sourceCount` makes a set of them each time it is read).
    static func bySourceCount(_ figures: [Figure]) -> (compared: [Int], single: [Int]) {
        var compared: [Int] = []
        var single: [Int] = []
        for index in figures.indices {
            switch figures[index].sourceCount {
            case 0: continue
            case 1: single.append(index)
            default: compared.append(index)
            }
        }
        return (compared, single)
    }

    private static func summary(compared: Int, conflicts: Int, single: Int) -> String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(compared, "measure")) stated by two or more sources (\(plural(conflicts, "conflict"))); "
            + "\(plural(single, "figure")) stated by one source."
    }

    /// `compared`: the positions in `figures` of the figures compared, read in place (not copied into a list of
    /// their own, nor their values into one per column).
    private static func comparisonTable(_ compared: [Int], of figures: [Figure], labels: FigureSourceLabels, from path: String,
                                        notes: inout SentenceNotes, into md: inout MarkdownBuilder) {
        func cell(_ value: FigureValue) -> String { valueLink(value, from: path) + notes.reference(to: value) }
        let columns = Set(compared.flatMap { figures[$0].sources }).sorted { labels.position($0) < labels.position($1) }
        if columns.count <= maximumSourceColumns {
            let header = ["Measure", "Unit", "Agreement"] + columns.map {
                MarkdownText.link(labels.label($0), to: SitePath.link(from: path, to: SitePath.source($0)))
            } + ["Why together"]
            md.table(header: header, rows: compared.map { position in
                let values = figures[position].values
                return lead(figures[position]) + columns.map { source in
                    values.indices.filter { values[$0].reference.source == source }.map { cell(values[$0]) }.joined(separator: "; ")
                } + [MarkdownText.escape(figures[position].basis ?? "—")]
            })
        } else {
            md.table(header: ["Measure", "Unit", "Agreement", "Values", "Why together"], rows: compared.map { position in
                let values = figures[position].values
                return lead(figures[position]) + [values.indices.map {
                    MarkdownText.escape(labels.label(values[$0].reference.source)) + ": " + cell(values[$0])
                }.joined(separator: "; "), MarkdownText.escape(figures[position].basis ?? "—")]
            })
        }
    }

    private static func lead(_ figure: Figure) -> [String] {
        let agreement = figure.agreement == .conflict ? "**conflict**" : figure.agreement.rawValue
        return [TrustedMarker.anchor(figure.id) + MarkdownText.escape(figure.measure),
                MarkdownText.escape(figure.unit ?? "—"), agreement]
    }

    /// `single`: the positions in `figures` of those one source states (each has a value).
    private static func singleSourceTables(_ single: [Int], of figures: [Figure], dossier: Dossier, from path: String,
                                           into md: inout MarkdownBuilder) {
        // By their one source (`Figure.sources` would sort each figure's sources to read the first).
        var bySource: [String: [Int]] = [:]
        for index in single { bySource[figures[index].values[0].reference.source, default: []].append(index) }
        for source in dossier.sources.indices {
            guard let own = bySource[dossier.sources[source].id] else { continue }
            md.heading(3, SourceFormatting.title(dossier.sources[source]))
            md.paragraph(SourceFormatting.outlet(dossier.sources[source]))
            // By the first value's sentence, then by id.
            let rows = own.sorted { left, right in
                let (first, second) = (figures[left].values[0].reference, figures[right].values[0].reference)
                return first != second ? first < second : figures[left].id < figures[right].id
            }.map { figures[$0] }
            md.table(header: ["Measure", "Value", "Unit"], rows: rows.map { figure in
                [TrustedMarker.anchor(figure.id) + MarkdownText.escape(figure.measure),
                 figure.values.map { valueLink($0, from: path) }.joined(separator: "; "),
                 MarkdownText.escape(figure.unit ?? "—")]
            })
        }
    }

    /// GFM footnotes that quote the sentence behind each compared value: a focusable link in the cell
    /// that keyboard and print readers can follow, where a link title shows only on hover.
    struct SentenceNotes {
        private var numbers: [SentenceReference: Int] = [:]
        private var quoted: [(reference: SentenceReference, sentence: String)] = []

        /// `[^s3]` after a value; one note per sentence, however many values it states.
        mutating func reference(to value: FigureValue) -> String {
            if let number = numbers[value.reference] { return "[^s\(number)]" }
            quoted.append((value.reference, value.sentence))
            numbers[value.reference] = quoted.count
            return "[^s\(quoted.count)]"
        }

        /// The notes' text; cmark-gfm gathers them at the foot of the page.
        func write(labels: FigureSourceLabels, into md: inout MarkdownBuilder) {
            guard !quoted.isEmpty else { return }
            md.heading(2, "Sentences behind the compared values")
            for (index, note) in quoted.enumerated() {
                md.raw("[^s\(index + 1)]: **" + MarkdownText.escape(labels.label(note.reference.source)) + "**: “"
                       + MarkdownText.escape(note.sentence) + "”")
            }
        }
    }

    /// The value as written, linking to its sentence, with the sentence as the link's title.
    static func valueLink(_ value: FigureValue, from path: String) -> String {
        MarkdownText.link(value.text, to: SitePath.link(from: path, to: value.reference), title: value.sentence)
    }
}
