import DossierCore
/// A word, number or sign of a sentence, with where it stands in the sentence.
struct FigureToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case word
        /// Starts with a digit: `1,200`, `1.9`, `60-day`, `11bn`, `7th`.
        case number
        /// One character that is neither a letter nor a digit: `$`, `%`, `,`.
        case symbol
    }

    var text: String
    var kind: Kind
    var range: Range<String.Index>
    /// Lowercased, with straight apostrophes and without a possessive `'s`.
    var lower: String
    /// Whether white space stands between this token and the one before.
    var spaceBefore: Bool

    var isCapitalized: Bool { kind == .word && (text.first?.isUppercaseFast ?? false) }
    var isWord: Bool { kind == .word }
}
