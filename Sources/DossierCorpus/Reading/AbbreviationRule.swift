import DossierCore
import DossierLanguage

/// Decides whether a full stop after a word ends the sentence or only an abbreviation.
enum AbbreviationRule {
    /// `endsSentence(after:starter:nextWord:)` of the word written by `scalars`, which is made a `String` only when it
    /// could be an abbreviation or an initial: a word of more scalars than every listed abbreviation, without an inner
    /// dot, is neither (its lower case has at least as many scalars), so its full stop ends the sentence. Most words
    /// before a full stop are such words.
    static func endsSentence(after scalars: ArraySlice<Unicode.Scalar>, starter: StarterKind, nextWord: @autoclosure () -> String) -> Bool {
        if scalars.count > longestAbbreviationOrInitial, !scalars.contains(".") { return true }
        return endsSentence(after: String(scalars: scalars), starter: starter, nextWord: nextWord())
    }

    /// `word` is what precedes the full stop (`Mr`, `U.S`, `W`, `Jan`); `nextWord` is the word after it, read only
    /// after a dotted abbreviation (most full stops end a sentence without it).
    static func endsSentence(after word: String, starter: StarterKind, nextWord: @autoclosure () -> String) -> Bool {
        let lower = word.lowercased()
        if titles.contains(lower) { return false }
        if beforeNumbers.contains(lower) { return starter != .digit }
        if neverFinal.contains(lower) { return false }
        if isInitial(word) { return false }
        if lower.containsByte(UInt8(ascii: ".")) || mayEndSentence.contains(lower) {
            // `U.S.` and `etc.` end a sentence only when an ordinary sentence opening follows.
            return starter == .quote || commonOpenings.contains(nextWord())
        }
        return true
    }

    /// A single capital letter, as in `George W. Bush` or `J. K. Rowling`.
    static func isInitial(_ word: String) -> Bool {
        word.unicodeScalars.count == 1 && word.unicodeScalars.first!.properties.isUppercase
    }

    /// The scalars of the longest word that could be an abbreviation of the lists below, or an initial (one scalar).
    static let longestAbbreviationOrInitial = [titles, beforeNumbers, neverFinal, mayEndSentence]
        .joined().reduce(1) { max($0, $1.unicodeScalars.count) }

    /// Titles, ranks and name suffixes before or in a name: never the end of a sentence (the tokenizer's list).
    static let titles: Set<String> = WordList.abbreviations.words

    /// Abbreviations usually followed by a number (`Jan. 20`, `No. 10`, `Art. 5`).
    static let beforeNumbers: Set<String> = WordList.abbreviationsBeforeNumbers.words
        .union(WordList.monthAbbreviations.entries.compactMap { $0.split(separator: " ").first?.lowercased() })

    /// Abbreviations that never close a sentence.
    static let neverFinal: Set<String> = WordList.abbreviationsNeverFinal.words

    /// Abbreviations that often close a sentence as well (`etc.`, `Inc.`).
    static let mayEndSentence: Set<String> = WordList.abbreviationsOftenFinal.words

    /// Words that commonly open a sentence; after `U.S.` one of these means a new sentence.
    static let commonOpenings: Set<String> = WordList.sentenceOpenings.words
}
