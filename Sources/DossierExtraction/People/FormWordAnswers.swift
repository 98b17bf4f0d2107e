import DossierCore

/// What the agreement pass asks of a new form's first and last name words: whether the form names a group or a place
/// (`Central Europeans`, `Amnesty International`, `Saudi Arabia`) and whether its first word is an adjective and never
/// a noun (`Atomic Energy`). Asked once per distinct word, not once per form: the forms of a corpus share their words
/// (`John`, `Prime`; `Smith`, `Party`), and each form asked the given names and WordNet about its own again, a
/// demonym being a walk up WordNet's hypernyms. Every answer depends on the folded word alone (`GivenNames` and
/// `NameWordClasses` fold a word before they look it up), so the words are kept folded. The answers are kept, so that
/// a second pass over the same names (`NameEvidence`'s `earlier`) asks only about words it brings anew.
struct FormWordAnswers: Sendable {
    /// What a form's first word says.
    struct First: Sendable, Equatable {
        /// A given name that is no common noun (`Jimmy`, not `Amnesty`): the name is a person's even when its last word
        /// is a group's or a place's (`Jimmy Wales`).
        var givenNotNoun: Bool
        /// An adjective in WordNet and never a noun (`Atomic`, `Central`).
        var adjectiveOnly: Bool

        /// The form's last word may make it a group's or a place's name by its noun senses (`namesGroupOrPlace`).
        var letsLastWordNameGroupOrPlace: Bool { !givenNotNoun }
    }

    /// What a form's last word says.
    struct Last: Sendable, Equatable {
        /// A word for the people of a place that is no given name (`Europeans`, `Israeli`).
        var demonym: Bool
        /// Every noun sense a group or a place (`International`, `Arabia`): asked only where a form needs it (a last
        /// word after a first word that is no given name, and no demonym), nil until then.
        var groupOrPlaceOnly: Bool?

        /// Whether WordNet is still to be asked `groupOrPlaceOnly`, where some form `needs` it: a demonym answers the
        /// form already.
        func asksGroupOrPlace(needed: Bool) -> Bool { needed && !demonym && groupOrPlaceOnly == nil }
    }

    /// What a form gets: `NameEvidence.Form.namesGroupOrPlace` and `startsWithAdjective`.
    struct Answer: Sendable, Equatable {
        var namesGroupOrPlace = false
        var startsWithAdjective = false
    }

    let givenNames: GivenNames
    let wordClasses: NameWordClasses
    /// The folded first words met so far and their answers, by place.
    private var firstWords = StringPlaces()
    private var first: [First?] = []
    /// The folded last words met so far and their answers, by place.
    private var lastWords = StringPlaces()
    private var last: [Last?] = []

    init(givenNames: GivenNames, wordClasses: NameWordClasses) {
        self.givenNames = givenNames
        self.wordClasses = wordClasses
    }

    /// The answers for each form (its name words, `NameOccurrence.nameWords`); a form of fewer than two name words gets
    /// none (both false). The words not met before are asked about on all cores.
    mutating func answers(for forms: [[String]]) -> [Answer] {
        var places: [(first: Int, last: Int)?] = []
        places.reserveCapacity(forms.count)
        for names in forms {
            guard names.count >= 2 else {
                places.append(nil)
                continue
            }
            let (firstPlace, firstIsNew) = firstWords.place(adding: NameKey.fold(names[0]))
            if firstIsNew { first.append(nil) }
            let (lastPlace, lastIsNew) = lastWords.place(adding: NameKey.fold(names[names.count - 1]))
            if lastIsNew { last.append(nil) }
            places.append((firstPlace, lastPlace))
        }
        let (givenNames, wordClasses) = (givenNames, wordClasses)
        let firstKeys = firstWords.keys
        let firstAsked = Self.asked(first.indices.filter { first[$0] == nil }) { place in
            let word = firstKeys[place]
            return First(givenNotNoun: givenNames.contains(word) && !wordClasses.isCommonNoun(word),
                         adjectiveOnly: wordClasses.isAdjectiveOnly(word))
        }
        for (place, answer) in firstAsked { first[place] = answer }
        // A last word is asked whether it is only a group or a place where some form has it after a first word that is
        // no given name (as `namesGroupOrPlace` asks it).
        var needsGroupOrPlace = Array(repeating: false, count: last.count)
        for case let (firstPlace, lastPlace)? in places where first[firstPlace]?.letsLastWordNameGroupOrPlace == true {
            needsGroupOrPlace[lastPlace] = true
        }
        let lastKeys = lastWords.keys, known = last, needed = needsGroupOrPlace
        let lastAsked = Self.asked(last.indices.filter { place in
            guard let answer = last[place] else { return true }
            return answer.asksGroupOrPlace(needed: needsGroupOrPlace[place])
        }) { place in
            let word = lastKeys[place]
            var answer = known[place] ?? Last(demonym: !givenNames.contains(word) && wordClasses.isDemonym(word))
            if answer.asksGroupOrPlace(needed: needed[place]) {
                answer.groupOrPlaceOnly = wordClasses.isGroupOrPlaceOnly(word)
            }
            return answer
        }
        for (place, answer) in lastAsked { last[place] = answer }
        return places.map { place in
            guard let (firstPlace, lastPlace) = place, let first = first[firstPlace], let last = last[lastPlace] else { return Answer() }
            return Answer(namesGroupOrPlace: Self.namesGroupOrPlace(first: first, last: last), startsWithAdjective: first.adjectiveOnly)
        }
    }

    /// A name that ends with a word for the people of a place, or, unless it starts with a given name that is no common
    /// noun, with a word that WordNet knows only as a group or a place.
    static func namesGroupOrPlace(first: First, last: Last) -> Bool {
        last.demonym || (first.letsLastWordNameGroupOrPlace && last.groupOrPlaceOnly == true)
    }

    /// `answer` of each place, on all cores, in runs of places (one task per word took longer to hand out than to
    /// answer for most words).
    private static func asked<Answer: Sendable>(_ places: [Int], _ answer: @Sendable (Int) -> Answer) -> [(Int, Answer)] {
        let runLength = 64
        let starts = Array(stride(from: 0, to: places.count, by: runLength))
        return ParallelMap.map(starts) { start in
            places[start..<min(places.count, start + runLength)].map { ($0, answer($0)) }
        }.flatMap { $0 }
    }
}
