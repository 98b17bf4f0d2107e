/// The generic English words that tell a person's name from other capitalised words.
/// None of these is a name of any story: they are titles, honorifics, verbs and the
/// suffix words of organisations and places, as any newsroom style guide lists them.
enum NameLexicon {
    /// Honorifics, with or without the British full stop (`Mr.`, `Mr`).
    static let honorifics = Set<String>([
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
        "prof", "professor", "rev", "reverend", "sheikh", "rabbi", "imam", "father", "sister",
    ])

    /// Capitalised titles that stand right before a name (`President Trump`, `Sen. Warren`).
    static let titles = Set<String>([
        "president", "vice", "prime", "minister", "secretary", "chancellor", "premier", "king", "queen",
        "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "ayatollah",
        "senator", "sen", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
        "mayor", "judge", "justice", "general", "gen", "lt", "col", "colonel", "major", "maj", "capt",
        "captain", "commander", "admiral", "sergeant", "sgt", "officer", "detective", "inspector",
        "ambassador", "envoy", "consul", "chairman", "chairwoman", "chair", "speaker", "leader",
        "spokesman", "spokeswoman", "spokesperson", "commissioner", "director", "chief", "attorney",
        "deputy", "mp", "mep", "councillor", "councilman", "coach", "manager", "chancellor",
        "foreign", "defence", "defense", "home", "health", "finance", "interior", "shadow", "state",
        "general", "former", "acting", "first", "crown", "supreme", "emir", "sultan", "president-elect", "superintendent",
        "constable", "empress", "tsar", "shah",
    ])

    /// Titles after which a given name alone names the person (`Prince Harry`, `Pope Francis`, `Sheikh Hamad`).
    static let royalTitles = Set<String>([
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "sheikh", "emir", "sultan", "tsar", "shah",
    ])

    /// Titles of public office (`President`, `Justice`, `Senator`).
    static let officeTitles = Set<String>([
        "president", "minister", "chancellor", "secretary", "premier", "justice", "senator", "sen", "rep",
        "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "ambassador", "envoy", "consul",
        "commissioner", "chairman", "chairwoman", "speaker", "mp", "mep", "councillor", "president-elect", "pope",
        "prince", "princess", "emir", "sultan", "sheikh", "ayatollah", "cardinal", "archbishop", "bishop",
    ])

    /// Words after a surname that tell generations apart (`Jr`, `Snr`, `III`).
    static let generationalSuffixes = Set<String>(["jr", "jnr", "sr", "snr", "ii", "iii", "iv"])

    /// Titles that make a role by themselves (the others, such as `Foreign`, only qualify one).
    static let headTitles = Set<String>([
        "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince",
        "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "ayatollah", "senator", "sen",
        "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "judge",
        "justice", "general", "gen", "colonel", "col", "captain", "capt", "commander", "admiral",
        "sergeant", "sgt", "officer", "detective", "inspector", "ambassador", "envoy", "consul",
        "chairman", "chairwoman", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson",
        "commissioner", "director", "chief", "attorney", "mp", "mep", "councillor", "coach", "manager",
        "emir", "sultan", "president-elect",
    ])

