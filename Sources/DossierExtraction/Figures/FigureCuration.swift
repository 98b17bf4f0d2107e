import DossierCore
import Foundation
import Yams

/// `content/figures.yml`: the user names, merges, splits or hides rows of the figures table by their id.
///
///     - id: hostages-still-held
///       name: Hostages still held in Gaza
///     - id: prisoners-released
///       merge: [hostages-released-2]
///     - id: sources
///       hide: true
///     - id: people-dead
///       split: true          # one row per source
struct FigureCuration: Sendable {
    struct Entry: Sendable, Hashable {
        var id: String
        var name: String?
        var merge: [String] = []
        var hide = false
        var split = false
        var line: Int?
    }

    var entries: [Entry] = []
    var file = "figures.yml"

    /// Reads the file; a file that cannot be read is an error, an entry without an id a warning.
    static func load(_ text: String, shown: String) -> (FigureCuration, [Diagnostic]) {
        var curation = FigureCuration(file: shown)
        var diagnostics: [Diagnostic] = []
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            return (curation, [.error("figures file is not valid YAML (\(error)); fix the syntax or remove the file",
                                      at: SourceLocation(file: shown))])
        }
        guard let root else { return (curation, []) }
        let list = root.mapping?["figures"]?.sequence ?? root.sequence
        guard let list else {
            return (curation, [.warning("expected a list of entries with `id:`; see the comment in the default figures.yml",
                                        at: SourceLocation(file: shown, line: 1))])
        }
        for node in list {
            let line = node.mark.map { $0.line }
            guard let mapping = node.mapping, let id = mapping["id"]?.string, !id.isEmpty else {
                diagnostics.append(.warning("entry has no `id:`; give the id of a row from output/dossier.json",
                                            at: SourceLocation(file: shown, line: line)))
                continue
            }
            var entry = Entry(id: id, line: line)
            entry.name = mapping["name"]?.string
            entry.merge = mapping["merge"]?.sequence?.compactMap(\.string) ?? mapping["merge"]?.string.map { [$0] } ?? []
            entry.hide = mapping["hide"]?.bool ?? false
            entry.split = mapping["split"]?.bool ?? false
            curation.entries.append(entry)
        }
        return (curation, diagnostics)
    }

    /// The rows after the user's changes, with a warning for each id that matches no row.
    func apply(to drafts: [FigureDraft], sourceOf: (Int) -> String) -> ([FigureDraft], [Diagnostic]) {
        var rows = drafts
        var diagnostics: [Diagnostic] = []
        func position(_ id: String) -> Int? { rows.firstIndex { $0.id == id } }
        func unknown(_ id: String, _ entry: Entry) {
            diagnostics.append(.warning("no figure has the id `\(id)`; use an id from the figures in output/dossier.json",
                                        at: SourceLocation(file: file, line: entry.line)))
        }
        for entry in entries {
            guard let target = position(entry.id) else { unknown(entry.id, entry); continue }
            for other in entry.merge {
                guard let from = position(other), from != target else { unknown(other, entry); continue }
                let members = rows[from].members
                rows.remove(at: from)
                rows[position(entry.id)!].members += members
            }
            let at = position(entry.id)!
            if let name = entry.name { rows[at].measure = name }
            if entry.split {
                let row = rows.remove(at: at)
                let bySource = Dictionary(grouping: row.members, by: sourceOf)
                let parts = bySource.keys.sorted().map { source in
                    FigureDraft(id: row.id + "-" + Slug.make(source), measure: row.measure + " (\(source))", members: bySource[source]!)
                }
                rows.insert(contentsOf: parts, at: at)
            }
            if entry.hide { rows.removeAll { $0.id == entry.id } }
        }
        return (rows, diagnostics)
    }
}
