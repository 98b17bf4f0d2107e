import DossierCore

/// Short names for sources in table headers and charts: the outlet, or the start of the title; unique.
struct FigureSourceLabels {
    private var labels: [String: String] = [:]
    private var positions: [String: Int] = [:]

    static let titleLength = 28

    init(_ dossier: Dossier) {
        var counts: [String: Int] = [:]
        // The sources are read through a buffer: a copy of each (by `map` or `zip`) retained all its strings and arrays.
        let bases = dossier.sources.withUnsafeBufferPointer { sources in
            sources.indices.map { index -> String in
                if let outlet = sources[index].metadata.outlet { return outlet }
                let title = SourceFormatting.title(sources[index])
                return title.count <= Self.titleLength ? title : String(title.prefix(Self.titleLength - 1)) + "…"
            }
        }
        for base in bases { counts[base, default: 0] += 1 }
        for position in dossier.sources.indices {
            let (id, base) = (dossier.sources[position].id, bases[position])
            labels[id] = counts[base]! > 1 ? "\(base) (\(position + 1))" : base
            positions[id] = position
        }
    }

    func label(_ source: String) -> String { labels[source] ?? source }

    /// The source's place in the dossier, for a stable column order.
    func position(_ source: String) -> Int { positions[source] ?? Int.max }
}
