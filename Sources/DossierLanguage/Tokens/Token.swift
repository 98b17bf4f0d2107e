/// One word, number or punctuation mark of a sentence, analysed once in the parse stage.
///
/// Every extractor reads these tokens; none re-tokenizes the sentence text.
///
/// A corpus holds about one token per five bytes of text, every token lives until the build ends, and the extractors
/// copy tokens millions of times, so the stored layout is compact and plain (32 bytes, against 128 for the plain
/// fields): the four strings are one pointer to forms stored once for the process (`TokenFormsReference`: a token has
/// no reference-counted field, so a copy retains nothing), 32-bit offsets and position, the word type number, kind,
/// shape and flags packed in one 32-bit word (`packed`), and the number without the optional's padding. The
/// properties read and write as plain values.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable, Hashable { case word, number, punctuation }

    /// How a word is written, which tells names and acronyms from common words.
    public enum Shape: UInt8, Sendable, Hashable {
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

    /// `text`, `lower`, `lemma` and `nounLemma`, stored once for every token that reads the same.
    @usableFromInline var forms: TokenFormsReference
    /// The number's value when `traits` holds `.hasNumber`, else 0.
    @usableFromInline var value: Double
    @usableFromInline var start: UInt32
    @usableFromInline var end: UInt32
    @usableFromInline var position: UInt32
    /// `wordType`'s number (the low 20 bits), `kind` (2 bits), `shape` (3 bits) and `traits` (the high 7 bits), in
    /// one 32-bit word: a corpus's tokens are about a million, each copied into its sentence and kept to the end of
    /// the build.
    @usableFromInline var packed: UInt32

    @inlinable static var typeMask: UInt32 { 0x000F_FFFF }
    @inlinable static var kindShift: UInt32 { 20 }
    @inlinable static var shapeShift: UInt32 { 22 }
    @inlinable static var traitsShift: UInt32 { 25 }

    /// The packed word of a token without a word type number.
    @inlinable static func packed(kind: Kind, shape: Shape, traits: Traits) -> UInt32 {
        UInt32(kind.rawValue) << kindShift | UInt32(shape.rawValue) << shapeShift | UInt32(traits.rawValue) << traitsShift
    }

    /// `wordType`'s number: `WordTypeNumbers` gives numbers below 1 << 20.
    @usableFromInline var type: UInt32 {
        @inlinable get { packed & Self.typeMask }
        set { packed = packed & ~Self.typeMask | newValue & Self.typeMask }
    }

    public var kind: Kind {
        // Every packed kind was stored from a `Kind`: the fallback is never taken.
        @inlinable get { Kind(rawValue: UInt8(truncatingIfNeeded: packed >> Self.kindShift) & 3) ?? .punctuation }
        set {
            packed = packed & ~(3 << Self.kindShift | Self.typeMask) | UInt32(newValue.rawValue) << Self.kindShift
        }
    }

    public var shape: Shape {
        // Every packed shape was stored from a `Shape`: the fallback is never taken.
        @inlinable get { Shape(rawValue: UInt8(truncatingIfNeeded: packed >> Self.shapeShift) & 7) ?? .other }
        set {
            packed = packed & ~(7 << Self.shapeShift | Self.typeMask) | UInt32(newValue.rawValue) << Self.shapeShift
        }
    }

    @usableFromInline var traits: Traits {
        @inlinable get { Traits(rawValue: UInt8(truncatingIfNeeded: packed >> Self.traitsShift)) }
        set { packed = packed & ~(0x7F << Self.traitsShift) | UInt32(newValue.rawValue) << Self.traitsShift }
    }

    // The getters the extractors ask of every token are inlinable (and so what they read is `@usableFromInline`):
    // a call into this module for a token in an array copied the token first, retaining and releasing its strings.
    // The traits are inlinable constants, not stored `static let`s: another module reached those through a call, and
    // the optimiser copied the whole token across it in every getter that reads `traits`.
    @usableFromInline struct Traits: OptionSet, Sendable, Hashable {
        @usableFromInline let rawValue: UInt8
        @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }
        @inlinable static var spaceBefore: Traits { Traits(rawValue: 1) }
        @inlinable static var possessive: Traits { Traits(rawValue: 2) }
        @inlinable static var quoted: Traits { Traits(rawValue: 4) }
        @inlinable static var hasNumber: Traits { Traits(rawValue: 8) }
    }

    public init(
        text: String, range: Range<Int>, kind: Kind, shape: Shape, lower: String, lemma: String? = nil,
        nounLemma: String? = nil, number: Double? = nil, index: Int = 0, spaceBefore: Bool = true, isPossessive: Bool = false, isQuoted: Bool = false
    ) {
        forms = .interned(text: text, lower: lower, lemma: lemma ?? lower, nounLemma: nounLemma ?? lower)
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        position = UInt32(index)
        value = number ?? 0
        packed = Self.packed(kind: kind, shape: shape, traits: number == nil ? [] : .hasNumber)
        self.spaceBefore = spaceBefore
        self.isPossessive = isPossessive
        self.isQuoted = isQuoted
    }

    /// The tokenizer's analysis of a word or number: what the public initializer makes of it (at the sentence start,
    /// with a space before), given its forms (`TokenFormsReference.interned`) instead of finding them again.
    init(analysis forms: TokenFormsReference, kind: Kind, shape: Shape, number: Double?, isPossessive: Bool) {
        self.forms = forms
        start = 0
        end = 0
        position = 0
        value = number ?? 0
        var traits: Traits = .spaceBefore
        if number != nil { traits.insert(.hasNumber) }
        if isPossessive { traits.insert(.possessive) }
        packed = Self.packed(kind: kind, shape: shape, traits: traits)
    }

    /// The build-wide number of the word type the tokenizer made this token of (`WordTypeNumbers`): two tokens with
    /// the same nonzero number are spelled alike, scalar for scalar, and were analysed alike (`lower`, lemmas, shape,
    /// number), so a table kept per word can be an array indexed by it. 0 when there is none: a punctuation mark, a
    /// token made by the public initializer, and a token whose text or analysis was changed since it was made.
    ///
    /// The numbers depend on thread timing (see `WordTypeNumbers`): keys only, never an order. They take no part in
    /// `==` and `hash(into:)`.
    @inlinable public var wordType: UInt32 { type }

    /// The analysis's word type number (`wordType`), which the tokenizer gives it when it first analyses the type.
    mutating func setWordType(_ number: UInt32) {
        precondition(number <= Self.typeMask, "a word type number fits in 20 bits")
        type = number
    }

    /// Gives the tokenizer's copy of a word type's analysis the range, position, spacing and quoting of an occurrence
    /// (what a token made of the analysis with these four fields would be), in place: no field but these four is written.
    mutating func setOccurrence(range: Range<Int>, index: Int, spaceBefore: Bool, isQuoted: Bool) {
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        position = UInt32(index)
        traits = Self.occurrenceTraits(traits, spaceBefore: spaceBefore, isQuoted: isQuoted)
    }

    /// The tokenizer's token of a punctuation mark: what the public initializer makes of the mark's text as a
    /// `.punctuation` of shape `.other`, lower form its text and no lemma of its own, given the mark's forms
    /// (`TokenFormsReference.interned(mark:)`) instead of looking them up again.
    init(punctuation forms: TokenFormsReference, range: Range<Int>, index: Int, spaceBefore: Bool, isQuoted: Bool) {
        self.forms = forms
        value = 0
        start = UInt32(range.lowerBound)
        end = UInt32(range.upperBound)
        position = UInt32(index)
        packed = Self.packed(kind: .punctuation, shape: .other,
                             traits: Self.occurrenceTraits([], spaceBefore: spaceBefore, isQuoted: isQuoted))
    }

    /// `traits` with the spacing and quoting of an occurrence in place of their own.
    private static func occurrenceTraits(_ traits: Traits, spaceBefore: Bool, isQuoted: Bool) -> Traits {
        var raw = traits.rawValue & ~(Traits.spaceBefore.rawValue | Traits.quoted.rawValue)
        if spaceBefore { raw |= Traits.spaceBefore.rawValue }
        if isQuoted { raw |= Traits.quoted.rawValue }
        return Traits(rawValue: raw)
    }

    /// As written, possessive ending and kept full stop included (`Hamas’s`, `Mr.`, `1,200`).
    public var text: String {
        @inlinable get { forms.pointer.pointee.text }
        set { setForms(text: newValue, lower: lower, lemma: lemma, nounLemma: nounLemma) }
    }

    /// Lower case, straight apostrophes, without a possessive `'s` or a trailing full stop (`hamas`, `mr`).
    public var lower: String {
        @inlinable get { forms.pointer.pointee.lower }
        set { setForms(text: text, lower: newValue, lemma: lemma, nounLemma: nounLemma) }
    }

    /// Offsets of `text` in the sentence, in Unicode scalars.
    public var range: Range<Int> {
        @inlinable get { Int(start)..<Int(end) }
        set {
            start = UInt32(newValue.lowerBound)
            end = UInt32(newValue.upperBound)
        }
    }

    /// The WordNet base form of `lower` (`hostages` → `hostage`, `ran` → `run`); `lower` when WordNet has none.
    public var lemma: String {
        @inlinable get { forms.pointer.pointee.lemma }
        set { setForms(text: text, lower: lower, lemma: newValue, nounLemma: nounLemma) }
    }

    /// The WordNet noun lemma of `lower` (`Lexicon.nounLemma`: `hostages` → `hostage`, but `killed` stays `killed`),
    /// for keys of what is counted or discussed.
    public var nounLemma: String {
        @inlinable get { forms.pointer.pointee.nounLemma }
        set { setForms(text: text, lower: lower, lemma: lemma, nounLemma: newValue) }
    }

    /// The value of a number written in digits (`1,200` → 1200, `1.9`, `15th` → 15); nil otherwise.
    public var number: Double? {
        @inlinable get { traits.contains(.hasNumber) ? value : nil }
        set {
            value = newValue ?? 0
            set(.hasNumber, newValue != nil)
            type = 0
        }
    }

    /// Position in the sentence, from 0.
    public var index: Int {
        @inlinable get { Int(position) }
        set { position = UInt32(newValue) }
    }

    /// White space (or the sentence start) comes right before it.
    public var spaceBefore: Bool {
        @inlinable get { traits.contains(.spaceBefore) }
        set { set(.spaceBefore, newValue) }
    }

    /// Ends in `'s` / `’s` (or a plural's bare `s'`).
    public var isPossessive: Bool {
        @inlinable get { traits.contains(.possessive) }
        set {
            set(.possessive, newValue)
            type = 0
        }
    }

    /// Inside quotation marks.
    public var isQuoted: Bool {
        @inlinable get { traits.contains(.quoted) }
        set { set(.quoted, newValue) }
    }

    private mutating func set(_ trait: Traits, _ on: Bool) {
        if on { traits.insert(trait) } else { traits.remove(trait) }
    }

    /// Other strings for this token: its word type number no longer holds.
    private mutating func setForms(text: String, lower: String, lemma: String, nounLemma: String) {
        forms = .interned(text: text, lower: lower, lemma: lemma, nounLemma: nounLemma)
        type = 0
    }

    /// Equal tokens have equal fields, all but `wordType` (a token of the tokenizer equals one made by the public
    /// initializer with the same values). Tokens whose strings read the same share their forms, so the strings
    /// compare as one pointer.
    public static func == (left: Token, right: Token) -> Bool {
        left.forms == right.forms && left.value == right.value && left.start == right.start
            && left.end == right.end && left.position == right.position && left.kind == right.kind
            && left.shape == right.shape && left.traits == right.traits
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(lower)
        hasher.combine(lemma)
        hasher.combine(nounLemma)
        hasher.combine(value)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(position)
        hasher.combine(kind)
        hasher.combine(shape)
        hasher.combine(traits)
    }

    @inlinable public var isWord: Bool { kind == .word }
    @inlinable public var isNumber: Bool { kind == .number }
    @inlinable public var isPunctuation: Bool { kind == .punctuation }
    /// Begins with a capital letter (`Hostage`, `NATO`, `W.`).
    @inlinable public var startsUppercase: Bool { shape == .capitalised || shape == .upper }

    /// Whether this is the punctuation mark `mark`. Extractors ask it of every token: a one-byte mark and text
    /// compare as bytes, without reading a Character.
    @inlinable public func isPunctuation(_ mark: Character) -> Bool {
        guard kind == .punctuation else { return false }
        let text = self.text
        if text.utf8.count == 1, mark.utf8.count == 1 { return text.utf8.first == mark.utf8.first }
        return text.first == mark
    }

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
