import DossierLanguage

/// General news vocabulary for reading what a number counts. Nothing here is about one story.
enum MeasureVocabulary {
    // The word lists asked of many words are `WordSet`s: a first look that hashes nothing, then `StringPlaces`' hash,
    // where a `Set<String>` hashed every word asked by SipHash (the same answers: see `WordSet`).

    /// Words that never name what is counted: articles, pronouns, prepositions, auxiliaries, common verbs of saying.
    static let functionWords = WordList.uncountedWords.words
    /// `functionWords` with a first look that hashes nothing (`WordSet`), for questions asked of every word.
    static let functionWordSet = WordSet(functionWords)

    /// Pronouns and words that point back to what an earlier number counted (`24 of whom`, `35 others`).
    static let pointsBack = WordList.pointingBackWords.words

    /// Synonyms in general news language, so sources that word a count differently still compare.
    /// Poor translations render hostages as prisoners or captives, so the three share a class.
    static let synonyms = WordList.countedNounSynonyms.pairs

    /// The class of a lemma (`prisoner` → `hostage`), or the lemma: asked of every content word around a number, most
    /// of which fail a first look that hashes nothing (`WordSet`) before the dictionary.
    static func synonymClass(of lemma: String) -> String {
        synonymWords.mayContain(lemma) ? synonyms[lemma] ?? lemma : lemma
    }
    private static let synonymWords = WordSet(Set(synonyms.keys))

    /// Nouns whose count is a count of people.
    static let personNouns = WordList.personCountNouns.words

    /// States of what is counted: whether people are alive, dead, of unknown fate, hurt.
    static let conditions = WordList.countedConditions.pairs

    /// What happened to what is counted.
    static let events = WordList.countedEvents.pairs

    /// The class of an event word (`events`), or nil; most words fail a first look that hashes nothing (`WordSet`).
    static func event(of word: String) -> String? { eventWords.mayContain(word) ? events[word] : nil }
    /// The class of a condition word (`conditions`), or nil, as `event(of:)` reads it.
    static func condition(of word: String) -> String? { conditionWords.mayContain(word) ? conditions[word] : nil }
    private static let eventWords = WordSet(Set(events.keys))
    private static let conditionWords = WordSet(Set(conditions.keys))
    /// Events so general that a condition, when the sentence has one, says more (`bodies … remain`).
    static let weakEvents: Set<String> = ["held"]

    /// Words after which an event or condition word no longer describes the number before them.
    static let clauseBreaks = WordSet(WordList.figureClauseBreaks.words)

    /// Nouns a number names rather than counts (`phase two`, `Article 5`, `flight 370`).
    static let labelNouns = WordSet(WordList.numberLabelNouns.words)
    /// Verbs of saying and thinking: a name before one is who speaks, not whose number it is.
    static let speechVerbs = WordSet(WordList.sayingAndThinkingVerbs.words)
    /// Prepositions kept with a time in a label (`by 2011`).
    static let timePrepositions = WordSet(WordList.timeLabelPrepositions.words)
    /// Verbs that stand before an amount with the noun a reader would use for it (`would save £4bn`: savings).
    static let verbNouns = WordList.amountVerbNouns.pairs
    /// Counts of who told the story, not of the story (`two sources said`).
    static let attributionNouns: Set<String> = ["source"]

    /// Month names and their abbreviations, lower case (`march`, `sept`).
    static let months = Set(WordList.months.entries.map { $0.lowercased() })
        .union(WordList.monthAbbreviations.pairs.keys.map { $0.lowercased() })
    static let weekdays = Set(WordList.weekdays.entries.map { $0.lowercased() })
    /// `months` and `weekdays` with a first look that hashes nothing (`WordSet`), for questions asked of many words.
    static let monthWords = WordSet(months)
    static let weekdayWords = WordSet(weekdays)

    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"]
    static let currencyCodes = WordSet(WordList.currencyCodes.words)
    static let currencyWords = WordList.currencyWords.pairs
    /// `60-day`, `6 weeks`: plural unit names.
    static let durationUnits = WordList.durationUnits.pairs
    /// `2,000-pound`, `5km`: physical units.
    static let physicalUnits = WordList.physicalUnits.pairs
    /// The currency of a currency word (`dollars`: `USD`), the unit of a plural unit of time (`weeks`) or of a physical unit
    /// (`km`), or nil. Asked of the word after every number: most words fail a first look that hashes nothing (`WordSet`)
    /// before the dictionary (hashed by SipHash).
    static func currencyWord(_ word: String) -> String? { currencyWordSet.mayContain(word) ? currencyWords[word] : nil }
    static func durationUnit(_ word: String) -> String? { durationUnitWords.mayContain(word) ? durationUnits[word] : nil }
    static func physicalUnit(_ word: String) -> String? { physicalUnitWords.mayContain(word) ? physicalUnits[word] : nil }
    private static let currencyWordSet = WordSet(Set(currencyWords.keys))
    private static let durationUnitWords = WordSet(Set(durationUnits.keys))
    private static let physicalUnitWords = WordSet(Set(physicalUnits.keys))
    /// Prepositions that make a bare four-digit number a year (`in 1997`, `since 2003`).
    static let yearPrepositions = WordSet(WordList.yearPrepositions.words)
}
