/// The thresholds of the quote finder, in one place, each with why it has its value.
/// The rules that use them live in `QuoteFinder` and `QuotedText`.
enum QuoteRules {
    /// A quotation shorter than this many words (`“historic”`, `“a disgrace”`) is a scare quote or a term, not
    /// something a person said at length.
    static let minimumWords = 4
    /// How many tokens a speech verb may stand from the name it attributes the quotation to (`X, the party's
    /// leader in the north, said`): an apposition fits, another clause's name mostly does not.
    static let attributionReach = 12
    /// `he said` takes the last speaker quoted this many sentences back at most: news prose names the speaker
    /// again when the paragraph changes.
    static let pronounSpeakerReach = 3
    /// … or else the last person named this many sentences back: a weaker link than a speaker, so shorter.
    static let pronounMentionReach = 2
    /// A sentence that goes on a quotation left open belongs to its speaker when fewer than this many of its
    /// words stand outside quotation marks (`“… ,” he added` has its own attribution).
    static let continuationOutsideWords = 2
    /// A quotation left open is closed within this many sentences or not at all: longer, the closing mark
    /// belongs to another quotation (or the opening one was a stray mark).
    static let closingSentenceReach = 4
    /// A sentence is one quotation when at most this many words stand outside its quotation marks.
    static let wholeQuoteOutsideWords = 1
}
