import DossierLanguage

/// What the figures pass asks of the words of a sentence that a word's type decides, as one byte of answers kept per
/// type (`WordTypeAnswers`): where a number may start (asked of every token of the corpus), and what `MeasureReader`
/// asks of the words around each number (a content word, an event or a condition word, a clause break), each a look
/// into one or two word lists for every word it read, many words several times.
enum FigureWordAnswers {
    /// A number may open with the word whatever follows it (`seven`, `twenty-four`, `hundreds`, `half`).
    static let opener: UInt8 = 1
    /// The word is `a`, which opens a number before a word it counts with.
    static let article: UInt8 = 2
    /// `a` counts with the word (`a dozen`, `a million`, `a third of`).
    static let countedAfterA: UInt8 = 4
    /// A word that may say what is counted (`MeasureReader.isContent`): of two characters or more, neither a function
    /// word nor a number word.
    static let content: UInt8 = 8
    /// `MeasureVocabulary.event(of:)` and `condition(of:)` of the lower form are not nil.
    static let event: UInt8 = 16
    static let condition: UInt8 = 32
    /// The lower form is one of `MeasureVocabulary.clauseBreaks`.
    static let clauseBreak: UInt8 = 64

    /// The answers about `tokens[index]` (from its kind and lower form), kept by its type in `answers`.
    @inline(__always)
    static func answers(of tokens: [Token], at index: Int, openings: NumberOpenings, in answers: inout WordTypeAnswers) -> UInt8 {
        answers.answers(ofType: tokens[index].wordType) { workedOut(of: tokens, at: index, openings: openings) }
    }

    /// The answers about `tokens[index]`, worked out.
    static func workedOut(of tokens: [Token], at index: Int, openings: NumberOpenings) -> UInt8 {
        // A mark (a token without a type, so worked out each time) answers no: every list asked holds words only.
        guard tokens[index].kind != .punctuation else { return 0 }
        let lower = tokens[index].lower
        var found = NumberWords.openingAnswers(of: lower, openings: openings)
        if tokens[index].kind == .word, lower.hasSeveralCharacters, !MeasureVocabulary.functionWordSet.contains(lower),
           !NumberWords.isNumberWord(lower) {
            found |= content
        }
        if MeasureVocabulary.event(of: lower) != nil { found |= event }
        if MeasureVocabulary.condition(of: lower) != nil { found |= condition }
        if MeasureVocabulary.clauseBreaks.contains(lower) { found |= clauseBreak }
        return found
    }
}