    /// Lowercase nouns for what a person is or does, in a role phrase (`Hamas spokesman X`, `X, a commentator`).
    static let roleNouns = Set<String>([
        "president", "minister", "secretary", "chancellor", "envoy", "ambassador", "spokesman",
        "spokeswoman", "spokesperson", "official", "commentator", "adviser", "advisor", "analyst",
        "aide", "leader", "chairman", "chairwoman", "chair", "director", "chief", "head", "founder",
        "negotiator", "mediator", "representative", "senator", "governor", "mayor", "lawmaker",
        "legislator", "politician", "diplomat", "general", "commander", "officer", "soldier",
        "journalist", "reporter", "correspondent", "editor", "columnist", "writer", "author", "activist",
        "lawyer", "attorney", "judge", "prosecutor", "professor", "researcher", "scientist", "expert",
        "economist", "fellow", "candidate", "member", "mp", "mep", "peer", "deputy", "councillor",
        "hostage", "captive", "prisoner", "detainee", "victim", "survivor", "citizen", "resident",
        "student", "teacher", "doctor", "nurse", "mother", "father", "son", "daughter", "wife",
        "husband", "brother", "sister", "uncle", "aunt", "widow", "king", "queen", "prince", "princess",
        "executive", "ceo", "boss", "manager", "coach", "player", "striker", "captain", "singer",
        "actor", "actress", "artist", "star", "musician", "businessman", "businesswoman", "entrepreneur",
        "billionaire", "tycoon", "banker", "investor", "owner", "consul", "speaker", "whip", "premier",
        "mufti", "cleric", "imam", "rabbi", "priest", "bishop", "pope", "emir", "sheikh", "militant",
        "fighter", "campaigner", "protester", "organiser", "organizer", "strategist", "pollster",
        "secretary-general", "commissioner", "inspector", "detective", "sergeant", "colonel", "pilot",
        "boyfriend", "girlfriend", "partner", "friend", "colleague", "ally", "rival", "critic",
        "opponent", "supporter", "historian", "novelist", "poet", "director-general", "nominee",
        "president-elect", "vice-president", "heir", "successor", "predecessor", "incumbent",
        "broadcaster", "presenter", "host", "comedian", "producer", "composer", "designer", "guitarist", "drummer",
        "frontman", "rapper", "songwriter", "filmmaker", "photographer", "athlete", "sprinter", "runner", "champion",
        "winger", "defender", "midfielder", "goalkeeper", "forward", "centre", "flanker", "lock", "prop", "hooker",
        "fly-half", "scrum-half", "full-back", "seed", "referee", "umpire", "boss", "publisher", "operator",
    ])

    /// Last words of organisations, places, publications, laws, events: a capitalised run that ends with one is no person.
    static let nonPersonSuffixes = Set<String>([
        "house", "council", "news", "department", "forces", "force", "office", "agency", "strip", "bank",
        "ministry", "party", "parliament", "assembly", "congress", "senate", "committee", "commission",
        "court", "union", "association", "institute", "institution", "foundation", "university",
        "college", "school", "hospital", "group", "corporation", "corp", "inc", "ltd", "plc", "company",
        "co", "times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "gazette",
        "press", "media", "network", "channel", "radio", "tv", "television", "magazine", "review",
        "street", "road", "avenue", "square", "bridge", "airport", "station", "port", "city", "county",
        "state", "states", "republic", "kingdom", "island", "islands", "sea", "ocean", "river", "lake",
        "mountains", "valley", "desert", "gulf", "coast", "east", "west", "north", "south", "accords",
        "accord", "act", "bill", "law", "treaty", "agreement", "plan", "day", "week", "cup", "games",
        "olympics", "championship", "league", "festival", "awards", "prize", "war", "crisis",
        "summit", "conference", "social", "affairs", "authority", "administration", "government",
        "army", "navy", "police", "guard", "brigades", "movement", "front", "alliance", "coalition",
        "organization", "organisation", "centre", "center", "service", "services", "board", "fund",
        "bureau", "cabinet", "tower", "hall", "palace", "church", "mosque", "temple", "museum", "club",
        "fc", "united", "democrat", "democrats", "republican", "republicans", "socialist", "socialists",
        "nationalist", "nationalists", "unionist", "unionists", "greens", "liberals", "tory", "conservative", "conservatives", "tories", "labour", "security",
        "intelligence", "exchequer", "treasury", "budget", "election", "elections", "referendum",
        "program", "programme", "project", "initiative", "stadium", "park", "hotel", "market", "markets",
        "index", "exchange", "online", "daily", "weekly", "monthly", "today", "tonight", "show",
        "report", "ministers", "lords", "commons", "trust", "nhs", "ltd.", "inc.",
        "motors", "motor", "bros", "brothers", "sisters", "economics", "rally", "partners", "securities", "holdings",
        "airlines", "airways", "records", "pictures", "productions", "films", "software", "systems", "technologies",
        "electronics", "communications", "telecom", "pharmaceuticals", "networks", "highlanders", "rangers", "rovers",
        "wanderers", "athletic", "albion", "dam", "theatre", "theater", "cinema", "gallery", "arena", "prison", "canal",
    ])

