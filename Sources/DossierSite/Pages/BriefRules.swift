/// The thresholds and weights that choose the lead of the brief (`BriefLead`), in one place, each with why.
enum BriefRules {
    /// Topics beyond the ones given a lead line that still count as main topics: a sentence touching them
    /// is about the story's core even when its own topic is not among the first.
    static let extraMainTopics = 2
    /// Each main topic a sentence touches: the best lead sums up several threads of the story.
    static let touchedTopicWeight = 2.0
    /// News puts the bottom line first, so a later sentence loses this much per position…
    static let positionStep = 5.0
    /// …up to this position: past the first paragraphs, order says little more.
    static let positionCap = 20
    /// A source already quoted in the lead: another source adds a voice.
    static let repeatedSourcePenalty = 3.0
    /// A machine-translated or duplicate source: its prose reads badly, or it adds no voice.
    static let weakSourcePenalty = 3.0
    /// A lead sentence has this many words: shorter ones are fragments or headings, longer ones run-ons.
    static let leadWords = 10...45
    /// How far into a sentence a dateline (`JERUSALEM (Reuters) -`) may end.
    static let datelineReach = 60
    /// A place in a dateline has at least this many capital letters (`UN` is an acronym, not a dateline).
    static let datelineLetters = 3
    /// A headline shorter than this (letters and digits) is too short to tell a repeat from a coincidence.
    static let shortestRepeatedHeadline = 12
}
