import DossierCore
/// What the whole corpus says about each capitalised form: the agreement pass.
/// A form seen once with strong evidence counts wherever it appears.
struct NameEvidence: Sendable {
    /// Evidence gathered for one form (folded key) over the corpus.
    struct Form: Sendable {
        /// The words of the last occurrence not at a sentence's start (where any word is capitalised), else of the first.
        var words: [String] = []
        /// `NameOccurrence.nameWords(of: words)`, taken with the words from the occurrence that has them: the passes
        /// that read a form's name words (its verdict, the name structure, the drafts) made them again each time.
        var nameWords: [String] = []
        /// The occurrence (by position) whose words the form takes: the occurrences are counted first, and the words
        /// taken once at the end (`takeWords`), not at every occurrence.
        var wordsFrom: Int
        var count = 0
        var bestScore = Int.min
        var strongAsOneWord = false
        var strongCount = 0
        var nonPersonContexts = 0
        var personContexts = 0
        /// Occurrences that say the form is a work, an organisation or a group (`the film X`, `X are`).
        var thingContexts = 0
        /// Occurrences after an honorific (`Mr`, `Lord`, `Dr`).
        var honorificCount = 0
        /// Occurrences with strong evidence that is more than a title (`isStrongBeyondTitle`).
        var beyondTitleCount = 0
        /// Occurrences after a title or an honorific that goes before a family name (`President Xi`, `Mr. Moon`;
        /// not `Prince Harry`, `Sir John`).
        var titledAsFamilyName = 0
        /// Occurrences with strong evidence other than a title (an honorific, an age, a role with speech):
        /// a given name alone after a title of office is a name cut short (`President Vladimir`), not a person's whole name.
        var untitledStrongCount = 0
        /// The words name a group, a place or its people (`namesAGroupOrPlace`), asked of WordNet once per form.
        var namesGroupOrPlace = false
        /// The first name word is an adjective and never a noun (`Atomic Energy`).
        var startsWithAdjective = false

        /// Used as a place, group or thing far more often than as a person (`in Los Angeles` again and again),
        /// or named as a thing about as often as a person's evidence is seen.
        var isMostlyNonPerson: Bool {
            nonPersonContexts >= 2 * personContexts + 2 || (thingContexts > 0 && thingContexts * 2 >= personContexts)
        }

        /// One more occurrence of the form: `occurrences[index]`, read in place (a copy retains and releases its strings).
        /// The score and the strong evidence are worked out once (each getter was called twice, for every occurrence
        /// of both passes).
        mutating func add(_ occurrences: [NameOccurrence], at index: Int) {
            count += 1
            let score = occurrences[index].cues.personScore
            bestScore = max(bestScore, score)
            if occurrences[index].cues.isStrongForOneWord {
                strongAsOneWord = true
                strongCount += 1
            }
            if occurrences[index].cues.isNonPersonContext { nonPersonContexts += 1 }
            if occurrences[index].cues.namedAsThing { thingContexts += 1 }
            if occurrences[index].cues.honorific { honorificCount += 1 }
            if occurrences[index].cues.isStrongBeyondTitle {
                beyondTitleCount += 1
                if !occurrences[index].cues.title || occurrences[index].cues.honorific { untitledStrongCount += 1 }
            }
            if occurrences[index].cues.honorific || occurrences[index].cues.title, !occurrences[index].cues.royalTitle, !occurrences[index].cues.knighted {
                titledAsFamilyName += 1
            }
            if score > 0 { personContexts += 1 }
            if occurrences[index].sentenceInitial == false { wordsFrom = index }
        }

        /// The words (and name words) of the occurrence `wordsFrom` names, once its occurrences have all been added.
        mutating func takeWords(from occurrences: [NameOccurrence]) {
            words = occurrences[wordsFrom].words
            nameWords = occurrences[wordsFrom].nameWords
        }
    }

    enum Verdict: Sendable, Equatable { case strong, weak, rejected }

    let givenNames: GivenNames
    let wordClasses: NameWordClasses
    /// The forms in the order of `keys` (`formsByPlace[place]` is the form of `keys[place]`): the passes over every form
    /// read them here in place; `form(ofKey:)` finds one by its key.
    let formsByPlace: [Form]
    /// The occurrences' keys, each once, in the order first met (`keys`), and each occurrence's key's place among them
    /// (by the occurrence's position): the drafts group the same occurrences by key from these, not hashing every key again.
    private let keyPlaces: StringPlaces
    let placeOfOccurrence: [Int]

