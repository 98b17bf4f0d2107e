import DossierCore
import Testing
@testable import DossierExtraction

@Suite struct PeopleMergeTests {
    private func people(_ articles: [[String]]) -> [Person] {
        PeopleFixture.people(articles.enumerated().map { PeopleFixture.article("a\($0.offset)", $0.element) })
    }

    @Test func surnameAndHonorificJoinTheFullName() {
        let found = people([["Ana Rivera spoke to the press.", "Rivera said it was over."], ["Ms. Rivera said no."]])
        #expect(found.map(\.name) == ["Ana Rivera"])
        #expect(found.first?.aliases == ["Rivera"])
        #expect(found.first?.mentions.count == 3)
    }

    @Test func nicknameJoinsTheGivenName() {
        let found = people([["Prime Minister Benjamin Arad said no."], ["Prime Minister Bibi Arad said yes."]])
        #expect(found.map(\.name) == ["Benjamin Arad"])
        #expect(found.first?.aliases == ["Bibi Arad"])
    }

    @Test func middleInitialJoins() {
        let found = people([["President George W. Bush said yes."], ["President George Bush said no."]])
        #expect(found.count == 1)
        #expect(Set([found[0].name] + found[0].aliases) == ["George W. Bush", "George Bush"])
    }

    @Test func misspelledGivenNameJoins() {
        let found = people([["Karolina Weiss, the press secretary, said no."], ["Karoline Weiss, the press secretary, said yes.", "Weiss added more."]])
        #expect(found.count == 1)
        #expect(found.first?.mentions.count == 3)
    }

    @Test func misspelledSurnameAloneJoins() {
        let found = people([["Hamas spokesman Tarek Mansour said no."], ["Mansourr added that talks failed.", "Mansour said more."]])
        #expect(found.map(\.name) == ["Tarek Mansour"])
        #expect(found.first?.aliases == ["Mansour", "Mansourr"])
    }

    @Test func slipWithoutTheRightSpellingNearbyStaysOut() {
        let found = people([["Hamas spokesman Tarek Mansour said no."], ["Lord Mansourr added that talks failed."]])
        #expect(found.map(\.name) == ["Mansourr", "Tarek Mansour"])
    }

    @Test func sharedSurnameStaysApartAndBareSurnameIsUnresolved() {
        let found = people([["Avi Mizrahi, a hostage, was freed."], ["Noa Dekel Mizrahi, a hostage, was freed."], ["Mizrahi said nothing."]])
        #expect(found.map(\.name).sorted() == ["Avi Mizrahi", "Noa Dekel Mizrahi"])
        #expect(found.map(\.mentions.count) == [1, 1])
    }

    @Test func twoPeopleInOneArticleAreNotSpellingSlips() {
        let found = people([["Daniel Stone said yes.", "Danial Stone said no."]])
        #expect(found.count == 2)
    }

    @Test func closeSpellingsOfDifferentGendersStayApart() {
        let found = people([["Mark Stone said yes."], ["Mary Stone said no."]])
        #expect(found.map(\.name).sorted() == ["Mark Stone", "Mary Stone"])
    }

    @Test func surnamePairsAreFoundWithoutComparingAll() {
        #expect(SpellingIndex.closePairs(["qassem", "qasssem", "rivera", "rivero", "smith"]).map { [$0.0, $0.1] }
            == [["qassem", "qasssem"], ["rivera", "rivero"]])
    }
}
