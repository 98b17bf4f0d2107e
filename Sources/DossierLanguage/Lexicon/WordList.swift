import Foundation

/// The word lists dossier knows, one data file each in `Resources/lexicon/<file>.txt`.
///
/// A list exists once: every reader and extractor that needs months or speech verbs asks for the same list.
/// The files are read once per process, on first use, and never change after.
public enum WordList: String, Sendable, CaseIterable {
    /// Abbreviations that keep their full stop in a token (`Mr.`, `Sen.`, `Jr.`).
    case abbreviations = "abbreviations"
    /// Auxiliaries and modals after which a name is its clause's subject (`Labour would spend`); figures use it.
    case subjectAuxiliaries = "subject-auxiliaries"
    /// WordNet's lexicographer file names by number (`noun.person` is 18).
    case wordNetLexicographerFiles = "wordnet-lexicographer-files"
    /// WordNet noun classes of things, places and matter (`noun.artifact`, `noun.location`), which can name a topic alone.
    case concreteNounClasses = "concrete-noun-classes"
    /// Capitalised words of page furniture and newsrooms that are no part of a person's name (`Share`, `Reporter`), as written.
    case notNameWords = "not-name-words"
    /// The Arabic article before a romanised name (`al-`, `el-`, `ash-`), which a name key drops.
    case arabicArticlePrefixes = "arabic-article-prefixes"
    /// Lower-case nouns that the name of a group or a place modifies (`Hamas official`, `Gaza border`) and a person's name rarely does.
    case groupModifiedNouns = "group-modified-nouns"
    /// Lower-case nouns that relate a person to someone else rather than say what they do (`his wife`, `a rival`).
    case relationNouns = "relation-nouns"
    /// Lower-case words that open a role phrase before a name and are not part of the role (`the`, `his`, `now`, `currently`).
    case rolePhraseOpeners = "role-phrase-openers"
    /// Lower-case auxiliaries, conjunctions and verbs that end a role phrase read backwards from a name (`has`, `was`, `appointed`, `after`).
    case rolePhraseBreakers = "role-phrase-breakers"
    /// Lower-case words that end an appositive after a name (`X, a commentator who`, `X, an analyst, said`).
    case appositiveClauseEnds = "appositive-clause-ends"
    /// English subject personal pronouns, lower case.
    case personalPronouns = "personal-pronouns"
    /// Lower-case sentence adverbs that cannot open an appositive (`meanwhile`, `however`, `yesterday`).
    case sentenceAdverbs = "sentence-adverbs"
    /// Lower-case prepositions and conjunctions that cannot open a role phrase.
    case rolePhraseLeadingWords = "role-phrase-leading-words"
    /// Lower-case prepositions, conjunctions and articles that cannot end a role phrase.
    case rolePhraseTrailingWords = "role-phrase-trailing-words"
    /// Honorifics before a name, lower case, with or without the British full stop (`Mr.`, `Mr`, `Sheikh`).
    case honorifics = "honorifics"
    /// Capitalised title words that stand right before a name, lower case (`President Trump`, `Sen. Warren`, `Foreign Secretary X`).
    case titlesBeforeNames = "titles-before-names"
    /// Titles after which a given name alone names the person, lower case (`Prince Harry`, `Pope Francis`).
    case royalTitles = "royal-titles"
    /// Titles of public office, lower case (`President`, `Justice`, `Senator`).
    case officeTitles = "office-titles"
    /// Words after a surname that tell generations apart, lower case (`Jr`, `Snr`, `III`).
    case generationalSuffixes = "generational-suffixes"
    /// Titles that make a role by themselves, lower case (others, such as `Foreign`, only qualify one).
    case headTitles = "head-titles"
    /// Lower-case nouns for what a person is or does, in a role phrase (`Hamas spokesman X`, `X, a commentator`).
    case roleNouns = "role-nouns"
    /// Last words of names of organisations, places, publications, laws and events, lower case: a capitalised run ending with one is no person (`House`, `Council`).
    case nonPersonNameEndings = "non-person-name-endings"
    /// Verbs that attribute speech, lower case, every form (`X said`, `said X`, `X told Reuters`).
    case speechVerbs = "speech-verbs"
    /// Name particles that stay inside a personal name, lower case (`Ibrahim al-Madhoun`, `Ursula von der Leyen`, `Ludwig van Beethoven`).
    case nameParticles = "name-particles"
    /// Function words, lower case, that start sentences or titles capitalised and never start a personal name.
    case nameExcludedFunctionWords = "name-excluded-function-words"
    /// Words before a capitalised run that say it is a time or a place, not a person, lower case (`on Ramadan`, `in New York`).
    case placeOrTimePrepositions = "place-or-time-prepositions"
    /// Lower-case nouns a surname may modify (`the Trump administration`): not a sign of an organisation.
    case personModifiedNouns = "person-modified-nouns"
    /// Modifiers inside a role phrase before a name, lower case (`former deputy`, `special envoy`).
    case roleModifiers = "role-modifiers"
    /// Lower-case nouns for works, organisations and groups, none a person's role or a common verb (`the film X`, `band X`).
    case thingKindNouns = "thing-kind-nouns"
    /// Prepositions before a capitalised run that make it a time, lower case (`on Ramadan`, `during Passover`).
    case timePrepositions = "time-prepositions"
    /// Lower-case words that end the search for a kind noun in an appositive after a name (`X, the head of`).
    case thingAppositiveStops = "thing-appositive-stops"
    /// Lower-case words after the kind noun of an appositive that still close it (`X, the carmaker based in Turin`).
    case thingAppositiveContinuations = "thing-appositive-continuations"
    /// Lower-case prepositions and conjunctions that cannot open an appositive after a name (`Like some drill sergeant`).
    case appositiveOpenersRefused = "appositive-openers-refused"
    /// Words before a bare month name that make it a date, lower case (`in March`, `mid-January`).
    case monthCues = "month-cues"
    /// Words before a weekday that make it a date, lower case (`on Sunday`); without one, `Sunday Times` is a name.
    case weekdayCues = "weekday-cues"
    /// Words a few places before a date that put it in the future, lower case (`will`, `scheduled`).
    case futureCues = "future-cues"
    /// Labels of an article's own date line, lower case (`Published: March 5`).
    case dateStampLabels = "date-stamp-labels"
    /// Words that may end a topic phrase (`tax cuts`, `price rise`) but say too little alone: changes, ranks, chances; lower case, singular.
    case topicWeakAloneWords = "topic-weak-alone-words"
    /// Words that may open a topic phrase (`first phase`, `former president`) but are no topic alone or at its end; lower case.
    case topicModifiers = "topic-modifiers"
    /// `-ing` nouns whose meaning is not their verb's (`housing` is not `house`), lower case.
    case ingNouns = "ing-nouns"
    /// English words that carry no topic on their own: function words, reporting verbs, the most general words of news.
    case topicStopWords = "topic-stop-words"
    /// English month names in calendar order.
    case months = "months"
    /// Abbreviated month names, each with the month it stands for (`Sept September`).
    case monthAbbreviations = "month-abbreviations"
    /// English weekday names from Sunday.
    case weekdays = "weekdays"
    /// English cardinal number words from zero to nineteen, in order.
    case numberWords = "number-words"
    /// Determiners, possessive pronouns, quantifiers and small number words that come before a noun, lower case (`the talks`, `their talks`, `two talks`).
    case determiners = "determiners"

