import DossierLanguage
/// Words around a capitalised run that say it names a work, an organisation or a group rather than a person:
/// a kind noun in front (`the film X`, `band X`, `software firm X`), an appositive or relative clause
/// for things (`X, the Italian carmaker,`; `X, which`), or a plural verb (`X are`, `X have`).
enum ThingCues {
    /// Lowercase nouns for works, organisations and groups: none of them is a person's role, and none is
    /// a common verb (`play`, `show`, `book` are left out: `will now play X`).
    static let kindNouns: Set<String> = WordList.thingKindNouns.words
    /// `kindNouns` with a first look that hashes nothing (`WordSet`): asked of the word before every name run.
    static let kindNounWords = WordSet(kindNouns)

    /// Words that end the search for a kind noun in an appositive (`X, the head of`, `X, the man who`).
    private static let appositiveStops: Set<String> = WordList.thingAppositiveStops.words
    /// Words after an appositive's kind noun that still close it (`X, the carmaker based in Turin`).
    private static let appositiveContinuations: Set<String> = WordList.thingAppositiveContinuations.words

    /// `are`, `were`, `have`: three comparisons of short strings, where a set hashed the word after every name run.
    private static func isPluralVerb(_ word: String) -> Bool {
        word == "are" || word == "were" || word == "have"
    }

    // The tokens around the run are read in place by their positions: a token bound to a constant was copied out of the
    // array, retaining and releasing its strings, for every name run.
    static func namesAThing(_ tokens: [Token], runStart: Int, end: Int) -> Bool {
        kindNounBefore(tokens, runStart: runStart) || thingAppositiveBefore(tokens, runStart: runStart)
            || thingAppositiveAfter(tokens, end: end) || pluralVerbAfter(tokens, runStart: runStart, end: end)
    }

    /// `a law firm, X,`: an appositive before the name that ends with a kind noun.
    private static func thingAppositiveBefore(_ tokens: [Token], runStart: Int) -> Bool {
        guard runStart >= 2, Token.isComma(tokens, at: runStart - 1) else { return false }
        let noun = runStart - 2
        return Token.isWordOrNumber(tokens, at: noun) && !Token.isCapitalised(tokens, at: noun) && kindNounWords.contains(tokens[noun].lower)
    }

    /// `the film X`, `search engine X`: the word right before the run is a kind noun.
    private static func kindNounBefore(_ tokens: [Token], runStart: Int) -> Bool {
        guard runStart >= 1 else { return false }
        let before = runStart - 1
        return Token.isWordOrNumber(tokens, at: before) && !Token.isCapitalised(tokens, at: before) && !tokens[before].isPossessive
            && kindNounWords.contains(tokens[before].lower)
    }

    /// `X, the Italian carmaker,` or `X, which`: an appositive for a thing within the next five words.
    private static func thingAppositiveAfter(_ tokens: [Token], end: Int) -> Bool {
        guard end + 1 < tokens.count, Token.isComma(tokens, at: end), !tokens[end - 1].isPossessive else { return false }
        let next = tokens[end + 1].lower
        if next == "which" { return true }
        guard next == "the" || next == "a" || next == "an" else { return false }
        for index in (end + 2)..<min(tokens.count, end + 7) {
            guard Token.isWordOrNumber(tokens, at: index), !appositiveStops.contains(tokens[index].lower) else { return false }
            if NameLexicon.roleNouns.contains(tokens[index].lower) { return false }
            if kindNounWords.contains(tokens[index].lower), !Token.isCapitalised(tokens, at: index) { return closesAppositive(tokens, after: index) }
        }
        return false
    }

    /// `X, the company says`: a verb after the noun makes a new clause, not an appositive.
    private static func closesAppositive(_ tokens: [Token], after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return true }
        return !Token.isWordOrNumber(tokens, at: index + 1) || appositiveContinuations.contains(tokens[index + 1].lower)
    }

    /// `Franz Ferdinand are`, `The Scissor Sisters have won`: British English gives bands, teams and firms a plural
    /// verb. Only a run that opens the sentence is sure to be the verb's subject (`the cuts proposed by X were`).
    private static func pluralVerbAfter(_ tokens: [Token], runStart: Int, end: Int) -> Bool {
        guard end < tokens.count, Token.isWordOrNumber(tokens, at: end), isPluralVerb(tokens[end].lower), !tokens[end - 1].isPossessive else { return false }
        return (0..<runStart).allSatisfy { !Token.isWordOrNumber(tokens, at: $0) || tokens[$0].lower == "the" }
    }
}
