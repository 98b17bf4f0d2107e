/// The thresholds and weights of the figures extractor, in one place, each with why it has its value.
/// The rules that use them live beside the evidence they read (`QuantityRecognizer`, `MeasureReader`,
/// `FigureFinder`, `MeasureRelations`, `StoryIndex`, `FigureGrouper`, `FigureBasis`).
enum FigureRules {
    // MARK: Reading a number (`QuantityRecognizer`, `MeasureReader`, `FigureFinder`)

    /// Largest age a bare number after a name can be: no one is older, so a larger number is something else.
    static let oldestAge = 110.0
    /// How far before the number, in tokens, its owner may stand (`Iran's stockpile of 60% uranium`): further
    /// back, a name is more often the subject of another clause.
    static let ownerReach = 8
    /// How far after a month its year may stand (`February and December 2017`): a list of two months and a year.
    static let monthYearReach = 4
    /// How many words back from an amount a noun may name what it measures (`profits rose 20%`): past a short
    /// verb phrase the nearest noun belongs to another thought.
    static let headBeforeReach = 4
    /// How many sentences back an earlier counted noun may still be meant (`59 hostages … 35 of them`): a
    /// pronoun-like count reaches back one or two sentences in news prose, rarely more.
    static let pointBackReach = 2

    // MARK: Relating measured words (`MeasureRelations`)

    /// How many senses of a noun count, most frequent first: a noun's rare senses would relate it to too much.
    static let nounSensesKept = 3
    /// Verbs spread one meaning over many senses (`suspend` means `postpone` in its sixth), and they only ever
    /// relate two years whose sentences already share words.
    static let verbSensesKept = 8
    /// How many hypernym steps a kind may be above a word (`rocket` → `missile` → `projectile`): higher up,
    /// everything is an `object` or an `entity`.
    static let kindDepth = 3

    // MARK: Telling stories apart (`StoryIndex`)

    /// How many names stand for an article: its main actors; the tail is names mentioned in passing.
    static let storyNamesKept = 10
    /// Two articles tell the same story when their shared names carry this share of the lighter article's weight.
    static let sameStoryOverlap = 0.15

    // MARK: Putting values in one row (`FigureGrouper`)

    /// How many recent groups of a class, and of each word's postings, a mention is compared with: enough for
    /// one story's figures, few enough that grouping stays near-linear on a large corpus.
    static let recentGroups = 48
    static let postingReach = 16
    /// Values of one measure from different outlets rarely differ by more than this factor.
    static let maximumRatio = 3.0
    /// The evidence a mention needs to join a row: the same measured noun alone is enough, anything weaker
    /// needs shared words, names or the same number too.
    static let joinScore = 1.0
    /// How much of the clause's words a different number must share with the row to make a conflict.
    static let conflictOverlap = 0.15
    /// How much of the clause's words a different count with no state must share to make a conflict: without a
    /// state (`killed`, `held`) two counts of one noun are often of different things, so more words must agree.
    static let statelessConflictOverlap = 0.5
    /// How much of the context the same number must share to join a row of another story.
    static let otherStoryOverlap = 0.5
    /// Evidence from the measured nouns: the same lemma, related in WordNet, one named in the other's clause,
    /// or one side naming none (weak: it neither supports nor rules out).
    static let sameNoun = 1.0
    static let relatedNoun = 0.8
    static let nounInContext = 0.5
    static let noNoun = 0.25
    /// Evidence from the value: the same number, and more when the number is specific (not a small round count
    /// that many measures share).
    static let sameNumber = 0.4
    static let specificNumber = 0.4
    /// A name both sentences give (`Gaza`, `Hamas`): weak, a story's names recur around all its numbers.
    static let sharedName = 0.2
    /// Against the same number said of something that happened otherwise (`59 held`, `59 released`).
    static let otherEvent = 0.4

    // MARK: Explaining a row (`FigureBasis`)

    /// How many shared words a row's basis shows: the ones most sources use.
    static let sharedWordsShown = 5
}