    /// Abbreviations usually followed by a number, lower case (`No. 10`, `Art. 5`); months are in `monthAbbreviations`.
    case abbreviationsBeforeNumbers = "abbreviations-before-numbers"
    /// Abbreviations that never close a sentence, lower case (`vs.`, `e.g.`).
    case abbreviationsNeverFinal = "abbreviations-never-final"
    /// Abbreviations that often close a sentence as well, lower case (`etc.`, `Inc.`).
    case abbreviationsOftenFinal = "abbreviations-often-final"
    /// Words that commonly open a sentence, capitalised as written there (`The`, `However`).
    case sentenceOpenings = "sentence-openings"
    /// How a category or tag footer starts, lower case (`tags:`, `filed under:`).
    case boilerplateCategoryPrefixes = "boilerplate-category-prefixes"
    /// Whole lines of a comment section, lower case, without punctuation (`leave a reply`).
    case boilerplateCommentFurniture = "boilerplate-comment-furniture"
    /// Share, newsletter and navigation prompts, lower case (`share this`, `read more`).
    case boilerplatePrompts = "boilerplate-prompts"
    /// How an image credit line starts, lower case (`photo:`, `file photo`).
    case boilerplateCreditPrefixes = "boilerplate-credit-prefixes"
    /// Words and stems of a comment policy, lower case (`moderat`, `offensive`).
    case boilerplatePolicyCues = "boilerplate-policy-cues"
    /// Words, stems and phrases of a donation or subscription appeal, lower case (`donat`, `support our work`).
    case boilerplateAppealCues = "boilerplate-appeal-cues"
    /// Verbs that open an appeal to the reader, lower case (`please`, `donate`).
    case boilerplateImperatives = "boilerplate-imperatives"
    /// Phrases of cookie, privacy and terms notices, lower case (`we use cookies`).
    case boilerplateSiteNotices = "boilerplate-site-notices"
    /// Pronouns with which a site speaks to its reader or for itself, lower case (`you`, `our`, `us`).
    case readerAddressWords = "reader-address-words"
    /// Function words a machine translation capitalises inside a sentence, lower case (`that`, `whether`).
    case capitalisedFunctionWords = "capitalised-function-words"
    /// Articles and determiners a machine translation capitalises inside a sentence, lower case (`the`, `their`).
    case capitalisedDeterminers = "capitalised-determiners"
    /// Common short words of other languages, lower case (`und`, `avec`, `pero`).
    case foreignFunctionWords = "foreign-function-words"
    /// Words outlets put in their names, as written there (`News`, `TV`).
    case outletNameWords = "outlet-name-words"
    /// First labels of web-mail domains, lower case (`gmail`).
    case webmailDomains = "webmail-domains"
    /// First words of a sentence that leans on the one before, lower case (`but`, `he`, `however`).
    case leaningSentenceOpeners = "leaning-sentence-openers"
    /// Web-page furniture a brief's lead sentence never contains, lower case (`click here`, `cookie`).
    case leadBoilerplateCues = "lead-boilerplate-cues"

