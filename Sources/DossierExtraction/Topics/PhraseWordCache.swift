import DossierLanguage

/// What `PhraseScanner` reads of a word token that its text alone decides (its key, whether it is a stop word, a
/// modifier or a determiner), worked out once per distinct word of a run of sentences and looked up for every other
/// token written the same way: a long article repeats its words millions of times, and each reading asks the
/// lexicon and several word lists. A word that opens its sentence is kept apart (its key may differ).
///
/// Each distinct reading gets a number (its place in `entries`), so a phrase can be told by the numbers of its words
/// without joining their strings (`PhraseStatistics` counts phrases that way within a run).
struct PhraseWordCache {
    /// A word as `PhraseScanner.word` reads it, with whether it is a determiner.
    struct Entry {
        var word: PhraseScanner.Word
        var isDeterminer: Bool
        /// The token's lower form the entry was made from: a token with the same text and another lower form (which
        /// the tokenizer never makes) is read afresh.
        var lower: String
    }

    /// What `PhraseScanner` asks of a reading at every phrase around its word, one byte per reading.
    struct Traits: OptionSet, Sendable {
        let rawValue: UInt8
        /// `Word.isStop`, `isWordLike`, `isModifier`, `isLongEnoughAlone`, `Entry.isDeterminer`.
        static let stop = Traits(rawValue: 1)
        static let wordLike = Traits(rawValue: 2)
        static let modifier = Traits(rawValue: 4)
        static let longEnoughAlone = Traits(rawValue: 8)
        static let determiner = Traits(rawValue: 16)
        /// The key is `of`, which may stand inside a phrase (`end of war`).
        static let of = Traits(rawValue: 32)
        /// The word is written as its key, byte for byte (`talk`, not `talks` or `Talk`): a phrase of such words is
        /// written as its spaced keys (`PhraseScanner.occurrence`).
        static let writtenAsKey = Traits(rawValue: 64)
        /// The entry's lower form is the text it was read from (`talks`, not `Talks`): the look-up of a later token
        /// with that text asks whether the token's lower form is its own text, read where the token is, rather than
        /// reading the entry (a cache miss per token: the entries are spread, the traits packed).
        static let lowerIsText = Traits(rawValue: 128)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ entry: Entry) {
            let word = entry.word
            var traits: Traits = []
            if word.isStop { traits.insert(.stop) }
            if word.isWordLike { traits.insert(.wordLike) }
            if word.isModifier { traits.insert(.modifier) }
            if word.isLongEnoughAlone { traits.insert(.longEnoughAlone) }
            if entry.isDeterminer { traits.insert(.determiner) }
            if word.key == "of" { traits.insert(.of) }
            if word.surface.hasSameBytes(as: word.key) { traits.insert(.writtenAsKey) }
            self = traits
        }
    }

    /// The texts met inside sentences and opening them, and for each (by its place) the number of its latest entry:
    /// for tokens without a word type number (`Token.wordType`), made outside the tokenizer.
    private var inside = StringPlaces()
    private var insideNumbers: [Int] = []
    private var opening = StringPlaces()
    private var openingNumbers: [Int] = []
    /// By word type number (`Token.wordType`): the number of the entry of the type's tokens inside sentences and
    /// opening them, or -1. A token is found by one array read, where its text was hashed and compared in `inside`
    /// for every word of every article; the arrays grow as the build's numbers do.
    private var insideByType: [Int32] = []
    private var openingByType: [Int32] = []
    /// Every reading made, by number.
    private(set) var entries: [Entry] = []
    /// The traits of every reading, by number: what the scanner asks of the words around every phrase, read without
    /// copying a reading (its strings retained and released) and packed, one byte each, where the readings are spread.
    private(set) var traits: [Traits] = []
    /// The hash of every reading's key (`StringPlaces.hash`), by number: the key of a phrase of one word, hashed once per
    /// reading rather than again for every run of sentences that uses the word.
    private(set) var keyHashes: [UInt64] = []
    /// The phrases the runs that used this cache counted, by their words' numbers here, with their strings and keys.
    var phrases = CachedPhrases()

    /// The number of a word token's entry, made by `read` the first time its text is seen in that place. A token of a
    /// type met before is found by its type alone (`knownNumber`): its text and lower form, stored apart behind a
    /// pointer (a miss of the processor's cache for most tokens), are read only for a new type or a token without one.
    @inline(__always)
    mutating func number(of token: Token, read: (Token) -> Entry) -> Int {
        let opensSentence = token.index == 0
        if token.wordType != 0, let known = knownNumber(type: token.wordType, opensSentence: opensSentence) { return known }
        return number(type: token.wordType, text: token.text, lower: token.lower, opensSentence: opensSentence) { read(token) }
    }

    /// The number of the entry of the tokens of word type `type` (`Token.wordType`, not 0) inside sentences or opening
    /// them, or nil before one is made.
    @inline(__always)
    private func knownNumber(type: UInt32, opensSentence: Bool) -> Int? {
        let type = Int(type)
        // (Each array read where it is: one chosen into a local was retained and released.)
        let known = opensSentence ? (type < openingByType.count ? openingByType[type] : -1)
                                  : (type < insideByType.count ? insideByType[type] : -1)
        return known >= 0 ? Int(known) : nil
    }

    /// `number(text:lower:opensSentence:read:)` of a token with its word type number (`Token.wordType`), found by
    /// that number when it has one. Tokens of one type are spelled and analysed alike (so have the same lower form):
    /// the entry made for the first is every other's.
    mutating func number(type: UInt32, text: String, lower: String, opensSentence: Bool, read: () -> Entry) -> Int {
        guard type != 0 else { return number(text: text, lower: lower, opensSentence: opensSentence, read: read) }
        if opensSentence {
            return Self.number(type: Int(type), text: text, byType: &openingByType, entries: &entries, traits: &traits,
                               keyHashes: &keyHashes, read: read)
        }
        return Self.number(type: Int(type), text: text, byType: &insideByType, entries: &entries, traits: &traits,
                           keyHashes: &keyHashes, read: read)
    }

    private static func number(type: Int, text: String, byType: inout [Int32], entries: inout [Entry],
                               traits: inout [Traits], keyHashes: inout [UInt64], read: () -> Entry) -> Int {
        if type < byType.count {
            let known = byType[type]
            if known >= 0 { return Int(known) }
        } else {
            // To the numbers given so far (asked under the registry's lock, so only when the array is outgrown).
            let count = max(type + 1, WordTypeNumbers.bound, 2 * byType.count)
            byType.append(contentsOf: repeatElement(-1, count: count - byType.count))
        }
        let number = addEntry(text: text, entries: &entries, traits: &traits, keyHashes: &keyHashes, read: read)
        byType[type] = Int32(number)
        return number
    }

    /// `number(of:read:)` of a token told by its text, its lower form and whether it opens its sentence: what the
    /// look-up reads of it, passed on their own (a token passed whole was copied for every word, its strings retained
    /// and released), and `read` makes its entry.
    mutating func number(text: String, lower: String, opensSentence: Bool, read: () -> Entry) -> Int {
        if opensSentence {
            return Self.number(text: text, lower: lower, texts: &opening, numbers: &openingNumbers, entries: &entries,
                               traits: &traits, keyHashes: &keyHashes, read: read)
        }
        return Self.number(text: text, lower: lower, texts: &inside, numbers: &insideNumbers, entries: &entries,
                           traits: &traits, keyHashes: &keyHashes, read: read)
    }

    private static func number(text: String, lower: String, texts: inout StringPlaces, numbers: inout [Int],
                               entries: inout [Entry], traits: inout [Traits], keyHashes: inout [UInt64],
                               read: () -> Entry) -> Int {
        let (place, isNew) = texts.place(adding: text)
        if !isNew {
            let number = numbers[place]
            // The entry's text is `text` (its place is that text's): when its lower form is its text, the two lower
            // forms are equal exactly when `lower == text`.
            let sameLower = traits[number].contains(.lowerIsText) ? lower == text : entries[number].lower == lower
            if sameLower { return number }
        }
        let number = addEntry(text: text, entries: &entries, traits: &traits, keyHashes: &keyHashes, read: read)
        if isNew { numbers.append(number) } else { numbers[place] = number }
        return number
    }

    /// The entry `read` makes of a token written `text`, added with its traits and key hash; its number.
    private static func addEntry(text: String, entries: inout [Entry], traits: inout [Traits], keyHashes: inout [UInt64],
                                 read: () -> Entry) -> Int {
        let number = entries.count
        let entry = read()
        entries.append(entry)
        var entryTraits = Traits(entry)
        if entry.lower == text { entryTraits.insert(.lowerIsText) }
        traits.append(entryTraits)
        keyHashes.append(StringPlaces.hash(entry.word.key))
        return number
    }
}
