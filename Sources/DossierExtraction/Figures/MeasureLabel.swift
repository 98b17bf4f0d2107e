import DossierLanguage

/// A short label a reader understands for a group of mentions (`hostages still held`, `Palestinian prisoners released`).
enum MeasureLabel {
    private static let eventPhrases = WordList.measureEventPhrases.pairs
    private static let conditionPhrases = WordList.measureConditionPhrases.pairs

    /// The label of a group given by its members' positions in `mentions`, read there in place: an array of the members'
    /// mentions copied each (about twenty strings and arrays, retained and later released) to read a few fields.
    static func label(for members: [Int], of mentions: [FigureMention]) -> String {
        guard let first = members.first else { return "figure" }
        // The first mention's quantity, and the three fields of its reading the label reads, taken in place (the reading
        // taken whole was a copy of about a dozen strings and arrays for every row).
        let quantity = mentions[first].quantity
        let condition = mentions[first].reading.condition, event = mentions[first].reading.event
        let eventWord = mentions[first].reading.eventWord
        switch quantity.kind {
        case .age:
            return "age of " + (mostCommon(members.compactMap { mentions[$0].reading.subject })
                ?? mostCommon(members.compactMap { mentions[$0].reading.headText }) ?? "someone")
        case .year:
            return mostCommon(members.compactMap { mentions[$0].reading.yearLabel }) ?? "year"
        case .duration where mentions[first].value.text.lowercased().hasSuffix(" ago"):
            // `six months ago`: how long before the article something happened, whatever the verb before it
            return "how long ago (\(quantity.unit ?? "time"))"
        default:
            break
        }
        let headText = mostCommon(members.compactMap { mentions[$0].reading.headText })
        let conditionPhrase = condition.map { phrase(members.compactMap { mentions[$0].reading.conditionWord }, or: conditionPhrases[$0] ?? $0) }
        var eventPhrase = event.map { phrase(members.compactMap { mentions[$0].reading.eventWord }, or: eventPhrases[$0] ?? $0) }
        // `would save £4bn` reads as savings; `savings saved` would say it twice
        if let headText, let word = eventWord, MeasureVocabulary.verbNouns[word] == headText { eventPhrase = nil }
        let states = [conditionPhrase, eventPhrase].compactMap { $0 }
        guard var noun = headText else { return plainLabel(quantity, unit: mentions.unit(at: first), states: states) }
        if noun.first?.isUppercase == false { noun = noun.lowercased() }
        if let adjective = sharedAdjective(members, of: mentions), !noun.lowercased().hasPrefix(adjective) {
            noun = adjective.prefix(1).uppercased() + adjective.dropFirst() + " " + noun
        }
        var words = [noun] + states
        if quantity.kind == .duration || quantity.kind == .physical, let unit = quantity.unit {
            words.append("(\(unit))")
        }
        return words.joined(separator: " ")
    }

    /// What is measured, said plainly when no counted noun is named (`people killed`, `amount (GBP)`).
    private static func plainLabel(_ quantity: Quantity, unit: String?, states: [String]) -> String {
        if !states.isEmpty { return (unit == "people" ? "people" : "number") + " " + states.joined(separator: " ") }
        switch quantity.kind {
        case .money: return "amount (\(unit ?? "money"))"
        case .percent: return "percentage"
        case .duration: return "duration (\(unit ?? "time"))"
        case .physical: return "size (\(unit ?? "units"))"
        default: return unit == "people" ? "number of people" : "number"
        }
    }

    /// A label that tells a row from others with the same label: whose number it is and when
    /// (`Labour's savings`, `tax cuts by 2011`, `detainees released by Hamas`).
    static func distinguished(_ label: String, for members: [Int], of mentions: [FigureMention]) -> String {
        guard let first = members.first, mentions[first].reading.headText != nil,
              ![.year, .age].contains(mentions[first].quantity.kind) else { return label }
        var result = label
        if let owner = mostCommon(members.compactMap { mentions[$0].reading.ownerText }), owner.split(separator: " ").count <= 3 {
            let reading = mentions[first].reading
            let eventShown = reading.event != nil && reading.eventWord.flatMap { MeasureVocabulary.verbNouns[$0] } != reading.headText
            let hasState = eventShown || reading.condition != nil
            if hasState {
                result += " by " + owner
            } else {
                result = owner + (owner.hasSuffix("s") ? "’ " : "’s ") + result
            }
        }
        if let time = mostCommon(members.compactMap { mentions[$0].reading.timeText }), let lead = time.split(separator: " ").first,
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
    /// Forms all alike (a row of one mention, as most are, or whose mentions agree) are that form without a tally: a
    /// dictionary made for each of a row's labels' fields hashed every form by SipHash.
    private static func mostCommon(_ forms: [String]) -> String? {
        guard let first = forms.first else { return nil }
        if forms.allSatisfy({ $0 == first }) { return first }
        var tally: [String: Int] = [:]
        for form in forms { tally[form, default: 0] += 1 }
        return tally.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }

    /// An adjective every mention that has adjectives shares (`palestinian`).
    private static func sharedAdjective(_ members: [Int], of mentions: [FigureMention]) -> String? {
        let sets = members.map { Set(mentions[$0].reading.adjectives) }.filter { !$0.isEmpty }
        guard let first = sets.first else { return nil }
        return sets.dropFirst().reduce(first) { $0.intersection($1) }.sorted().first
    }
}
