/// Decides whether a full stop after a word ends the sentence or only an abbreviation.
enum AbbreviationRule {
    /// `word` is what precedes the full stop (`Mr`, `U.S`, `W`, `Jan`); `nextWord` is the word after it.
    static func endsSentence(after word: String, starter: StarterKind, nextWord: String) -> Bool {
        let lower = word.lowercased()
        if titles.contains(lower) { return false }
        if beforeNumbers.contains(lower) { return starter != .digit }
        if neverFinal.contains(lower) { return false }
        if isInitial(word) { return false }
        if lower.contains(".") || mayEndSentence.contains(lower) {
            // `U.S.` and `etc.` end a sentence only when an ordinary sentence opening follows.
            return starter == .quote || commonOpenings.contains(nextWord)
        }
        return true
    }

    /// A single capital letter, as in `George W. Bush` or `J. K. Rowling`.
    static func isInitial(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isUppercase
    }

    /// Titles and ranks before a name: never the end of a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm",
        "cmdr", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "amb", "atty",
        "fr", "sr", "jr", "st", "mme", "mlle", "mt", "ft",
    ]

    /// Abbreviations usually followed by a number (`Jan. 20`, `No. 10`, `Art. 5`).
    static let beforeNumbers: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "para", "sec", "ref", "nr",
    ]

    /// Abbreviations that never close a sentence.
    static let neverFinal: Set<String> = ["vs", "v", "e.g", "i.e", "cf", "approx", "ca"]

    /// Abbreviations that often close a sentence as well (`etc.`, `Inc.`).
    static let mayEndSentence: Set<String> = ["etc", "inc", "ltd", "co", "corp", "plc", "bros", "al"]

    /// Words that commonly open a sentence; after `U.S.` one of these means a new sentence.
    static let commonOpenings: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "There", "Here", "But", "And", "Or", "So", "Yet", "Still",
        "In", "On", "At", "As", "For", "From", "By", "With", "After", "Before", "When", "While", "If",
        "Although", "Though", "Since", "Because", "However", "Meanwhile", "Instead", "Earlier", "Later",
        "Last", "Next", "Some", "Many", "Most", "A", "An", "No", "Officials", "According", "What", "Who",
        "Why", "How", "Where", "Despite", "During", "Under", "Over", "Asked", "Both", "Neither", "Each",
    ]
}
