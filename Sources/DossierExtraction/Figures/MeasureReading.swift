/// What a number counts, read from the words around it.
struct MeasureReading: Sendable, Hashable {
    /// The counted noun's class (`hostage` for hostages, captives and prisoners); nil if none is stated.
    var head: String?
    /// The counted noun as written (`hostages`, `Palestinians`, `arms sales`).
    var headText: String?
    /// Proper adjectives and nationalities of the counted thing (`palestinian`), sorted.
    var adjectives: [String] = []
    /// What happened to it (`released`, `taken`, `held`, `rose`).
    var event: String?
    /// Its state (`alive`, `dead`, `unknown`, `injured`).
    var condition: String?
    /// The words that said so, as lowercased in the text (`killed`, `bodies`).
    var eventWord: String?
    var conditionWord: String?
    /// The head came from an earlier number (`24 of whom`, `35 others`).
    var pointsBack = false
    /// Whose age, for `21-year-old Edan Alexander`.
    var subject: String?
    /// Content words of the clause, as lemmas.
    var context: [String] = []
    /// Capitalized words of the sentence, lowercased.
    var names: [String] = []
    /// Who has, plans, pays or counts it: the nearest name before the number in its clause, lowercased
    /// (`labour` in `Labour's plan to invest £60bn`); nil when a verb of saying comes between or no name is near.
    var owner: String?
    /// The owner as written, without a possessive (`Labour`).
    var ownerText: String?
    /// For a year: what it is the year of (`year secured`, `year of introduction`).
    var yearLabel: String?
    /// For a year, the verb of its label as a lemma (`secure`), to compare with other sources' verbs.
    var yearVerb: String?
    /// Content words of the whole sentence, as lemmas: wider evidence than the clause, for years.
    var sentenceWords: [String] = []
    /// The time the number is tied to, lowercased (`2011` in `£50bn in cuts by 2011`, `june`, `last year`).
    var time: String?
    /// The time reference as written with its preposition (`by 2011`), for labels.
    var timeText: String?
    /// `from` or `to` when the number is one end of a change (`from £60,000`, `to £150,000`).
    var direction: String?
    /// The token after the value's text (qualifier, number, unit and counted noun).
    var textEnd: Int
}
