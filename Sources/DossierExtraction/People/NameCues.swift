import DossierCore
/// The evidence around one occurrence of a capitalised name-like run.
struct NameCues: Sendable, Hashable {
    /// `Mr.`, `Dr.`, `Ms` right before the name.
    var honorific = false
    /// The honorific, title and speech verb as written (`Mrs.`, `President`, `said`), for the evidence a person page shows.
    var honorificWord: String?
    var titleWord: String?
    var speechVerb: String?
    /// A capitalised title in front of the name (`President`, `Foreign Minister`, `Sen.`).
    var title = false
    /// A royal or religious title, after which a given name alone is the whole name (`Prince Charles`, `King Abdullah`).
    var royalTitle = false
    /// `Sir`, `Dame`: honorifics that go before a given name, so that `Sir John` alone is a given name.
    var knighted = false
    /// A title of public office (`President Lula`, `Justice Eady`), which fiction and brands seldom borrow
    /// as `Captain`, `General` or `King` are (`Captain Scarlet`, `General Electric`, `King Crimson`).
    var officeTitle = false
    /// A lowercase role phrase right before the name (`Hamas spokesman X`, `envoy for hostage affairs X`).
    var roleBefore = false
    /// A role phrase set off by commas before or after the name (`X, a commentator`; `The spokesman, X, said`).
    var appositive = false
    /// An age (`21-year-old X`, `X, 45,`).
    var age = false
    /// A speech verb attributes words to the name (`X said`, `said X`, `X told`).
    var speech = false
    /// `X, who`, `according to X`.
    var relative = false
    /// One of a list of names of the same shape (`A B, C D and E F`).
    var coordinated = false
    /// `the X` with no title between: organisations and places take the article.
    var article = false
    /// `on X`, `during X`: a day, a holiday, an event.
    var timePreposition = false
    /// `in X`, `at X`: a place, more often than not.
    var placePreposition = false
    /// `‘Shalom Hamas’`: a phrase in quotation marks is a title or a slogan.
    var quotedPhrase = false
    /// The name is all the sentence has: a byline or a signature.
    var aloneOnLine = false
    /// `X official`, `X forces`: the word modifies a noun, as the name of a group or place does.
    var modifiesNoun = false
    /// The text says what kind of thing the name is (`the film X`, `band X`, `X, the Italian carmaker,`,
    /// `X, which`), or gives it a plural verb as a band or a team takes (`X are`, `X have`).
    var namedAsThing = false
    /// `Chambers of Commerce`, `Minister for Defence Procurement`: the run ends a longer title-case name.
    var continuesName = false

    /// `M` after `Mr`, `F` after `Mrs`, `Ms`, `Miss`: the gender an honorific states.
    var honorificGender: Character? {
        switch honorificWord.map({ NameKey.fold($0).replacingEvery(".", with: "") }) {
        case "mr": "M"
        case "mrs", "ms", "miss": "F"
        default: nil
        }
    }

    /// Evidence that the run is a person, from this occurrence alone.
    var personScore: Int {
        var score = 0
        if honorific || title { score += PeopleRules.titleWeight }
        if age { score += PeopleRules.ageWeight }
        if roleBefore || appositive { score += PeopleRules.roleWeight }
        if speech { score += PeopleRules.speechWeight }
        if relative { score += PeopleRules.relativeWeight }
        if coordinated { score += PeopleRules.coordinationWeight }
        if article { score -= PeopleRules.articlePenalty }
        if timePreposition { score -= PeopleRules.timePenalty }
        if placePreposition { score -= PeopleRules.placePenalty }
        if modifiesNoun { score -= PeopleRules.modifiesNounPenalty }
        if quotedPhrase || aloneOnLine { score -= PeopleRules.quotedOrAlonePenalty }
        if namedAsThing { score -= PeopleRules.thingPenalty }
        if continuesName { score -= PeopleRules.continuesNamePenalty }
        return score
    }

    /// Evidence strong enough for a one-word name standing alone (`Akunis`, `Mr Smith`).
    var isStrongForOneWord: Bool {
        !isNonPersonContext && (honorific || title || (appositive && speech) || (roleBefore && speech) || age)
    }

    /// Strong evidence for a one-word name that a brand or a character would not have: an honorific, an age,
    /// a role with speech, or a title of office.
    var isStrongBeyondTitle: Bool {
        isStrongForOneWord && (honorific || age || (appositive && speech) || (roleBefore && speech) || officeTitle)
    }

    /// Evidence that the run is not a person.
    var isNonPersonContext: Bool {
        article || timePreposition || placePreposition || modifiesNoun || quotedPhrase || namedAsThing || continuesName
    }
}
