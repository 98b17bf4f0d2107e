/// Why values were put in one row, in words a reader can check: the kind of value, what it measures, and the words
/// the sentences of two or more sources share (`count of page; shared words: memo, release`).
enum FigureBasis {

    /// Nil for a row of one source: nothing was compared. `members`: the row's mentions, by position in `mentions`
    /// (read in place, not copied).
    static func basis(of members: [Int], in mentions: [FigureMention]) -> String? {
        guard let first = members.first, members.contains(where: { mentions[$0].sourceIndex != mentions[first].sourceIndex }) else {
            return nil
        }
        var nouns: [String] = []
        for member in members {
            if let noun = mentions[member].measuredNoun, !nouns.contains(noun) { nouns.append(noun) }
        }
        var measure = kind(of: mentions[first])
        if !nouns.isEmpty { measure += " of " + nouns.sorted().joined(separator: " / ") }
        var sources: [String: Set<Int>] = [:]
        for member in members {
            let source = mentions[member].sourceIndex
            for word in mentions[member].reading.context { sources[word, default: []].insert(source) }
            if mentions[member].quantity.kind == .year {
                for word in mentions[member].reading.sentenceWords { sources[word, default: []].insert(source) }
            }
        }
        let shared = sources.filter { $0.value.count > 1 && !nouns.contains($0.key) }
            .sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .prefix(FigureRules.sharedWordsShown).map(\.key)
        var parts = [measure]
        let numbers = Set(members.compactMap { mentions[$0].value.value })
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
