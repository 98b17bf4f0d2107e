/// The parts of `dossier.json` that say why the build decided what it did: each person's evidence and each figure
/// row's basis, with the values that share the row.
struct ExplainedDossier: Decodable {
    struct Person: Decodable {
        var id: String
        var name: String
        var aliases: [String]
        var evidence: [String]
    }

    struct Figure: Decodable {
        struct Value: Decodable {
            var source: String
            var text: String
            var anchor: String
        }
        var id: String
        var measure: String
        var agreement: String
        var basis: String?
        var values: [Value]
    }

    var people: [Person]
    var figures: [Figure]

    /// Readable lines for every person and figure row that `term` matches (a part of a name, an alias, a measure or
    /// a row id, in any case), people first; empty when nothing matches.
    func explanation(of term: String) -> [String] {
        let wanted = term.lowercased()
        let matchingPeople = people.filter { person in
            ([person.name, person.id] + person.aliases).contains { $0.lowercased().contains(wanted) }
        }
        let matchingFigures = figures.filter { $0.measure.lowercased().contains(wanted) || $0.id.lowercased().contains(wanted) }
        return matchingPeople.flatMap(Self.lines(for:)) + matchingFigures.flatMap(Self.lines(for:))
    }

    static func lines(for person: Person) -> [String] {
        var lines = ["person: \(person.name) (\(person.id))"]
        if !person.aliases.isEmpty { lines.append("  also written: \(person.aliases.joined(separator: ", "))") }
        lines.append("  kept as a person because:")
        lines += person.evidence.isEmpty ? ["    (no evidence recorded)"] : person.evidence.map { "    " + $0 }
        return lines
    }

    static func lines(for figure: Figure) -> [String] {
        var lines = ["figure: \(figure.measure) (\(figure.id)), \(figure.agreement)"]
        if let basis = figure.basis {
            lines.append("  values share the row because: \(basis)")
        } else {
            lines.append("  no basis: one source states it, nothing was compared")
        }
        lines += figure.values.map { "    \($0.text) (\($0.source), \($0.anchor))" }
        return lines
    }
}
