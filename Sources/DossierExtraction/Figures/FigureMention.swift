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
    /// The counted noun is a person (WordNet's first sense is in `noun.person`, or the news vocabulary says so).
    var countsPeople = false
    /// Whether `year` was read (from the sentence or the article's date) rather than guessed from the corpus.
    var yearKnown = false

    /// `people`, `USD`, `percent`, `days`, `year`, …; nil for counts of things.
    var unit: String? {
        switch quantity.kind {
        case .count, .vague:
            if countsPeople { return "people" }
            if let head = reading.head, MeasureVocabulary.personNouns.contains(head) { return "people" }
            if reading.head == nil, reading.condition != nil { return "people" }
            return nil
        case .age: return "years of age"
        default: return quantity.unit
        }
    }

    /// What kind of value this is: mentions of different classes are never compared (a count and a sum of money,
    /// days and months). Currencies share a class: sums in two currencies can only be compared approximately.
    var measureClass: String {
        switch quantity.kind {
        case .count, .vague: return "count"
        case .money: return "money"
        case .age, .year: return quantity.kind.rawValue
        case .percent, .duration, .physical: return quantity.kind.rawValue + "|" + (quantity.unit ?? "")
        }
    }

    /// What is measured, as a noun: the counted noun, or for an age whose age it is. (A caller reading it of many
    /// mentions reads them through the array's buffer: read through the array's subscript, it copied the whole mention.)
    var measuredNoun: String? {
        if quantity.kind == .age { return reading.subject?.lowercased() ?? reading.head }
        return reading.head
    }

    /// The time the number is tied to, as one key: `last year` in an article of 2018 is `2017`, as a sentence
    /// that names 2017 would say.
    var timeKey: String? {
        guard let time = reading.time else { return nil }
        guard let offset = Self.relativeYears[time] else { return time }
        // Without the article's date, `last year` may be any year a sentence names.
        guard let year, yearKnown else { return Self.someYear }
        return String(year + offset)
    }

    /// What happened to the counted thing and how it is, as one key (`released|`, `|alive`, `|` for neither).
    var state: String { (reading.event ?? "") + "|" + (reading.condition ?? "") }

    /// Times that name a year relative to the article's date, with the offset.
    static let relativeYears = ["last year": -1, "this year": 0, "next year": 1]

    /// The time key of a year relative to an unknown date.
    static let someYear = "some year"

    /// Whether two time keys may name the same time: equal, or one a year relative to an unknown date and the
    /// other a year.
    static func timesMayMatch(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        if lhs == someYear { return Int(rhs) != nil }
        if rhs == someYear { return Int(lhs) != nil }
        return false
    }

    /// Whether the reading says what happened to the counted thing, or how it is.
    var hasState: Bool { reading.event != nil || reading.condition != nil || reading.yearVerb != nil }
}
