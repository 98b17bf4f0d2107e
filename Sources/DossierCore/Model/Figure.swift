/// One row of the comparison table: a measure and every value the sources state for it.
public struct Figure: Sendable, Hashable {
    public var id: String
    /// What is counted, in words (`hostages believed alive`).
    public var measure: String
    /// `people`, `USD`, `percent`, `days`, `years`, …; nil if none.
    public var unit: String?
    public var values: [FigureValue]
    public var agreement: Agreement
    /// Why the values were put in one row, for a row of two or more sources: what they measure and the words
    /// their sentences share (`count of rocket / projectile; shared words: fire, sunday`).
    public var basis: String?

    public init(id: String, measure: String, unit: String?, values: [FigureValue], agreement: Agreement, basis: String? = nil) {
        self.id = id
        self.measure = measure
        self.unit = unit
        self.values = values
        self.agreement = agreement
        self.basis = basis
    }

    /// Sources that state the measure, sorted.
    public var sources: [String] { values.map(\.reference.source).sortedOnce() }
    /// How many sources state a value: `sources.count`, without sorting or hashing them (`distinctCount(of:)`).
    public var sourceCount: Int { values.distinctCount { $0.reference.source } }
}

/// How the sources' values for one measure compare.
public enum Agreement: String, Sendable, Hashable, CaseIterable {
    case agree
    case approximate
    case conflict
    case single
}

/// One value as one source states it.
public struct FigureValue: Sendable, Hashable {
    /// The number; nil for vague amounts (`hundreds`, `fewer than half`).
    public var value: Double?
    /// The words as written (`24 of whom believed they were alive`).
    public var text: String
    /// `about`, `more than`, `at least`, …; nil if none.
    public var qualifier: String?
    /// The whole sentence the value stands in.
    public var sentence: String
    public var reference: SentenceReference
    /// The top of a range (`10 to 12`: value 10, upper 12); nil for a single number.
    public var upper: Double?

    public init(value: Double?, text: String, qualifier: String?, sentence: String, reference: SentenceReference,
                upper: Double? = nil) {
        self.value = value
        self.text = text
        self.qualifier = qualifier
        self.sentence = sentence
        self.reference = reference
        self.upper = upper
    }
}
