/// The thresholds of the timeline and of story dates, in one place, each with why it has its value.
/// The rules that use them live beside the text they read (`DateMentionFinder`, `DateResolver`, `EventMerger`,
/// `TimelineExtractor`, `StoryDateInference`).
enum TimelineRules {
    // MARK: Finding dates (`DateMentionFinder`, `TimelineExtractor`)

    /// How far back a future cue may stand from a weekday (`will visit Beijing for negotiations on Thursday`): a clause.
    static let futureCueReach = 8
    /// Words (months aside) a sentence needs to tell an event: a date line (`Published: March 5, 2025`) says nothing.
    static let minimumStatementWords = 5

    // MARK: Placing a day without a year (`DateResolver`)

    /// News looks back more than ahead: a month and day is placed up to this many days after the reference date…
    static let daysAheadOfReference = 92
    /// …and up to this many days before it (nine months).
    static let daysBeforeReference = 275
    /// A month without a year is placed at most this many months after the reference month, else before it.
    static let monthsAheadOfReference = 1

    // MARK: One event told by several sources (`EventMerger`)

    /// Shared content words needed to call two sentences of one date the same event…
    static let minimumSharedWords = 2
    /// …and the share of the shorter sentence's content words they must make up.
    static let minimumOverlap = 0.25
    /// A content word has more letters than this: shorter ones (`of`, `to`, `us`) are mostly function words.
    static let contentWordMinimumLetters = 2

    // MARK: Dating an undated source by the story (`StoryDateInference`)

    /// Names an article shares with the sources of a date, for it to tell the same story as they do.
    static let minimumSharedNames = 5
}
