import Testing
import DossierLanguage
@testable import DossierExtraction

/// One lookup tells which of the name lexicon's lists a word is in: the same answers as asking each list.
@Suite struct NameLexiconClassesTests {
    static let lists: [(Set<String>, NameLexicon.Classes)] = [
        (NameLexicon.honorifics, .honorific), (NameLexicon.titles, .title), (NameLexicon.royalTitles, .royalTitle),
        (NameLexicon.officeTitles, .officeTitle), (NameLexicon.headTitles, .headTitle), (NameLexicon.roleNouns, .roleNoun),
        (NameLexicon.nonPersonSuffixes, .nonPersonSuffix), (NameLexicon.speechVerbs, .speechVerb),
        (NameLexicon.functionWords, .functionWord), (NameLexicon.timePrepositions, .timePreposition),
        (NameLexicon.placeOrTimePrepositions, .placeOrTimePreposition),
    ]

    @Test func classesAnswerAsTheListsDo() {
        let words = Self.lists.reduce(into: Set<String>()) { $0.formUnion($1.0) }.union(["gaza", "netanyahu", "", "talks"])
        for word in words {
            for (list, kind) in Self.lists {
                #expect(NameLexicon.classes(of: word).contains(kind) == list.contains(word), "\(word)")
            }
        }
        #expect(NameLexicon.classes(of: "said").contains(.speechVerb))
        #expect(NameLexicon.classes(of: "gaza").isEmpty)
    }

    /// The word sets asked of the words around every name run answer as the lists they are made of, for every word
    /// of every list and for words in none.
    @Test func wordSetsAnswerAsTheirLists() {
        let pairs: [(Set<String>, WordSet)] = [
            (NameLexicon.roleNouns, NameLexicon.roleNounWords), (NameLexicon.roleModifiers, NameLexicon.roleModifierWords),
            (ThingCues.kindNouns, ThingCues.kindNounWords), (WordList.rolePhraseTrailingWords.words, RolePhrases.trailingWordSet),
        ]
        let words = pairs.reduce(into: Set<String>()) { $0.formUnion($1.0) }.union(["gaza", "netanyahu", "", "talks", "the", "said"])
        for (list, set) in pairs {
            for word in words { #expect(set.contains(word) == list.contains(word), "\(word)") }
        }
    }
}

