import DossierCore

/// One number one source states, with what it counts: the unit of grouping.
struct FigureMention: Sendable {
    var quantity: Quantity
    var reading: MeasureReading
    var value: FigureValue
    /// Position of the source in the corpus, and of the sentence in the source: the stable order of mentions.
    var sourceIndex: Int
    var sentenceIndex: Int
    /// The year the number belongs to: one its sentence names, else the article's own year.
    var year: Int?

    /// `people`, `USD`, `percent`, `days`, `year`, …; nil for counts of things.
    var unit: String? {
        switch quantity.kind {
        case .count, .vague:
            if let head = reading.head, MeasureVocabulary.personNouns.contains(head) { return "people" }
            if reading.head == nil, reading.condition != nil { return "people" }
            return nil
        case .age: return "years of age"
        default: return quantity.unit
        }
    }

    /// Mentions in different buckets are never compared: same kind, unit, counted noun and states.
    var bucket: String {
        let kind = quantity.kind == .vague ? Quantity.Kind.count : quantity.kind
        if kind == .age {
            return [kind.rawValue, reading.subject?.lowercased() ?? reading.head ?? ""].joined(separator: "|")
        }
        let parts = [kind.rawValue, unit ?? "", reading.head ?? "", reading.event ?? "", reading.condition ?? "",
                     reading.subject?.lowercased() ?? ""]
        return parts.joined(separator: "|")
    }

    /// How much the bucket alone says about the measure: 2 when it names the counted thing and what happened to it.
    var specificity: Int {
        if quantity.kind == .age { return reading.subject != nil || reading.head != nil ? 2 : 0 }
        let hasHead = reading.head != nil
        let hasState = reading.event != nil || reading.condition != nil
        return (hasHead ? 1 : 0) + (hasState ? 1 : 0)
    }
}
