import DossierCore
import Testing
@testable import DossierExtraction

/// Rules for corpora about any story: things that look like names, lone given names, authors, display names, roles.
@Suite struct PeopleGeneralityTests {
    private func people(_ articles: [[String]]) -> [Person] {
        PeopleFixture.people(articles.enumerated().map { PeopleFixture.article("a\($0.offset)", $0.element) })
    }

    @Test func worksAndFirmsNamedAsSuchAreNotPeople() {
        #expect(PeopleFixture.names([
            "The film Vera Drake won three awards.",
            "Shares in investment bank Morgan Stanley rose.",
            "Alfa Romeo, the Italian carmaker, said sales fell.",
            "Karim Haddad said the deal was done.",
        ]) == ["Karim Haddad"])
    }

    @Test func aBandTakesAPluralVerb() {
        #expect(PeopleFixture.names(["Franz Ferdinand are touring in May.", "Franz Ferdinand were nominated twice."]) == [])
    }

    @Test func aPluralVerbAfterAListIsNotABandCue() {
        #expect(PeopleFixture.names(["Sonny Parker and flanker Colin Charvis are set to recover."]) == ["Colin Charvis", "Sonny Parker"])
    }

    @Test func aFormMostlyUsedAsAPlaceIsNotAPerson() {
        #expect(PeopleFixture.names([
            "Hong Kong said the rules would change.", "Prices rose in Hong Kong.", "Banks in Hong Kong closed.",
            "Flights landed in Hong Kong.", "Rents fell at Hong Kong.",
        ]) == [])
    }

    @Test func aRoleOfSomethingIsNotTheThingsRole() {
        #expect(PeopleFixture.names(["Jeremy de Souza, a spokesman for Crossrail, said the work would start."]) == ["Jeremy de Souza"])
    }

    @Test func loneGivenNameJoinsTheArticlesOnePersonWithIt() {
        let found = people([["Sir John Bourn published the report.", "Sir John said progress had been made."], ["John said nothing."]])
        #expect(found.map(\.name) == ["John Bourn"])
        #expect(found.first?.mentions.count == 2)
    }

    @Test func royalTitleMakesAGivenNameAPerson() {
        #expect(PeopleFixture.names(["Prince Harry said the charity would grow.", "Nicholas said it would not."]) == ["Harry"])
    }

    @Test func aTitleAloneDoesNotMakeABrandAPerson() {
        #expect(PeopleFixture.names(["Captain Scarlet returned to television.", "Shares in General Electric rose, Captain Scarlet said."]) == [])
    }

    @Test func titleWordThatIsAGivenNameStartsTheName() {
        let found = PeopleFixture.people([PeopleFixture.article("a", ["Microsoft founder Bill Gates said the software was safe."])])
        #expect(found.map(\.name) == ["Bill Gates"])
        #expect(found.first?.roles.map(\.text) == ["Microsoft founder"])
    }

    @Test func roleNounOpeningTheSentenceIsNotPartOfTheName() {
        #expect(PeopleFixture.names(["Musician Alan Wass said the album was late."]) == ["Alan Wass"])
    }

    @Test func demonymBeforeAFullNameIsDropped() {
        #expect(PeopleFixture.names([
            "The Argentine economy grew.", "Argentine officials met.", "Argentine Juan Chela said he was tired.",
        ]) == ["Juan Chela"])
    }

    @Test func authorIsLeftOutOfOwnArticleButMentionedElsewhereIsInTheWhosWho() {
        let own = PeopleFixture.article("a", ["Lena Hoffmann reports from Gaza.", "Karim Haddad said the talks failed."], authors: ["Lena Hoffmann"])
        let other = PeopleFixture.article("b", ["Reporter Lena Hoffmann said the talks failed."])
        #expect(PeopleFixture.people([own]).map(\.name) == ["Karim Haddad"])
        let both = PeopleFixture.people([own, other])
        #expect(both.map(\.name) == ["Karim Haddad", "Lena Hoffmann"])
        #expect(both.last?.mentions.map(\.reference.source) == ["b"])
    }

    @Test func displayNamePrefersSourcesNotMachineTranslated() {
        var translated = PeopleFixture.article("a", ["Karolina Weiss, the press secretary, said no."])
        translated.flags = [QualityFlag(kind: "machine-translated", evidence: "test")]
        let clean = PeopleFixture.article("b", ["Karoline Weiss, the press secretary, said yes."])
        let found = PeopleFixture.people([translated, clean])
        #expect(found.map(\.name) == ["Karoline Weiss"])
        #expect(found.first?.aliases == ["Karolina Weiss"])
    }

    @Test func displayNameOnATieIsTheBetterAttestedForm() {
        var first = PeopleFixture.article("a", ["The Karolina Weiss White House secretary spoke."])
        var second = PeopleFixture.article("b", ["The press secretary, Karoline Weiss, said yes."])
        first.flags = [QualityFlag(kind: "machine-translated", evidence: "test")]
        second.flags = first.flags
        #expect(PeopleFixture.people([first, second]).map(\.name) == ["Karoline Weiss"])
    }
}

@Suite struct PeopleRolePhraseTests {
    private func roles(_ sentences: [String], of name: String) -> [String] {
        PeopleFixture.people([PeopleFixture.article("a", sentences)]).first { $0.name == name }?.roles.map(\.text) ?? []
    }

    @Test func thenPresidentKeepsThen() {
        #expect(roles(["He met the then President Joe Biden in May."], of: "Joe Biden") == ["then President"])
    }

    @Test func roleOfSomeoneElseIsNotTaken() {
        let found = PeopleFixture.people([PeopleFixture.article("a", [
            "Steve Witkoff, the envoy of the Trump in the Middle East, plans to return.", "President Donald Trump said yes.",
        ])])
        #expect(found.first { $0.name == "Donald Trump" }?.roles.map(\.text) == ["President"])
    }

    @Test func roleFollowedByAnotherNameIsNotTaken() {
        #expect(roles(["Leonardo DiCaprio, director Martin Scorsese and others said yes."], of: "Leonardo DiCaprio") == [])
    }

    @Test func appositiveStopsAtAPronounOrAParticiple() {
        #expect(roles(["He lost to Marat Safin, the player he beat last year, on Sunday."], of: "Marat Safin") == ["player"])
        #expect(roles(["Sam Lerach, a lawyer leading the suit against the bank, said no."], of: "Sam Lerach") == ["lawyer"])
    }

    @Test func appositiveCannotOpenWithAPreposition() {
        #expect(roles(["Like some drill sergeant from the past, Sam Lerach said no."], of: "Sam Lerach") == [])
    }

    @Test func mainRoleIsTheBestAttestedOne() {
        let found = PeopleFixture.people([
            PeopleFixture.article("a", ["His rival, Andy Robinson, said no."]),
            PeopleFixture.article("b", ["England coach Andy Robinson said yes."]),
            PeopleFixture.article("c", ["England coach Andy Robinson said maybe."]),
        ])
        #expect(found.first?.roles.map(\.text) == ["England coach", "England coach", "rival"])
    }
}

@Suite struct PeopleHonorificCaseTests {
    @Test func aLowercaseHonorificWordIsNotAnHonorific() {
        #expect(PeopleFixture.names(["Work goes on at its sister Xiluodu dam, officials said."]) == [])
        #expect(PeopleFixture.names(["Sister Wendy said the painting was fine."]) == ["Wendy"])
    }
}
