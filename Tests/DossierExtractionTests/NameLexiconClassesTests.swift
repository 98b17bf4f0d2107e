import Testing
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
}