    /// Words that sit with a stamp label around an article's own date, lower case (`Last updated on`, `First published at`).
    case dateLineWords = "date-line-words"
    /// Lower-case words and marks that join the words of an outlet's or place's name (`Bank of England`).
    case originNameConnectors = "origin-name-connectors"
    /// First words of a line that credits the outlet an article comes from, lower case (`Source: Reuters`).
    case creditLabels = "credit-labels"
    /// Verbs of a line that credits the outlet an article first ran in, lower case (`first appeared in X`).
    case creditVerbs = "credit-verbs"
    /// Nouns by which a text names itself, lower case (`this article`, `the story`): a credit in running text speaks of one.
    case textItselfNouns = "text-itself-nouns"
    /// Words a byline line opens with, as written there (`By`, `Reporting by`).
    case bylineOpenings = "byline-openings"
    /// Words of a journalist's role in a byline, as written there (`Staff Writer`, `Correspondent`).
    case bylineRoleWords = "byline-role-words"
    /// Qualifiers that make a figure approximate, lower case (`about 250`, `250 or so`).
    case approximateQualifiers = "approximate-qualifiers"
    /// Qualifiers that make a figure a lower bound, lower case (`more than 100`, `100 or more`).
    case lowerBoundQualifiers = "lower-bound-qualifiers"
    /// Qualifiers that make a figure an upper bound, lower case (`up to 100`, `100 or fewer`).
    case upperBoundQualifiers = "upper-bound-qualifiers"
    /// Events of a measure, each with the phrase a label says it with (`held still held`).
    case measureEventPhrases = "measure-event-phrases"
    /// Conditions of a measure, each with the phrase a label says it with (`unknown of unknown status`).
    case measureConditionPhrases = "measure-condition-phrases"
    /// Participles and adjectives of a state that a label takes as they are, lower case (`killed`, `freed`).
    case plainStateWords = "plain-state-words"
    /// Words that never name what a number counts, lower case (`the`, `said`, `year`).
    case uncountedWords = "uncounted-words"
    /// Words after a number that point back to what an earlier number counted, lower case (`24 of whom`).
    case pointingBackWords = "pointing-back-words"
    /// Counted nouns, each with the class it shares with its synonyms (`captive hostage`).
    case countedNounSynonyms = "counted-noun-synonyms"
    /// Nouns whose count is a count of people, singular, lower case (`hostage`, `victim`).
    case personCountNouns = "person-count-nouns"
    /// Words for the state of what is counted, each with its state (`killed dead`).
    case countedConditions = "counted-conditions"
    /// Words for what happened to what is counted, each with its event (`freed released`).
    case countedEvents = "counted-events"
    /// Words after which an event or condition word no longer describes the number before them, lower case.
    case figureClauseBreaks = "figure-clause-breaks"
    /// Nouns a number names rather than counts, lower case (`phase two`, `flight 370`).
    case numberLabelNouns = "number-label-nouns"
    /// Verbs of saying and thinking, lower case, every form (`said`, `estimates`, `believed`).
    case sayingAndThinkingVerbs = "saying-and-thinking-verbs"
    /// Prepositions kept with a time in a figure's label, lower case (`by 2011`).
    case timeLabelPrepositions = "time-label-prepositions"
    /// Verbs before an amount, each with the noun a reader would use for it (`save savings`).
    case amountVerbNouns = "amount-verb-nouns"
    /// ISO 4217 codes of currencies common in the news, lower case (`usd`).
    case currencyCodes = "currency-codes"
    /// English names of currencies, each with its ISO 4217 code (`dollars USD`).
    case currencyWords = "currency-words"
    /// Units of time, each with the plural a figure's unit is written with (`day days`).
    case durationUnits = "duration-units"
    /// Physical units as news text writes them, each with the unit a figure is written with (`kilometre km`).
    case physicalUnits = "physical-units"
    /// Words before a bare four-digit number that make it a year, lower case (`in 1997`).
    case yearPrepositions = "year-prepositions"
    /// Words between a number and the noun it counts that are no part of it, lower case (`250 other hostages`).
    case countedNounModifiers = "counted-noun-modifiers"
    /// Endings of English nouns made from verbs, lower case (`-tion`, `-ment`).
    case nominalSuffixes = "nominal-suffixes"
    /// Determiners between the `of` after a number and the noun it counts, lower case (`200 of the hostages`).
    case countedPhraseDeterminers = "counted-phrase-determiners"
    /// Words before a period that make it a point in time, lower case (`last year`, `third quarter`).
    case periodOrdinals = "period-ordinals"
    /// Determiners before a small number word that make it a reference, not a figure, lower case (`the two sides`).
    case referringDeterminers = "referring-determiners"
    /// Words before `half` that make it a part rather than a figure, lower case (`the first half of`).
    case halfPartOpeners = "half-part-openers"
    /// Letters before a `$` that say whose dollar it is, each with its ISO 4217 code (`us USD`).
    case dollarPrefixes = "dollar-prefixes"
    /// Words after a number that make it a time of day, lower case (`10 am`, `14:00 GMT`).
    case clockTimeMarkers = "clock-time-markers"
    /// Endings in `-ed` of English nouns and numbers, not of past tenses, lower case (`bloodshed`, `hundred`).
    case edNounEndings = "ed-noun-endings"