    var keys: [String] { keyPlaces.keys }

    /// The form of `key`; nil for a key no occurrence has.
    func form(ofKey key: String) -> Form? {
        keyPlaces.place(of: key).map { formsByPlace[$0] }
    }
    /// Articles where a word appears in lowercase, and where it appears capitalised inside a sentence.
    private let wordArticles: WordArticleCounts

    /// What the given names and WordNet say of the first and last words of the forms made (`FormWordAnswers`), kept for a
    /// second pass over the same names (`earlier`), which asks only about the words it brings anew.
    private let wordAnswers: FormWordAnswers

    /// `lowercaseArticles`, `capitalisedArticles`: by folded word, in how many articles it is written in lowercase, and
    /// capitalised inside a sentence (`NameWordCounts`).
    init(occurrences: [NameOccurrence], lowercaseArticles: [String: Int], capitalisedArticles: [String: Int], givenNames: GivenNames,
         wordClasses: NameWordClasses = NameWordClasses(wordNet: nil), earlier: NameEvidence? = nil) {
        self.init(occurrences: occurrences, wordArticles: WordArticleCounts(lowercase: lowercaseArticles, capitalised: capitalisedArticles),
                  givenNames: givenNames, wordClasses: wordClasses, earlier: earlier)
    }

    init(occurrences: [NameOccurrence], wordArticles: WordArticleCounts, givenNames: GivenNames,
         wordClasses: NameWordClasses = NameWordClasses(wordNet: nil), earlier: NameEvidence? = nil) {
        self.givenNames = givenNames
        self.wordClasses = wordClasses
        self.wordArticles = wordArticles
        // Each key's place in the order first met (`StringPlaces`), and each occurrence's key's place: the
        // occurrences are then added to their forms by place, each read in place, not copied, and not hashed again.
        var keys = StringPlaces()
        var firstOccurrences: [Int] = []
        var placeOfOccurrence: [Int] = []
        placeOfOccurrence.reserveCapacity(occurrences.count)
        for index in occurrences.indices {
            let (place, isNew) = keys.place(adding: occurrences[index].key)
            if isNew { firstOccurrences.append(index) }
            placeOfOccurrence.append(place)
        }
        // A new form for each key, from its first occurrence; what its words say of it asked once per distinct word
        // (`FormWordAnswers`), of the name words the occurrence keeps.
        var answers = earlier?.wordAnswers ?? FormWordAnswers(givenNames: givenNames, wordClasses: wordClasses)
        let formAnswers = answers.answers(for: firstOccurrences.map { occurrences[$0].nameWords })
        wordAnswers = answers
        var made = zip(firstOccurrences, formAnswers).map { index, answer in
            var form = Form(wordsFrom: index)
            form.namesGroupOrPlace = answer.namesGroupOrPlace
            form.startsWithAdjective = answer.startsWithAdjective
            return form
        }
        for index in occurrences.indices { made[placeOfOccurrence[index]].add(occurrences, at: index) }
        for place in made.indices { made[place].takeWords(from: occurrences) }
        formsByPlace = made
        keyPlaces = keys
        self.placeOfOccurrence = placeOfOccurrence
    }

    /// An English word more often written in lowercase than capitalised in this corpus (`Social`, `Will`).
    func isCommonWord(_ word: String) -> Bool {
        isCommonWord(folded: NameKey.fold(word))
    }

    /// `isCommonWord` of a word already folded (`NameKey.fold`).
    private func isCommonWord(folded lower: String) -> Bool {
        if NameLexicon.functionWordSet.contains(lower) { return true }
        let counts = wordArticles.counts(ofFolded: lower)
        return counts.lowercase > counts.capitalised
    }

    /// Whether any article writes the word in lowercase (`electric`, `scarlet`, `nasty`): a surname seldom is.
    func isEverLowercase(_ word: String) -> Bool {
        wordArticles.counts(ofFolded: NameKey.fold(word)).lowercase > 0
    }

