/// The thresholds and weights of the topic extractor, in one place, each with why it has its value.
/// The rules that use them live beside the statistics they read (`TopicExtractor`, `TopicNamer`, `TopicSentences`,
/// `PhraseFamilies`, `TopicWordSenses`).
enum TopicRules {
    // MARK: Which phrases may be topics (`TopicExtractor.candidates`)

    /// A topic recurs: in at least two sources, and in a large corpus in at least this share of them.
    static let minimumDocumentShare = 0.005
    /// In a corpus of this many sources or more, a phrase in most of them is the corpus's subject, not one of its topics…
    static let broadCorpusSize = 20
    /// …and a phrase in more than this share of them is too broad to be a topic.
    static let maximumDocumentShare = 0.3
    /// Each word after the first adds this much to a phrase's score: `direct talks` says more than `talks`.
    static let extraWordWeight = 0.6
    /// A single word is a theme only when at least one use in this many stands where a noun does (`the talks were`).
    static let nounUseRatio = 5

    // MARK: How many topics (`TopicExtractor.topicCount`)

    /// A small corpus gets this many topics: a page of them is what a reader scans.
    static let baseTopicCount = 12
    /// A large one gets one more per this many sources…
    static let sourcesPerExtraTopic = 50
    /// …up to this many.
    static let maximumTopicCount = 24
    /// Candidates considered per topic shown: room for the ones that merge or give way.
    static let poolPerTopic = 5

    // MARK: Grouping (`TopicGroup.grouping`)

    /// A phrase mostly used inside a longer one (more than this share of its uses) gives way to it: `nuclear` in
    /// `nuclear deal`.
    static let innerPhraseShare = 0.5

    // MARK: Naming (`TopicNamer`, `PhraseFamilies`)

    /// Share of a word's uses a longer phrase needs to name the topic instead (`services` → `Public services`).
    static let dominantShare = 0.25
    /// Uses a phrase needs to name a topic in place of a word too vague alone: once per source in two sources.
    static let headlineOccurrences = 2
    /// A word used at least this share of the time as the first word of longer phrases (`home` in `home secretary`)
    /// is a modifier, not a theme.
    static let modifierShare = 0.5

    // MARK: Words too vague to name a topic alone (`TopicWordSenses`)

    /// Senses tagged in WordNet's corpus from which a noun is a common word of general English (`decision` 4,
    /// `course` 5) rather than the word of a field (`lawsuit` 0, `tariff` 1).
    static let genericTaggedSenses = 4
    /// WordNet classes of amounts (`thousands`, `dozens`, `lot`): how many, never what.
    static let amountClasses: Set<String> = ["noun.quantity"]
    /// How far down each word's senses a shared sense may lie for two words to be one thing: `suit` means `lawsuit`
    /// in its second sense.
    static let synonymSenseDepth = 2

    // MARK: Merging (`TopicSentences.mergingOverlaps`)

    /// Two topics whose sentences are mostly the same (this share of the smaller's) are one theme…
    static let sharedSentenceShare = 0.6
    /// …when they share at least this many sentences…
    static let minimumSharedSentences = 2
    /// …and the smaller has at least this share of the larger's sentences: a small theme inside a large one stays apart.
    static let mergeSizeRatio = 0.3
}
