/// Why values were put in one row, in words a reader can check: the kind of value, what it measures, and the words
/// the sentences of two or more sources share (`count of page; shared words: memo, release`).
enum FigureBasis {

    /// Nil for a row of one source: nothing was compared.
    static func basis(of members: [FigureMention]) -> String? {
        guard Set(members.map(\.sourceIndex)).count > 1, let first = members.first else { return nil }
        var nouns: [String] = []
        for noun in members.compactMap(\.measuredNoun) where !nouns.contains(noun) { nouns.append(noun) }
        var measure = kind(of: first)
        if !nouns.isEmpty { measure += " of " + nouns.sorted().joined(separator: " / ") }
        var sources: [String: Set<Int>] = [:]
        for member in members {
            for word in member.reading.context + (member.quantity.kind == .year ? member.reading.sentenceWords : []) {
                sources[word, default: []].insert(member.sourceIndex)
            }
        }
        let shared = sources.filter { $0.value.count > 1 && !nouns.contains($0.key) }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(FigureRules.sharedWordsShown).map(\.key)
        var parts = [measure]
        let numbers = Set(members.compactMap(\.value.value))
        if numbers.count == 1 { parts.append("the same number") }
        if !shared.isEmpty { parts.append("shared words: " + shared.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    private static func kind(of mention: FigureMention) -> String {
        switch mention.quantity.kind {
        case .count, .vague: return mention.unit == "people" ? "count of people" : "count"
        case .money: return "sum of money"
        case .percent: return mention.quantity.unit == "percentage points" ? "change in percentage points" : "percentage"
        case .duration: return "duration in " + (mention.quantity.unit ?? "time")
        case .age: return "age"
        case .year: return "year"
        case .physical: return "measure in " + (mention.quantity.unit ?? "units")
        }
    }
}
