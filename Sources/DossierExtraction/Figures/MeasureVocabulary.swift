import DossierLanguage

/// General news vocabulary for reading what a number counts. Nothing here is about one story.
enum MeasureVocabulary {
    /// Words that never name what is counted: articles, pronouns, prepositions, auxiliaries, common verbs of saying.
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "of", "in", "on",
        "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under", "about", "around",
        "after", "before", "during", "since", "until", "till", "through", "across", "against", "among", "between",
        "per", "via", "than", "as", "like", "while", "when", "where", "which", "who", "whom", "whose", "what", "why",
        "how", "if", "then", "there", "here", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
        "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "not", "no", "also", "still", "only", "just", "even", "all", "both", "each", "every",
        "some", "any", "more", "most", "less", "least", "other", "others", "another", "such", "same", "own",
        "said", "says", "say", "told", "tell", "according", "including", "include", "includes", "included",
        "believe", "believes", "believed", "think", "thinks", "reported", "reports", "confirmed", "announced",
        "now", "then", "ago", "already", "again", "far", "very", "too", "up", "down", "out", "off", "away",
        "whether", "because", "although", "though", "unless", "within", "upon", "amid", "amidst", "toward",
        "towards", "onwards", "whereas", "either", "neither", "each", "mr", "mrs", "ms", "dr", "who's", "it's",
        "last", "next", "first", "second", "third", "new", "year", "years", "month", "months", "week", "weeks",
        "day", "days", "time", "times", "cent", "percent", "people's", "none",
    ]

    /// Pronouns and words that point back to what an earlier number counted (`24 of whom`, `35 others`).
    static let pointsBack: Set<String> = ["whom", "them", "those", "these", "which", "others", "more", "other", "us"]

    /// Synonyms in general news language, so sources that word a count differently still compare.
    /// Poor translations render hostages as prisoners or captives, so the three share a class.
    static let synonyms: [String: String] = [
        "captive": "hostage", "prisoner": "hostage", "abductee": "hostage", "detainee": "hostage",
        "people": "person", "persons": "person", "person": "person", "individual": "person", "civilian": "civilian",
        "troop": "soldier", "serviceman": "soldier", "servicemember": "soldier",
        "kid": "child", "minor": "child", "youngster": "child",
        "fatality": "death", "casualty": "casualty",
        "post": "job", "position": "job",
        "firm": "company", "business": "company",
        "dwelling": "home", "house": "home",
    ]

    /// Nouns whose count is a count of people.
    static let personNouns: Set<String> = [
        "person", "hostage", "civilian", "soldier", "child", "woman", "man", "adult", "resident", "citizen",
        "worker", "employee", "staff", "member", "fighter", "militant", "officer", "police", "victim", "survivor",
        "refugee", "migrant", "patient", "passenger", "student", "teacher", "doctor", "nurse", "voter", "customer",
        "user", "protester", "demonstrator", "journalist", "reporter", "official", "leader", "minister", "lawmaker",
        "senator", "judge", "family", "infant", "baby", "teenager", "girl", "boy", "player", "fan", "visitor",
        "tourist", "inmate", "suspect", "captor", "rebel", "volunteer", "evacuee", "applicant", "subscriber",
        "shareholder", "investor", "delegate", "casualty", "death", "body", "national", "settler", "agent", "guard",
    ]

    /// States of what is counted: whether people are alive, dead, of unknown fate, hurt.
    static let conditions: [String: String] = [
        "alive": "alive", "living": "alive", "survived": "alive", "surviving": "alive", "survivor": "alive",
        "survivors": "alive",
        "dead": "dead", "killed": "dead", "died": "dead", "die": "dead", "death": "dead", "deaths": "dead",
        "bodies": "dead", "body": "dead", "remains": "dead", "fatalities": "dead", "slain": "dead",
        "murdered": "dead", "perished": "dead", "deceased": "dead", "kill": "dead", "killing": "dead",
        "unknown": "unknown", "missing": "unknown", "unaccounted": "unknown",
        "injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
    ]

    /// What happened to what is counted.
    static let events: [String: String] = [
        "held": "held", "holding": "held", "hold": "held", "holds": "held", "remaining": "held", "remain": "held",
        "remained": "held", "captivity": "held", "custody": "held",
        "released": "released", "release": "released", "releasing": "released", "freed": "released",
        "free": "released", "freeing": "released", "exchanged": "released", "exchange": "released",
        "swap": "released", "swapped": "released", "liberation": "released", "liberated": "released",
        "returned": "released", "handed": "released",
        "taken": "taken", "took": "taken", "take": "taken", "captured": "taken", "abducted": "taken",
        "kidnapped": "taken", "seized": "taken", "abduction": "taken", "kidnapping": "taken",
        "displaced": "displaced", "fled": "displaced", "evacuated": "displaced", "homeless": "displaced",
        "uprooted": "displaced",
        "arrested": "arrested", "detained": "arrested", "jailed": "arrested", "imprisoned": "arrested",
        "rose": "rose", "risen": "rose", "rise": "rose", "increased": "rose", "increase": "rose", "grew": "rose",
        "growth": "rose", "gained": "rose", "jumped": "rose", "climbed": "rose", "soared": "rose", "surged": "rose",
        "fell": "fell", "fallen": "fell", "fall": "fell", "decreased": "fell", "decline": "fell",
        "declined": "fell", "dropped": "fell", "drop": "fell", "slumped": "fell", "plunged": "fell", "slid": "fell",
        "cut": "cut", "cuts": "cut", "axed": "cut", "shed": "cut", "slashed": "cut", "lost": "cut", "lose": "cut",
        "sold": "sold", "sell": "sold",
        "raised": "raised", "raise": "raised",
        "approved": "approved", "approve": "approved",
        "spend": "spent", "spent": "spent", "spending": "spent", "invest": "spent", "invested": "spent",
        "investing": "spent", "save": "saved", "saved": "saved", "saving": "saved", "pay": "paid", "paid": "paid",
        "paying": "paid", "borrow": "borrowed", "borrowed": "borrowed", "earn": "earned", "earned": "earned",
        "earning": "earned",
    ]
    /// Events so general that a condition, when the sentence has one, says more (`bodies … remain`).
    static let weakEvents: Set<String> = ["held"]

    /// Words after which an event or condition word no longer describes the number before them.
    static let clauseBreaks: Set<String> = ["and", "but", "which", "who", "while", "whereas", "where", "after", "before"]

    /// Nouns a number names rather than counts (`phase two`, `Article 5`, `flight 370`).
    static let labelNouns: Set<String> = [
        "phase", "stage", "round", "part", "chapter", "article", "section", "clause", "level", "grade", "category",
        "number", "no", "page", "line", "room", "flight", "gate", "route", "platform", "terminal", "act", "item",
        "question", "season", "episode", "series", "version", "model", "type", "tier", "step", "game", "match",
        "week", "day", "district", "ward", "unit", "block", "building", "highway", "resolution", "amendment", "covid",
    ]
    /// Verbs of saying and thinking: a name before one is who speaks, not whose number it is.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "according", "claim", "claims", "claimed", "believe", "believes",
        "believed", "estimate", "estimates", "estimated", "reported", "reports", "insist", "insists", "insisted",
        "argue", "argues", "argued", "warn", "warns", "warned", "suggest", "suggests", "suggested", "predict",
        "predicts", "predicted", "expect", "expects", "think", "thinks", "thought", "announced", "confirmed",
        "revealed", "show", "shows", "showed", "found", "accused", "denied", "deny", "denies",
    ]
    /// Prepositions kept with a time in a label (`by 2011`).
    static let timePrepositions: Set<String> = ["in", "by", "since", "until", "from", "before", "after", "during", "for"]
    /// Verbs that stand before an amount with the noun a reader would use for it (`would save £4bn`: savings).
    static let verbNouns: [String: String] = [
        "save": "savings", "saving": "savings", "saved": "savings", "spend": "spending", "spent": "spending",
        "invest": "investment", "invested": "investment", "cost": "cost", "costs": "cost", "costing": "cost",
        "pay": "payment", "paid": "payment", "paying": "payment", "borrow": "borrowing", "borrowed": "borrowing",
        "earn": "earnings", "earned": "earnings", "earning": "earnings", "earns": "earnings", "owe": "debt",
        "owed": "debt", "donate": "donations", "donated": "donations", "fined": "fine", "charged": "charge",
        "awarded": "award", "offered": "offer", "worth": "value", "valued": "value", "bought": "purchase",
        "buy": "purchase", "fund": "funding", "funded": "funding", "allocated": "allocation", "budgeted": "budget",
        "generate": "revenue", "generated": "revenue", "collected": "revenue", "collect": "revenue",
    ]
    /// Counts of who told the story, not of the story (`two sources said`).
    static let attributionNouns: Set<String> = ["source"]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR"]
    static let currencyCodes: Set<String> = ["usd", "eur", "gbp", "jpy", "cny", "chf", "cad", "aud", "inr", "rub"]
    static let currencyWords: [String: String] = [
        "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY", "yuan": "CNY",
        "rupees": "INR", "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "shekels": "ILS",
    ]
    /// `60-day`, `6 weeks`: plural unit names.
    static let durationUnits: [String: String] = [
        "second": "seconds", "minute": "minutes", "hour": "hours", "day": "days", "week": "weeks", "month": "months",
        "year": "years", "decade": "decades", "century": "centuries",
    ]
    /// `2,000-pound`, `5km`: physical units.
    static let physicalUnits: [String: String] = [
        "pound": "pounds", "lb": "pounds", "kilogram": "kg", "kg": "kg", "ton": "tonnes", "tonne": "tonnes",
        "mile": "miles", "km": "km", "kilometre": "km", "kilometer": "km", "metre": "metres", "meter": "metres",
        "foot": "feet", "feet": "feet", "acre": "acres", "hectare": "hectares", "litre": "litres", "barrel": "barrels",
        "mph": "mph", "gram": "grams", "mile-long": "miles", "storey": "storeys", "megawatt": "MW", "mw": "MW",
    ]
    /// Prepositions that make a bare four-digit number a year (`in 1997`, `since 2003`).
    static let yearPrepositions: Set<String> = [
        "in", "since", "by", "until", "till", "from", "of", "before", "after", "during", "through", "early", "late",
        "mid", "around", "circa", "to",
    ]

    /// The singular, lowercase form that synonyms and buckets use (`hostages` → `hostage`, `captives` → `hostage`).
    static func lemma(_ word: String) -> String {
        let singular = singularize(word)
        return synonyms[singular] ?? synonyms[word] ?? singular
    }

    static func singularize(_ word: String) -> String {
        let irregular = ["people": "people", "children": "child", "men": "man", "women": "woman", "police": "police",
                         "staff": "staff", "feet": "foot", "news": "news", "series": "series", "species": "species"]
        if let form = irregular[word] { return form }
        if word.count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.count > 4, ["ses", "xes", "ches", "shes", "zes"].contains(where: word.hasSuffix),
           !word.hasSuffix("ises"), !word.hasSuffix("uses") {
            return String(word.dropLast(2))
        }
        if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}
