/// How the words of a full name divide into given names and a family name, by the rules of name structure:
/// a generational suffix is neither (`Donald Trump Jr.`), and East Asian names put the family name first
/// (`Moon Jae-in`, `Kim Jong-un`, and `Xi Jinping` where the corpus writes `President Xi`).
struct NameStructure: Sendable {
    /// Folded first words that the corpus uses alone after a title or an honorific (`President Xi`, `Mr. Moon`),
    /// as a family name is used, and that no full name of the corpus ends with.
    let familyNamesUsedFirst: Set<String>
    /// Surname keys the corpus writes with a suffix and no given name (`Trump Jr.`): the suffix is what tells two people apart.
    let surnamesWrittenWithSuffix: Set<String>
    let givenNames: GivenNames

    init(familyNamesUsedFirst: Set<String> = [], surnamesWrittenWithSuffix: Set<String> = [], givenNames: GivenNames) {
        self.familyNamesUsedFirst = familyNamesUsedFirst
        self.surnamesWrittenWithSuffix = surnamesWrittenWithSuffix
        self.givenNames = givenNames
    }

    /// One-word forms used with a title or an honorific (not a royal one, after which a given name comes: `Prince Harry`),
    /// less the last words of the corpus's full names.
    /// `fullFormPlaces`: the places of the full forms' keys in `evidence.keys`.
    init(evidence: NameEvidence, fullFormPlaces: [Int]) {
        var titled = Set<String>()
        var lastWords = Set<String>()
        var suffixed = Set<String>()
        // Each form read in place by its place (`NameEvidence.formsByPlace`), its name words as the evidence keeps them
        // (`Form.nameWords`): the dictionary's getter copied the form at each field read, and each full form's key was
        // hashed to find it.
        let forms = evidence.formsByPlace
        for place in forms.indices {
            let names = forms[place].nameWords
            guard names.count == 1 else { continue }
            if NameOccurrence.generation(of: forms[place].words) != nil { suffixed.insert(NameKey.surname(names[0])) }
            else if forms[place].titledAsFamilyName > 0 { titled.insert(evidence.keys[place]) }
        }
        for place in fullFormPlaces {
            guard let last = forms[place].nameWords.last else { continue }
            lastWords.insert(NameKey.fold(last))
        }
        self.init(familyNamesUsedFirst: titled.subtracting(lastWords), surnamesWrittenWithSuffix: suffixed, givenNames: evidence.givenNames)
    }

    /// Whether the family name comes first: a hyphenated given name with a lowercase second part (`Jae-in`, `Kun-young`),
    /// or a first word the corpus uses alone as a family name.
    func familyNameFirst(_ words: [String]) -> Bool {
        familyNameFirst(names: NameOccurrence.nameWords(of: words))
    }

    /// `familyNameFirst` of a name's name words (`NameOccurrence.nameWords`), which `parts` has already.
    private func familyNameFirst(names: [String]) -> Bool {
        guard names.count >= 2, names.count <= 3 else { return false }
        if let last = names.last, Self.isHyphenatedGivenName(last) { return true }
        // `Graham Smith` after `Senator Graham`: a given name first with a surname after it is written given name first.
        guard familyNamesUsedFirst.contains(NameKey.fold(names[0])) else { return false }
        return !givenNames.contains(names[0]) || givenNames.contains(names[1])
    }

    /// The family name and the given names, in the order written.
    func parts(_ words: [String]) -> (family: String, given: [String]) {
        let names = NameOccurrence.nameWords(of: words)
        guard let last = names.last else { return ("", []) }
        if familyNameFirst(names: names) { return (names[0], Array(names.dropFirst())) }
        return (last, Array(names.dropLast()))
    }

    /// `Jae-in`, `Jong-un`: two syllables joined, the second in lowercase, as Korean given names are romanised.
    static func isHyphenatedGivenName(_ word: String) -> Bool {
        // Most words have no hyphen, which their bytes tell without cutting the word into pieces (an array of them).
        guard word.holdsByte(UInt8(ascii: "-")) else { return false }
        let pieces = word.split(separator: "-")
        guard pieces.count == 2, let first = pieces[0].first, let second = pieces[1].first else { return false }
        return first.isUppercase && second.isLowercase && pieces.allSatisfy { $0.count <= 5 }
    }

    /// Two forms of one name may be one person: the same generation, or a numeral (`III`) that everyday
    /// mentions leave out. `Jr.` and `Sr.` may name someone else than the bare name (the son, the father):
    /// `AliasMerger` joins them only when the corpus does not tell them apart.
    static func generationsCompatible(_ a: String?, _ b: String?) -> Bool {
        if a == b { return true }
        guard a == nil || b == nil, let stated = a ?? b else { return false }
        return stated != "jr" && stated != "sr"
    }
}
