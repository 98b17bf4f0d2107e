import DossierCore

/// Each source's title (`SourceFormatting.title`) and short label (`IndexPage.label`) by id, worked out once for all
/// pages: the topic and person pages name the same sources over and over, and `Dossier.source` hands back a copy of
/// the whole article each time. The first source of an id counts, as for `Dossier.source`.
struct SourceNames: Sendable {
    private let byID: [String: (title: String, label: String, sources: Int)]

    init(_ dossier: Dossier) {
        var byID: [String: (title: String, label: String, sources: Int)] = [:]
        byID.reserveCapacity(dossier.sources.count)
        for index in dossier.sources.indices {
            let id = dossier.sources[index].id
            if byID[id] == nil {
                byID[id] = (SourceFormatting.title(dossier.sources[index]), IndexPage.label(dossier.sources[index]), 1)
            } else {
                byID[id]!.sources += 1
            }
        }
        self.byID = byID
    }

    /// How many sources have this id (the build gives each source its own id, so one or none in a build).
    func sourceCount(withID id: String) -> Int {
        byID[id]?.sources ?? 0
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
