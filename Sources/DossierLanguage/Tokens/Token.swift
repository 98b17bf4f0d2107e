/// One word, number or punctuation mark of a sentence, analysed once in the parse stage.
///
/// Every extractor reads these tokens; none re-tokenizes the sentence text.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case word, number, punctuation }

    /// How a word is written, which tells names and acronyms from common words.
    public enum Shape: Sendable, Hashable {
        /// `hostage`, `al-madhoun`.
        case lower
        /// `Hostage`, `McDonald`, a single capital `W`.
        case capitalised
        /// Two or more letters, all capitals: `NATO`, `U.S.`.
        case upper
        /// Begins in lower case with a capital inside: `iPhone`, `al-Madhoun`.
        case mixed
        /// Numbers and punctuation.
        case other
    }

    /// As written, possessive ending and kept full stop included (`Hamas’s`, `Mr.`, `1,200`).
    public var text: String
    /// Offsets of `text` in the sentence, in Unicode scalars.
    public var range: Range<Int>
    public var kind: Kind
    public var shape: Shape
    /// Lower case, straight apostrophes, without a possessive `'s` or a trailing full stop (`hamas`, `mr`).
    public var lower: String
    /// The WordNet base form of `lower` (`hostages` → `hostage`, `ran` → `run`); `lower` when WordNet has none.
    public var lemma: String
    /// The WordNet noun lemma of `lower` (`Lexicon.nounLemma`: `hostages` → `hostage`, but `killed` stays `killed`),
    /// for keys of what is counted or discussed.
    public var nounLemma: String
    /// The value of a number written in digits (`1,200` → 1200, `1.9`, `15th` → 15); nil otherwise.
    public var number: Double?
    /// Position in the sentence, from 0.
    public var index: Int
    /// White space (or the sentence start) comes right before it.
    public var spaceBefore: Bool
    /// Ends in `'s` / `’s` (or a plural's bare `s'`).
    public var isPossessive: Bool
    /// Inside quotation marks.
    public var isQuoted: Bool

    public init(
        text: String, range: Range<Int>, kind: Kind, shape: Shape, lower: String, lemma: String? = nil,
        nounLemma: String? = nil, number: Double? = nil, index: Int = 0, spaceBefore: Bool = true, isPossessive: Bool = false, isQuoted: Bool = false
    ) {
        self.text = text
        self.range = range
        self.kind = kind
        self.shape = shape
        self.lower = lower
        self.lemma = lemma ?? lower
        self.nounLemma = nounLemma ?? lower
        self.number = number
        self.index = index
        self.spaceBefore = spaceBefore
        self.isPossessive = isPossessive
        self.isQuoted = isQuoted
    }

    public var isWord: Bool { kind == .word }
    public var isNumber: Bool { kind == .number }
    public var isPunctuation: Bool { kind == .punctuation }
    /// Begins with a capital letter (`Hostage`, `NATO`, `W.`).
    public var startsUppercase: Bool { shape == .capitalised || shape == .upper }

    /// Whether this is the punctuation mark `mark`.
    public func isPunctuation(_ mark: Character) -> Bool { kind == .punctuation && text.first == mark }

    /// `text` without its possessive ending and kept full stop (`Hamas’s` → `Hamas`, `Mr.` → `Mr`).
    public var bare: String {
        var word = Substring(text)
        if isPossessive {
            if word.hasSuffix("s") || word.hasSuffix("S") { word = word.dropLast(2) } else { word = word.dropLast() }
        }
        if word.hasSuffix("."), word.count > 1 { word = word.dropLast() }
        return String(word)
    }
}
