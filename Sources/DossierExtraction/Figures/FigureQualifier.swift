import DossierLanguage

/// Qualifiers of a stated number (`about`, `more than`, `up to`) and the values each one allows.
enum FigureQualifier {
    /// Phrases before the number, longest first so `more than` wins over `more`.
    static let before: [[String]] = [
        ["no", "fewer", "than"], ["no", "more", "than"], ["no", "less", "than"], ["in", "excess", "of"],
        ["as", "many", "as"], ["as", "much", "as"], ["upwards", "of"], ["close", "to"], ["an", "estimated"],
        ["more", "than"], ["fewer", "than"], ["less", "than"], ["at", "least"], ["at", "most"], ["up", "to"],
        ["just", "over"], ["just", "under"], ["well", "over"],
        ["about"], ["around"], ["roughly"], ["approximately"], ["nearly"], ["almost"], ["over"], ["under"],
        ["some"], ["estimated"], ["below"], ["above"], ["approx"], ["circa"],
    ]
    /// The one-word phrases of `before`, for questions asked of every capitalized word (`About`): a set with a first
    /// look that hashes nothing, where `before.contains([word])` compared the word with every phrase.
    static let oneWordBefore = WordSet(Set(before.filter { $0.count == 1 }.map { $0[0] }))
    /// The last word of every phrase of `before`: a number after any other word has no qualifier before it.
    static let lastWordsBefore = WordSet(Set(before.compactMap(\.last)))
    /// Phrases after the number (`100 or more`).
    static let after: [[String]] = [["or", "more"], ["or", "so"], ["or", "fewer"], ["or", "less"]]

    private static let approximate = WordList.approximateQualifiers.words
    private static let lowerBound = WordList.lowerBoundQualifiers.words
    private static let upperBound = WordList.upperBoundQualifiers.words
    private static let justBelow: Set<String> = ["nearly", "almost"]

    /// The values a source's words allow: `about 250` allows 245…255, `more than 100` allows 100 and up.
    static func allowance(value: Double, upper: Double? = nil, qualifier: String?) -> ClosedRange<Double> {
        let high = upper ?? value
        guard let qualifier else { return value...high }
        if approximate.contains(qualifier) {
            let tolerance = max(abs(value) * 0.02, abs(value) >= 5 ? 1 : 0)
            return (value - tolerance)...(high + tolerance)
        }
        if lowerBound.contains(qualifier) { return value...Double.infinity }
        if upperBound.contains(qualifier) { return -Double.infinity...high }
        if justBelow.contains(qualifier) { return (value * 0.9)...high }
        return value...high
    }
}