    /// Verbs that attribute speech (`X said`, `said X`, `X told Reuters`).
    static let speechVerbs = Set<String>([
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "states", "noted",
        "notes", "posted", "posts", "declared", "declares", "warned", "warns", "explained", "insisted",
        "argued", "claimed", "announced", "confirmed", "denied", "replied", "responded", "asked",
        "urged", "tweeted", "stressed", "acknowledged", "admitted", "recalled", "continued",
        "concluded", "suggested", "commented", "remarked", "observed", "revealed", "say", "tell",
    ])

    /// Name particles that stay inside a name (`Ibrahim al-Madhoun`, `Ursula von der Leyen`).
    static let particles = Set<String>([
        "al", "el", "bin", "ibn", "abu", "abd", "van", "von", "de", "da", "di", "du", "der", "den",
        "del", "della", "la", "le", "bint", "ben", "dos", "das", "ter", "ten", "y", "st",
    ])

    /// Capitalised words that start sentences or titles and never start a name.
    static let functionWords = Set<String>([
        "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "from", "by",
        "with", "as", "is", "are", "was", "were", "be", "this", "that", "these", "those", "it", "its",
        "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "who", "what",
        "when", "where", "why", "how", "which", "while", "after", "before", "since", "until", "during",
        "despite", "although", "though", "because", "so", "yet", "also", "however", "meanwhile",
        "instead", "then", "there", "here", "now", "not", "no", "yes", "all", "some", "many", "most",
        "one", "two", "three", "another", "other", "each", "every", "both", "either", "neither", "such",
        "about", "over", "under", "into", "through", "against", "among", "between", "without", "within",
        "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "shall", "let", "according", "following", "last", "next", "only", "even",
        "just", "still", "once", "again", "more", "less", "much", "very", "too", "mr", "ms", "mrs",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "today", "yesterday", "tomorrow", "tonight", "read", "see", "watch", "click",
        "source", "sources", "photo", "image", "video", "copyright", "published", "updated", "posted",
    ])

    /// Words before a name that say it is a time or a place, not a person (`on Ramadan`, `in New York`).
    static let placeOrTimePrepositions = Set<String>([
        "in", "at", "on", "during", "since", "until", "till", "near", "across", "throughout", "towards",
        "toward", "inside", "outside", "into", "via", "around", "before", "after",
    ])

    /// Lowercase words a person's surname may modify (`the Trump administration`): not a sign of an organisation.
    static let personModifiedNouns = Set<String>([
        "administration", "government", "campaign", "family", "era", "years", "camp", "team",
        "presidency", "cabinet", "aides", "allies", "supporters", "loyalists", "doctrine", "plan",
        "proposal", "speech", "statement", "announcement", "visit", "trip", "tenure", "regime",
        "estate", "foundation", "children", "himself", "herself",
    ])

    /// Role modifiers that belong to a role phrase before a name (`former deputy`, `special envoy`).
    static let roleModifiers = Set<String>([
        "former", "deputy", "special", "senior", "chief", "presidential", "foreign", "acting", "interim",
        "top", "veteran", "outgoing", "incoming", "then", "current", "lead", "leading", "main", "retired",
        "junior", "assistant", "associate", "executive", "vice", "prime", "national", "regional", "local",
        "political", "military", "economic", "press", "communications", "managing", "general", "shadow",
        "opposition", "party", "labour", "conservative", "liberal", "democratic", "republican", "white",
        "house", "state", "health", "home", "defence", "defense", "finance", "trade", "education",
        "environment", "transport", "culture", "justice", "interior", "security", "intelligence",
        "released", "freed", "dual", "young", "elderly", "late", "celebrated", "prominent", "well-known",
        "hostage", "middle", "east", "affairs", "for", "of", "to", "the", "in", "on",
    ])
}
