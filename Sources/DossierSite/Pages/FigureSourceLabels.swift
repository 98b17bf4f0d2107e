import DossierCore

/// Short names for sources in table headers and charts: the outlet, or the start of the title; unique.
struct FigureSourceLabels {
    private var labels: [String: String] = [:]
    private var positions: [String: Int] = [:]

    static let titleLength = 28

    init(_ dossier: Dossier) {
        var counts: [String: Int] = [:]
        let bases = dossier.sources.map { article -> String in
            if let outlet = article.metadata.outlet { return outlet }
            let title = SourceFormatting.title(article)
            return title.count <= Self.titleLength ? title : String(title.prefix(Self.titleLength - 1)) + "…"
        }
        for base in bases { counts[base, default: 0] += 1 }
        for (position, (article, base)) in zip(dossier.sources, bases).enumerated() {
            labels[article.id] = counts[base]! > 1 ? "\(base) (\(position + 1))" : base
            positions[article.id] = position
        }
    }

    func label(_ source: String) -> String { labels[source] ?? source }

    /// The source's place in the dossier, for a stable column order.
    func position(_ source: String) -> Int { positions[source] ?? Int.max }
}
