import DossierCore
import DossierLanguage

/// How far before a token a date mention holding it may start, from one look at the token that hashes nothing (most
/// words fail it): `DateMentionFinder` asks for a mention only where one may start, not at every token of every sentence.
///
/// A mention starts at a number (`5 March`, `2025-03-05`, `1/5/17`, `2 days ago`), at a month's or a weekday's name
/// (`March 5`; `on Sunday` is found at `Sunday`), at a hyphenated word (`mid-March`), at `yesterday` or `tomorrow`, or
/// one or two words before the word its phrase turns on: `the next day`, `a day later`, `last month`.
struct DateMentionReach: Sendable {
    /// No mention holds the token.
    static let none = -1
    /// The most tokens a mention may start before the word it turns on (`the next day`).
    static let farthest = 2

    /// The words a mention turns on, held by each value: a `static let` read for every token was copied out of its
    /// global, its three buffers retained and released each time.
    private let cueWords = Self.words

    /// The reach of `tokens[index]`: 0 when a mention may start at it, `farthest` when it may start up to that many
    /// tokens before it, `none` when no mention holds it (or past the end). A word the first look lets through is
    /// given `farthest`: asking a few tokens too many costs less than telling the words apart.
    func reach(at index: Int, in tokens: [Token]) -> Int {
        guard index < tokens.count else { return Self.none }
        switch tokens[index].kind {
        case .number: return 0
        case .punctuation: return Self.none
        case .word: return wordReach(at: index, in: tokens)
        }
    }

    /// `reach(at:in:)`, with each word type's reach kept in `answers` (`TimelineWordAnswers`): a word's lower form was
    /// looked at (and its text searched for a hyphen) for every word of every sentence.
    func reach(at index: Int, in tokens: [Token], answers: inout WordTypeAnswers) -> Int {
        guard index < tokens.count else { return Self.none }
        switch tokens[index].kind {
        case .number: return 0
        case .punctuation: return Self.none
        case .word:
            let found = answers.answers(ofType: tokens[index].wordType) { TimelineWordAnswers.answers(of: tokens, at: index) }
            if found & TimelineWordAnswers.reachesFarthest != 0 { return Self.farthest }
            return found & TimelineWordAnswers.startsMention != 0 ? 0 : Self.none
        }
    }

    /// The reach of the word at `index` (a word token's: what its type decides).
    func wordReach(at index: Int, in tokens: [Token]) -> Int {
        if cueWords.mayContain(tokens[index].lower) { return Self.farthest }
        // `mid-March`: a month's name after a hyphen puts a capital after the word's first letter (shape mixed) or
        // the word starts with one (capitalised); most words are neither, and are not searched for a hyphen.
        let shape = tokens[index].shape
        guard shape == .mixed || shape == .capitalised else { return Self.none }
        return tokens[index].text.containsByte(UInt8(ascii: "-")) ? 0 : Self.none
    }

    /// The words a mention turns on, lower case: the names (a token's lower form has neither the capitals nor the
    /// possessive of `Monday's`), `yesterday` and `tomorrow`, and the last words of `the next day`, `two days ago` and
    /// `last month`.
    static let words = WordSet(Set(CalendarWords.names.map { $0.lowercased() })
        .union(CalendarWords.daysFromPublication.keys).union(CalendarWords.dayUnits)
        .union([CalendarWords.previousDatePhraseEnd, CalendarWords.monthUnit]))
}
