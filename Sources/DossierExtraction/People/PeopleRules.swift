/// The thresholds and weights of the people extractor, in one place, each with why it has its value.
/// The rules that use them live beside the evidence they read (`NameCues`, `NameEvidence`, `PersonDrafts`).
enum PeopleRules {
    // MARK: Evidence of one occurrence (`NameCues.personScore`)

    /// A title or honorific (`Mr.`, `President`) is the surest sign of a person: English puts them before people only.
    static let titleWeight = 3
    /// An age (`X, 45,`; `the 21-year-old X`) is given of people (and animals), never of groups or places.
    static let ageWeight = 3
    /// A role phrase (`Hamas spokesman X`, `X, a commentator,`) usually describes a person but also a firm (`X, a chain`).
    static let roleWeight = 2
    /// Speech (`X said`), `X, who`, a list of full names: common for people, but organisations speak and are listed too.
    static let speechWeight = 1
    static let relativeWeight = 1
    static let coordinationWeight = 1
    /// `the X`, a quoted phrase, a byline alone on its line, `the film X`: names of things, not people.
    static let articlePenalty = 3
    static let quotedOrAlonePenalty = 3
    static let thingPenalty = 3
    /// `on X`, `X official`, `Chambers of X`: a time, a group that modifies a noun, the end of a longer name.
    static let timePenalty = 2
    static let modifiesNounPenalty = 2
    static let continuesNamePenalty = 2
    /// `in X`, `at X`: places mostly, but also `at Smith's request`, so it weighs least.
    static let placePenalty = 1

    // MARK: The verdict on a full name (`NameEvidence.verdict`)

    /// Best occurrence plus the shape of the words: a title (3), or a given name (2) with one more cue, makes a person.
    static let strongVerdictScore = 3
    /// A given name and a rare surname with no context at all: kept only if a strong form of the same person joins it.
    static let weakVerdictScore = 2

    // MARK: One-word names

    /// A one-word form stands alone only if at least a third of its occurrences carry strong evidence:
    /// a brand that is once `Mr X` in a quotation and twenty times `X launched` is not a person.
    static let standAloneStrongShare = 3
    /// A one-word form is a group or a place when it is used so at least twice, and twice as often as as a person.
    static let nonPersonUses = 2

    // MARK: People mentioned alongside

    /// An article that names more people than this is a list (a squad, a ballot), not people seen together.
    static let alongsideArticleLimit = 60
    /// How many people alongside a person page shows.
    static let alongsideShown = 8
}
