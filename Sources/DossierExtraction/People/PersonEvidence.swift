/// Why a name was kept as a person, in words a developer can check against the text (`dossier.json`'s `evidence`):
/// the curation file, then the signs in the text, most telling first, then the given name and how many sources.
enum PersonEvidence {
    /// `found`: the person's occurrences (indices in `occurrences`) in reading order, read in place; `firstRole`: the
    /// first role phrase the text gives them in that order (`RolePhrases.roles`), the only one the evidence names.
    static func list(_ found: [Int], of occurrences: [NameOccurrence], firstRole: String?, draft: PersonDraft, sources: Int,
                     givenNames: GivenNames) -> [String] {
        var evidence: [String] = []
        if draft.name != nil || draft.role != nil || !draft.addedForms.isEmpty { evidence.append("curated: people.yml") }
        if let title = mostFrequent(found.compactMap { occurrences[$0].cues.titleWord }) { evidence.append("title: \(title)") }
        if let honorific = mostFrequent(found.compactMap { occurrences[$0].cues.honorificWord }) { evidence.append("honorific: \(honorific)") }
        if found.contains(where: { occurrences[$0].cues.age }) { evidence.append("age given") }
        if let firstRole { evidence.append("role: \(firstRole)") }
        if let verb = mostFrequent(found.compactMap { occurrences[$0].cues.speechVerb }) { evidence.append("speech verb: \(verb)") }
        if found.contains(where: { occurrences[$0].cues.relative }) { evidence.append("relative clause: who") }
        if found.contains(where: { occurrences[$0].cues.coordinated }) { evidence.append("listed with other full names") }
        let given = found.lazy.map { occurrences[$0].nameWords }.filter { $0.count >= 2 }.map { $0[0] }.first { givenNames.contains($0) }
        if let given { evidence.append("given name: \(given)") }
        evidence.append(sources == 1 ? "1 source" : "\(sources) sources")
        return evidence
    }

    /// The most frequent value, the first in alphabetical order on a tie.
    private static func mostFrequent(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }
}
