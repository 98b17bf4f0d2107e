import DossierCore
import Testing
@testable import DossierExtraction

@Suite struct PeopleRolesQuotesTests {
    private func person(_ sentences: [String]) -> Person? {
        PeopleFixture.people([PeopleFixture.article("a", sentences)]).first
    }

    @Test func quoteThenNameAndVerb() {
        let found = person(["Ana Rivera spoke on Monday.", "“We will not give up on this,” Rivera wrote."])
        #expect(found?.quotes.map(\.text) == ["We will not give up on this"])
        #expect(found?.quotes.first?.reference == SentenceReference(source: "a", sentence: "s2"))
    }

    @Test func nameToldOutletColonQuote() {
        let found = person(["Ana Rivera told Reuters: “The deal is done and we are happy.”"])
        #expect(found?.quotes.map(\.text) == ["The deal is done and we are happy."])
    }

    @Test func saidThenName() {
        let found = person(["“The deal is done for now,” said Ana Rivera."])
        #expect(found?.quotes.map(\.text) == ["The deal is done for now"])
    }

    @Test func quoteContinuedInTheNextSentence() {
        let found = person(["“The first part is long enough,” Ana Rivera said.", "“The second part goes on here.”"])
        #expect(found?.quotes.map(\.text) == ["The first part is long enough", "The second part goes on here."])
    }

    @Test func pronounAfterANamedSpeaker() {
        let found = person(["Ana Rivera told Reuters the talks failed.", "“We will try again next week,” she said."])
        #expect(found?.quotes.map(\.text) == ["We will try again next week"])
    }

    @Test func rolesBySource() {
        let people = PeopleFixture.people([
            PeopleFixture.article("a", ["Egyptian Foreign Minister Badr Nasser told reporters no."]),
            PeopleFixture.article("b", ["Badr Nasser, the foreign minister of Egypt, said yes."]),
        ])
        #expect(people.first?.roles.map { "\($0.reference.source): \($0.text)" } == ["a: Egyptian Foreign Minister", "b: foreign minister of Egypt"])
    }

    @Test func peopleMentionedAlongside() {
        let people = PeopleFixture.people([
            PeopleFixture.article("a", ["Ana Rivera met Karim Haddad.", "Karim Haddad said yes."]),
            PeopleFixture.article("b", ["Karim Haddad said no."]),
        ])
        #expect(people.map(\.id) == ["karim-haddad", "ana-rivera"])
        #expect(people.map(\.alongside) == [["ana-rivera"], ["karim-haddad"]])
    }
}

@Suite struct PeopleQuoteSpanTests {
    @Test func quotationOverThreeSentences() {
        let found = PeopleFixture.people([PeopleFixture.article("a", [
            "Ana Rivera said: “The first part is long enough.", "The middle part goes on here.", "The last part ends it,” she added.",
            "He said the talks failed on Monday.",
        ])]).first
        #expect(found?.quotes.map(\.text) == ["The first part is long enough.", "The middle part goes on here.", "The last part ends it"])
    }

    @Test func unclosedQuotationDoesNotSwallowTheNextSentences() {
        let found = PeopleFixture.people([PeopleFixture.article("a", [
            "Ana Rivera said: “The first part is long enough.", "She said the talks failed on Monday.",
        ])]).first
        #expect(found?.quotes.map(\.text) == ["The first part is long enough."])
    }
}
