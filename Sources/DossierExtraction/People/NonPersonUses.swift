/// By form key, how many occurrences read as a group's, a place's or a thing's (`NameCues.isNonPersonContext`) and how
/// many as a person's (`NameCues.personScore` above 0): all that the first look at the corpus's names is asked, whether a
/// name's first word is used as a group or a place (`strippingNonPersonLead`), before the agreement pass (`NameEvidence`)
/// is made from the stripped names. A whole `NameEvidence` was made for it (every form's counters, its words taken, what
/// the given names and WordNet say of its first and last words), and made again once the words were stripped.
struct NonPersonUses: Sendable {
    private let givenNames: GivenNames
    private let wordClasses: NameWordClasses
    /// The occurrences' keys, each once, and the counts by key's place.
    private let keys: StringPlaces
    private let nonPerson: [Int]
    private let person: [Int]

    init(occurrences: [NameOccurrence], givenNames: GivenNames, wordClasses: NameWordClasses) {
        self.givenNames = givenNames
        self.wordClasses = wordClasses
        var keys = StringPlaces()
        var nonPerson: [Int] = [], person: [Int] = []
        // Each occurrence's cues read in place (a copy retains and releases its strings).
        for index in occurrences.indices {
            let (place, isNew) = keys.place(adding: occurrences[index].key)
            if isNew {
                nonPerson.append(0)
                person.append(0)
            }
            if occurrences[index].cues.isNonPersonContext { nonPerson[place] += 1 }
            if occurrences[index].cues.personScore > 0 { person[place] += 1 }
        }
        (self.keys, self.nonPerson, self.person) = (keys, nonPerson, person)
    }

    /// The words of an occurrence without leading group or place words (`Hamas Qasssem` → `Qasssem`).
    func strippingNonPersonLead(_ words: [String]) -> [String] {
        var words = words
        // `Argentine David Nalbandian`: a group or place word goes, even one that is also a given name, before a full name.
        // `Israeli Benjamin Arad`: a demonym in front is a description, not a given name.
        while words.count > 2, givenNames.contains(words[1]),
              NameEvidence.isGroupOrPlaceWord(words[0], givenNames: givenNames, wordClasses: wordClasses) { words.removeFirst() }
        while words.count > 1, isNonPersonWord(words[0]),
              !givenNames.contains(words[0]) || (words.count >= 3 && givenNames.contains(words[1])) { words.removeFirst() }
        return words
    }

    /// A one-word form used as a group or a place (`Hamas official`, `in Gaza`) and never with a person's evidence
    /// (`NameEvidence.isNonPersonWord`, of these counts).
    func isNonPersonWord(_ word: String) -> Bool {
        guard let place = keys.place(of: NameKey.fold(word).replacingEvery("-", with: " ")) else { return false }
        return Self.isMostlyNonPerson(nonPerson: nonPerson[place], person: person[place])
    }

    /// The rule of `isNonPersonWord`, from a form's counts.
    static func isMostlyNonPerson(nonPerson: Int, person: Int) -> Bool {
        nonPerson >= PeopleRules.nonPersonUses && nonPerson >= person * 2
    }
}
