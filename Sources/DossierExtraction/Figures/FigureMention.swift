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
    var unit: String? { Self.unit(quantity.kind, unit: quantity.unit, countsPeople: countsPeople, head: reading.head, condition: reading.condition) }

    /// `unit` of a mention of a quantity of this kind and unit, whose reading has this head and condition.
    static func unit(_ kind: Quantity.Kind, unit: String?, countsPeople: Bool, head: String?, condition: String?) -> String? {
        switch kind {
        case .count, .vague:
            if countsPeople { return "people" }
            if let head, MeasureVocabulary.personNouns.contains(head) { return "people" }
            if head == nil, condition != nil { return "people" }
            return nil
        case .age: return "years of age"
        default: return unit
        }
    }

    /// What kind of value this is: mentions of different classes are never compared (a count and a sum of money,
    /// days and months). Currencies share a class: sums in two currencies can only be compared approximately.
    var measureClass: String { Self.measureClass(quantity.kind, unit: quantity.unit) }

    /// `measureClass` of a quantity of this kind and unit. (The computed properties are also written as functions of
    /// the fields they read, for callers that read many mentions in place: a computed property of a mention in an
    /// array copied the whole mention, about twenty strings and arrays retained and released, to read it.)
    static func measureClass(_ kind: Quantity.Kind, unit: String?) -> String {
        switch kind {
        case .count, .vague: return "count"
        case .money: return "money"
        case .age, .year: return kind.rawValue
        case .percent, .duration, .physical: return kind.rawValue + "|" + (unit ?? "")
        }
    }

    /// What is measured, as a noun: the counted noun, or for an age whose age it is. (A caller reading it of many
    /// mentions reads them through the array's buffer: read through the array's subscript, it copied the whole mention.)
    var measuredNoun: String? { Self.measuredNoun(quantity.kind, subject: reading.subject, head: reading.head) }

    /// `measuredNoun` of a reading of a quantity of this kind, with this subject and head.
    static func measuredNoun(_ kind: Quantity.Kind, subject: String?, head: String?) -> String? {
        if kind == .age { return subject?.lowercased() ?? head }
        return head
    }

    /// The time the number is tied to, as one key: `last year` in an article of 2018 is `2017`, as a sentence
    /// that names 2017 would say.
    var timeKey: String? { Self.timeKey(time: reading.time, year: year, yearKnown: yearKnown) }

    /// `timeKey` of a mention whose reading's time is `time`, of this year.
    static func timeKey(time: String?, year: Int?, yearKnown: Bool) -> String? {
        guard let time else { return nil }
        guard let offset = relativeYears[time] else { return time }
        // Without the article's date, `last year` may be any year a sentence names.
        guard let year, yearKnown else { return someYear }
        return String(year + offset)
    }

    /// What happened to the counted thing and how it is, as one key (`released|`, `|alive`, `|` for neither).
    var state: String { Self.state(event: reading.event, condition: reading.condition) }

    /// `state` of a reading with this event and condition.
    static func state(event: String?, condition: String?) -> String { (event ?? "") + "|" + (condition ?? "") }

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

/// The computed properties of a mention read in place, by position (`mentions.unit(at: i)`): `mentions[i].unit` copied
/// the whole mention (about twenty strings and arrays, each retained and released) to read three or four fields.
extension Array where Element == FigureMention {
    func unit(at index: Int) -> String? {
        FigureMention.unit(self[index].quantity.kind, unit: self[index].quantity.unit, countsPeople: self[index].countsPeople,
                           head: self[index].reading.head, condition: self[index].reading.condition)
    }

    func measuredNoun(at index: Int) -> String? {
        FigureMention.measuredNoun(self[index].quantity.kind, subject: self[index].reading.subject, head: self[index].reading.head)
    }

    func measureClass(at index: Int) -> String {
        FigureMention.measureClass(self[index].quantity.kind, unit: self[index].quantity.unit)
    }
}