    /// The file name, without `.txt`.
    public var fileName: String { rawValue }

    /// The entries, in file order.
    public var entries: [String] { BundledWordLists.entries[self] ?? [] }

    /// The entries, as a set.
    public var words: Set<String> { BundledWordLists.sets[self] ?? [] }

    /// The entries of a list of pairs, each line a key, a space and its value (`Sept September`), as a dictionary.
    public var pairs: [String: String] { BundledWordLists.pairs[self] ?? [:] }
}

/// The bundled list files, read once: immutable after the first use.
enum BundledWordLists {
    static let entries: [WordList: [String]] = {
        var lists: [WordList: [String]] = [:]
        for list in WordList.allCases {
            guard let url = Bundle.module.url(forResource: list.fileName, withExtension: "txt", subdirectory: "lexicon"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else {
                preconditionFailure("the bundled word list lexicon/\(list.fileName).txt is missing: rebuild dossier")
            }
            lists[list] = entries(ofListText: text)
        }
        return lists
    }()

    static let sets: [WordList: Set<String>] = entries.mapValues { Set($0) }

    /// Each entry split at its first space into a key and its value; the first entry of a key wins.
    static let pairs: [WordList: [String: String]] = entries.mapValues { list in
        Dictionary(list.map { entry in
            let parts = entry.split(separator: " ", maxSplits: 1)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The first line is a `#` header; `#` lines and blank lines are skipped; entries are trimmed.
    static func entries(ofListText text: String) -> [String] {
        var text = text
        if let entries = text.withUTF8(asciiLineEntries) { return entries }
        return text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            return entry.isEmpty || entry.hasPrefix("#") ? nil : entry
        }
    }

    /// `entries(ofListText:)` read on the bytes, nil when the text holds a carriage return (which makes one character
    /// with the line feed after it): each of the hundred lists was split and trimmed through Foundation's character
    /// sets, on the thread the parse stage waits for. In ASCII, the white space Foundation trims is a space or a tab; a
    /// line with a byte outside ASCII (whose ends could be Unicode white space, or a `#` with a combining mark) is still
    /// trimmed by Foundation.
    private static func asciiLineEntries(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard !bytes.contains(UInt8(ascii: "\r")) else { return nil }
        var entries: [String] = []
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
            lineStart = lineEnd + 1
            if line.contains(where: { $0 >= 0x80 }) {
                let entry = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if !entry.isEmpty && !entry.hasPrefix("#") { entries.append(entry) }
                continue
            }
            let isSpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
            if let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }),
               line[first] != UInt8(ascii: "#") {
                entries.append(String(decoding: UnsafeBufferPointer(rebasing: line[first...last]), as: UTF8.self))
            }
        }
        return entries
    }
}
