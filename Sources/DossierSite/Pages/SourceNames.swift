import DossierCore

/// Each source's title (`SourceFormatting.title`) and short label (`IndexPage.label`) by id, worked out once for all
/// pages: the topic and person pages name the same sources over and over, and `Dossier.source` hands back a copy of
/// the whole article each time. The first source of an id counts, as for `Dossier.source`.
struct SourceNames: Sendable {
    private let byID: [String: (title: String, label: String)]

    init(_ dossier: Dossier) {
        var byID: [String: (title: String, label: String)] = [:]
        byID.reserveCapacity(dossier.sources.count)
        for article in dossier.sources where byID[article.id] == nil {
            byID[article.id] = (SourceFormatting.title(article), IndexPage.label(article))
        }
        self.byID = byID
    }

    /// The title of the source with this id, nil when there is none.
    func title(_ id: String) -> String? {
        byID[id]?.title
    }

    /// The short label of the source with this id (its outlet, or its title's first words), nil when there is none.
    func label(_ id: String) -> String? {
        byID[id]?.label
    }
}
