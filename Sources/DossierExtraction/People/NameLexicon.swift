import DossierLanguage
/// The generic English words that tell a person's name from other capitalised words.
/// None of these is a name of any story: they are titles, honorifics, verbs and the
/// suffix words of organisations and places, as any newsroom style guide lists them.
enum NameLexicon {
    /// Honorifics, with or without the British full stop (`Mr.`, `Mr`).
    static let honorifics = WordList.honorifics.words

    /// Capitalised titles that stand right before a name (`President Trump`, `Sen. Warren`).
    static let titles = WordList.titlesBeforeNames.words

    /// Titles after which a given name alone names the person (`Prince Harry`, `Pope Francis`, `Sheikh Hamad`).
    static let royalTitles = WordList.royalTitles.words

    /// Titles of public office (`President`, `Justice`, `Senator`).
    static let officeTitles = WordList.officeTitles.words

    /// Words after a surname that tell generations apart (`Jr`, `Snr`, `III`).
    static let generationalSuffixes = WordList.generationalSuffixes.words
    /// `generationalSuffixes` with a first look that hashes nothing (`WordSet`): asked of every word of every name.
    static let generationalSuffixWords = WordSet(generationalSuffixes)

    /// Titles that make a role by themselves (the others, such as `Foreign`, only qualify one).
    static let headTitles = WordList.headTitles.words

    /// Lowercase nouns for what a person is or does, in a role phrase (`Hamas spokesman X`, `X, a commentator`).
    static let roleNouns = WordList.roleNouns.words
    /// `roleNouns` with a first look that hashes nothing (`WordSet`), for the words before every name.
    static let roleNounWords = WordSet(roleNouns)

    /// Last words of organisations, places, publications, laws, events: a capitalised run that ends with one is no person.
    static let nonPersonSuffixes = WordList.nonPersonNameEndings.words

    /// Verbs that attribute speech (`X said`, `said X`, `X told Reuters`).
    static let speechVerbs = WordList.speechVerbs.words

    /// Name particles that stay inside a name (`Ibrahim al-Madhoun`, `Ursula von der Leyen`).
    static let particles = WordList.nameParticles.words
    /// `particles` with a first look that hashes nothing (`WordSet`), for the questions asked of every word.
    static let particleWords = WordSet(particles)

    /// Capitalised words that start sentences or titles and never start a name.
    static let functionWords = WordList.nameExcludedFunctionWords.words
    /// `functionWords` with a first look that hashes nothing (`WordSet`), for the first words of every name run.
    static let functionWordSet = WordSet(functionWords)

    /// Prepositions before a name that make it a time: a day, a holiday, an event (`on Ramadan`, `during Passover`).
    static let timePrepositions = WordList.timePrepositions.words

    /// Words before a name that say it is a time or a place, not a person (`on Ramadan`, `in New York`).
    static let placeOrTimePrepositions = WordList.placeOrTimePrepositions.words

    /// Lowercase words a person's surname may modify (`the Trump administration`): not a sign of an organisation.
    static let personModifiedNouns = WordList.personModifiedNouns.words

    /// Role modifiers that belong to a role phrase before a name (`former deputy`, `special envoy`).
    static let roleModifiers = WordList.roleModifiers.words
    /// `roleModifiers` with a first look that hashes nothing (`WordSet`), for the words before every name.
    static let roleModifierWords = WordSet(roleModifiers)
}
