/// A number as one sentence states it, before anyone asks what it counts.
struct Quantity: Sendable, Hashable {
    enum Kind: String, Sendable, Hashable {
        /// `59 hostages`, `ten captives`.
        case count
        /// `$11 billion`.
        case money
        /// `90%`, `90 percent`.
        case percent
        /// `60-day`, `nearly 17 months`.
        case duration
        /// `21-year-old`.
        case age
        /// `in 1997`, `28 years ago` (resolved with the article's date).
        case year
        /// `2,000-pound`, `5km`.
        case physical
        /// `hundreds`, `dozens`, `fewer than half`: no number.
        case vague
    }

    var kind: Kind
    /// The number; nil for vague amounts.
    var value: Double?
    /// The top of a range (`10 to 12`).
    var upper: Double?
    /// As written, lowercased (`about`, `more than`, `an estimated`).
    var qualifier: String?
    /// `USD`, `percent`, `days`, `pounds`, …; nil for counts (the head noun says what they count).
    var unit: String?
    /// Tokens from the qualifier through the number and its unit.
    var tokens: Range<Int>
    /// Where the number itself starts (after the qualifier and currency sign).
    var numberStart: Int
}