    /// The place of `key` in `keys`, nil for a key no occurrence has.
    func place(ofKey key: String) -> Int? {
        keyPlaces.place(of: key)
    }

    /// A one-word form used as a group or a place (`Hamas official`, `in Gaza`) and never with a person's evidence.
    func isNonPersonWord(_ word: String) -> Bool {
        isNonPersonWord(folded: NameKey.fold(word))
    }

    /// `isNonPersonWord` of a word already folded: its one-word key is the folded word with hyphens as spaces, as
    /// `NameOccurrence.key(of: [word])` makes it.
    private func isNonPersonWord(folded: String) -> Bool {
        // The form's counts read in place by its place, not the form copied (its words).
        guard let place = keyPlaces.place(of: folded.replacingEvery("-", with: " ")) else { return false }
        return NonPersonUses.isMostlyNonPerson(nonPerson: formsByPlace[place].nonPersonContexts, person: formsByPlace[place].personContexts)
    }

    /// Whether a one-word name may stand for a person whose full name carries it: not mostly used as a place or group.
    func canBeSurname(_ key: String) -> Bool {
        guard let form = form(ofKey: key) else { return true }
        return form.strongAsOneWord || form.nonPersonContexts * 2 <= form.count
    }

    /// The verdict on the form of the key at `place` (in `keys`), if it has two or more name words. Asked of every key of
    /// the corpus: the form is read in place in `formsByPlace`, and no key is hashed to find it.
    func verdict(atPlace place: Int) -> Verdict {
        let names = formsByPlace[place].nameWords
        guard names.count >= 2, !formsByPlace[place].isMostlyNonPerson, !formsByPlace[place].namesGroupOrPlace else { return .rejected }
        // `Atomic Energy`, `Central Command`: an adjective first makes a name of a thing, unless a title or an honorific says otherwise.
        if formsByPlace[place].startsWithAdjective, formsByPlace[place].titledAsFamilyName == 0, formsByPlace[place].strongCount == 0 {
            return .rejected
        }
        let score = formsByPlace[place].bestScore + staticScore(formsByPlace[place].words, names: names)
        if score >= PeopleRules.strongVerdictScore { return .strong }
        return score >= PeopleRules.weakVerdictScore ? .weak : .rejected
    }

    /// A one-word name that is a demonym (`Israeli`) or only a group or a place in WordNet (`Congress`) stands for no person.
    func isGroupOrPlaceWord(_ word: String) -> Bool {
        Self.isGroupOrPlaceWord(word, givenNames: givenNames, wordClasses: wordClasses)
    }

    /// `isGroupOrPlaceWord` by these given names and word classes (which `NonPersonUses` reads too).
    static func isGroupOrPlaceWord(_ word: String, givenNames: GivenNames, wordClasses: NameWordClasses) -> Bool {
        !givenNames.contains(word) && (wordClasses.isDemonym(word) || wordClasses.isGroupOrPlaceOnly(word))
    }

    /// Evidence in the words themselves: a given name first, a particle, the shape of names.
    func staticScore(_ words: [String], names: [String]) -> Int {
        // Each name word folded, and asked whether it is a common word, once (each question folded it again).
        let folded = names.map(NameKey.fold)
        let common = folded.map { isCommonWord(folded: $0) }
        var score = 0
        let givenFirst = givenNames.contains(names[0]) && !common[0]
        if givenFirst { score += 2 }
        // Words no longer than the name words are the name words (`nameWords` only leaves words out), folded already.
        if words.count > names.count || folded.contains(where: { $0.hasPrefix("al-") || $0.hasPrefix("el-") }) {
            score += 1
        }
        // One look-up of the lexicon's classes (whose first look hashes nothing for most words), not two sets hashed.
        let lexicon = folded.contains { !NameLexicon.classes(of: $0).isDisjoint(with: [.title, .nonPersonSuffix]) }
        if !lexicon, !common.contains(true) { score += 1 }
        for position in names.indices.dropFirst() where common[position] { score -= 2 }
        // `Dionne Warwick`: after a given name, a surname may also be a firm's or a place's name, so it weighs less.
        for position in names.indices where isNonPersonWord(folded: folded[position]) { score -= position > 0 && givenFirst ? 1 : 2 }
        return score
    }
}
