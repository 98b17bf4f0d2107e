import DossierLanguage

/// A short label a reader understands for a group of mentions (`hostages still held`, `Palestinian prisoners released`).
enum MeasureLabel {
    private static let eventPhrases = WordList.measureEventPhrases.pairs
    private static let conditionPhrases = WordList.measureConditionPhrases.pairs

    static func label(for mentions: [FigureMention]) -> String {
        guard let first = mentions.first else { return "figure" }
        let reading = first.reading
        switch first.quantity.kind {
        case .age:
            return "age of " + (mostCommon(mentions.compactMap(\.reading.subject)) ?? mostCommon(mentions.compactMap(\.reading.headText)) ?? "someone")
        case .year:
            return mostCommon(mentions.compactMap(\.reading.yearLabel)) ?? "year"
        case .duration where first.value.text.lowercased().hasSuffix(" ago"):
            // `six months ago`: how long before the article something happened, whatever the verb before it
            return "how long ago (\(first.quantity.unit ?? "time"))"
        default:
            break
        }
        let headText = mostCommon(mentions.compactMap(\.reading.headText))
        let condition = reading.condition.map { phrase(mentions.compactMap(\.reading.conditionWord), or: conditionPhrases[$0] ?? $0) }
        var event = reading.event.map { phrase(mentions.compactMap(\.reading.eventWord), or: eventPhrases[$0] ?? $0) }
        // `would save £4bn` reads as savings; `savings saved` would say it twice
        if let headText, let word = reading.eventWord, MeasureVocabulary.verbNouns[word] == headText { event = nil }
        let states = [condition, event].compactMap { $0 }
        guard var noun = headText else { return plainLabel(first, states: states) }
        if noun.first?.isUppercase == false { noun = noun.lowercased() }
        if let adjective = sharedAdjective(mentions), !noun.lowercased().hasPrefix(adjective) {
            noun = adjective.prefix(1).uppercased() + adjective.dropFirst() + " " + noun
        }
        var words = [noun] + states
        if first.quantity.kind == .duration || first.quantity.kind == .physical, let unit = first.quantity.unit {
            words.append("(\(unit))")
        }
        return words.joined(separator: " ")
    }

    /// What is measured, said plainly when no counted noun is named (`people killed`, `amount (GBP)`).
    private static func plainLabel(_ mention: FigureMention, states: [String]) -> String {
        let unit = mention.unit
        if !states.isEmpty { return (unit == "people" ? "people" : "number") + " " + states.joined(separator: " ") }
        switch mention.quantity.kind {
        case .money: return "amount (\(unit ?? "money"))"
        case .percent: return "percentage"
        case .duration: return "duration (\(unit ?? "time"))"
        case .physical: return "size (\(unit ?? "units"))"
        default: return unit == "people" ? "number of people" : "number"
        }
    }

    /// A label that tells a row from others with the same label: whose number it is and when
    /// (`Labour's savings`, `tax cuts by 2011`, `detainees released by Hamas`).
    static func distinguished(_ label: String, for mentions: [FigureMention]) -> String {
        guard let first = mentions.first, first.reading.headText != nil,
              ![.year, .age].contains(first.quantity.kind) else { return label }
        var result = label
        if let owner = mostCommon(mentions.compactMap(\.reading.ownerText)), owner.split(separator: " ").count <= 3 {
            let reading = first.reading
            let eventShown = reading.event != nil && reading.eventWord.flatMap { MeasureVocabulary.verbNouns[$0] } != reading.headText
            let hasState = eventShown || reading.condition != nil
            if hasState {
                result += " by " + owner
            } else {
                result = owner + (owner.hasSuffix("s") ? "’ " : "’s ") + result
            }
        }
        if let time = mostCommon(mentions.compactMap(\.reading.timeText)), let lead = time.split(separator: " ").first,
           MeasureVocabulary.timePrepositions.contains(lead.lowercased()) || ["last", "next", "this"].contains(lead.lowercased()),
           !time.contains("'"), !time.contains("’") {
            result += " " + time
        }
        return result
    }

    /// Participles a reader takes as they are (`killed`, `freed`); other state words give way to the class's phrase.
    private static let plainStates = WordList.plainStateWords.words

    private static func phrase(_ words: [String], or fallback: String) -> String {
        guard let word = mostCommon(words.filter(plainStates.contains)) else { return fallback }
        return word == "held" ? "still held" : word
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
