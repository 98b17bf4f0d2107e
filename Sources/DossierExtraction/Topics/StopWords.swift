import DossierCore
/// English words that carry no topic on their own: function words, reporting verbs and the most general
/// nouns, verbs and adjectives of news prose. A phrase may contain them inside (`end of the war`)
/// but never begin or end with one.
enum StopWords {
    static func contains(_ word: String) -> Bool { words.contains(word) }

    /// Words that may open a phrase (`first phase`, `former president`) but are no topic alone or at its end.
    static func isModifier(_ word: String) -> Bool { modifiers.contains(word) }

    /// Words that may end a phrase (`tax cuts`, `price rise`) but say too little alone: changes, ranks, chances.
    static func isWeakAlone(_ word: String) -> Bool { weakAlone.contains(word) }

    private static let weakAlone: Set<String> = [
        "rise", "increase", "cut", "fall", "drop", "growth", "figure", "chance", "start", "top", "won", "win", "break",
        "minute", "quarter", "information", "detail", "plan", "change", "step", "record", "return",
    ]

    private static let modifiers: Set<String> = ["first", "second", "third", "fourth", "final", "former", "initial", "further"]

    private static let words: Set<String> = Set("""
    a about above according across actually after afterwards again against ago ahead all almost alone along already also
    although always am among amongst an and another any anybody anyone anything anyway anywhere are area aren't around as
    aside ask asked asking at away back be became because become becomes becoming been before beforehand began begin
    behind being believe believed believes below beside besides best better between beyond big both brief briefly
    but by call called came can can't cannot case cause certain certainly clear clearly come comes coming could
    couldn't current currently day days did didn't different do does doesn't doing don't done down during each
    early earlier either else elsewhere end enough especially even ever every everyone everything exactly example
    far few fewer five follow followed following for formerly forward four from front full further
    gave general get gets getting give given gives giving go goes going gone good got great had hadn't half has
    hasn't have haven't having he he'd he'll he's hence her here here's hers herself him himself his how however
    i i'd i'll i'm i've if important in including indeed instead into is isn't it it's its itself just keep kept
    kind know known knows large largely last late later latest least less let like likely little long look looked
    lot made main mainly make makes making many may maybe me mean meanwhile might more moreover most mostly move
    mr mrs ms much must my myself near nearly need needed needs never nevertheless new next nine no nobody non
    none nor not nothing now nowhere number of off often old on once one ones only onto or other others otherwise
    our ours ourselves out over overall own part particular particularly past per perhaps place point possible
    probably put quite rather re really recent recently regarding report reported reportedly reports right
    said same saw say saying says see seem seemed seems seen several shall she she'd she'll she's should
    shouldn't show showed shown side similar since six small so some somebody someone something sometimes
    somewhat soon still such sure take taken takes taking tell telling tells ten than that that's the their theirs
    them themselves then there there's thereby therefore these they they'd they'll they're they've thing things
    think this those though thought three through throughout thus time times to today together told too
    took toward towards tried true try trying twice two under until up upon us use used using very via want
    wanted wants was wasn't way ways we we'd we'll we're we've week weeks well went were weren't what what's
    whatever when whenever where whereas whether which while who who's whole whom whose why will with within
    without won't would wouldn't yes yet you you'd you'll you're you've your yours yourself year years yesterday
    tomorrow morning afternoon evening night month months monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    added adding adds announced announcing asked believe claimed comment commented confirmed continue continued
    declined described described despite explained expressed found help held high hold holding include included
    includes issue issued left lead leading level likely mentioned noted offer offered open pointed provide
    provided raised received remain remained remains remaining response responded revealed set shows spoke
    spokesman spokeswoman spokesperson stated statement statements stressed suggested support supported
    warned wrote written wanted able across ago around based called clear due full going hard
    mr. mrs. ms. dr. st. per cent percent million billion thousand hundred dozen
    official officials source sources office article aspect attempt effort decade future possibility position
    approach means condition region broader term matter fact question reason idea view move kind sort lot
    people person man men woman women way world country countries today week group groups
    """.split(whereSeparator: \.isWhitespaceFast).map(String.init))
}
