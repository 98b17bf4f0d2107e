/// A short label a reader understands for a group of mentions (`hostages still held`, `Palestinian prisoners released`).
enum MeasureLabel {
    private static let eventPhrases: [String: String] = [
        "held": "still held", "released": "released", "taken": "taken", "displaced": "displaced", "arrested": "arrested",
        "rose": "rise", "fell": "fall", "cut": "cut", "sold": "sold", "raised": "raised", "approved": "approved",
    ]
    private static let conditionPhrases: [String: String] = [
        "alive": "alive", "dead": "dead", "unknown": "of unknown status", "injured": "injured",
    ]

    static func label(for mentions: [FigureMention], weights: WordWeights) -> String {
        guard let first = mentions.first else { return "figure" }
        let reading = first.reading
        let condition = reading.condition.map { phrase(mentions.compactMap(\.reading.conditionWord), or: conditionPhrases[$0] ?? $0) }
        let event = reading.event.map { phrase(mentions.compactMap(\.reading.eventWord), or: eventPhrases[$0] ?? $0) }
        let states = [condition, event].compactMap { $0 }
        switch first.quantity.kind {
        case .age:
            return "age of " + (mostCommon(mentions.compactMap(\.reading.subject)) ?? mostCommon(mentions.compactMap(\.reading.headText)) ?? "someone")
        case .year:
            return "year: " + inReadingOrder(keywords(mentions, weights: weights), in: first.value.sentence).joined(separator: " ")
        default:
            break
        }
        var noun = mostCommon(mentions.compactMap(\.reading.headText)) ?? fallbackNoun(first.quantity.kind)
        if noun.first?.isUppercase == false || noun.first == nil { noun = noun.lowercased() }
        if let adjective = sharedAdjective(mentions), !noun.lowercased().hasPrefix(adjective) {
            noun = adjective.prefix(1).uppercased() + adjective.dropFirst() + " " + noun
        }
        var words = [noun] + states
        if first.quantity.kind == .duration, let unit = first.quantity.unit { words.append("(\(unit))") }
        if reading.head == nil && states.isEmpty {
            words += inReadingOrder(keywords(mentions, weights: weights), in: first.value.sentence)
        }
        return words.joined(separator: " ")
    }

    /// Participles a reader takes as they are (`killed`, `freed`); other state words give way to the class's phrase.
    private static let plainStates: Set<String> = [
        "killed", "dead", "alive", "injured", "wounded", "missing", "displaced", "released", "freed", "taken",
        "captured", "abducted", "kidnapped", "arrested", "detained", "held", "cut", "approved", "raised", "sold",
    ]

    private static func phrase(_ words: [String], or fallback: String) -> String {
        guard let word = mostCommon(words.filter(plainStates.contains)) else { return fallback }
        return word == "held" ? "still held" : word
    }

    /// The most telling context words of a group, rarest first.
    static func keywords(_ mentions: [FigureMention], weights: WordWeights, count: Int = 3) -> [String] {
        var tally: [String: Int] = [:]
        for mention in mentions { for word in mention.reading.context { tally[word, default: 0] += 1 } }
        return tally.sorted { lhs, rhs in
            let l = Double(lhs.value) * weights.weight(lhs.key), r = Double(rhs.value) * weights.weight(rhs.key)
            return l != r ? l > r : lhs.key < rhs.key
        }.prefix(count).map(\.key)
    }

    /// The words in the order the sentence has them, so the label reads like the text.
    private static func inReadingOrder(_ words: [String], in sentence: String) -> [String] {
        let lower = sentence.lowercased()
        func position(_ word: String) -> Int {
            lower.range(of: word).map { lower.distance(from: lower.startIndex, to: $0.lowerBound) } ?? Int.max
        }
        return words.sorted { (position($0), $0) < (position($1), $1) }
    }

    private static func fallbackNoun(_ kind: Quantity.Kind) -> String {
        switch kind {
        case .money: return "amount"
        case .percent: return "share"
        case .duration: return "duration"
        case .physical: return "size"
        default: return "number"
        }
    }

    /// The surface form most sources use; ties go to the alphabetically first.
    private static func mostCommon(_ forms: [String]) -> String? {
        var tally: [String: Int] = [:]
        for form in forms { tally[form, default: 0] += 1 }
        return tally.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }

    /// An adjective every mention that has adjectives shares (`palestinian`).
    private static func sharedAdjective(_ mentions: [FigureMention]) -> String? {
        let sets = mentions.map { Set($0.reading.adjectives) }.filter { !$0.isEmpty }
        guard let first = sets.first else { return nil }
        return sets.dropFirst().reduce(first) { $0.intersection($1) }.sorted().first
    }
}
