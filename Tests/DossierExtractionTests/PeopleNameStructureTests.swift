import DossierCore
import Testing
@testable import DossierExtraction

/// Names of every shape: suffixes, initials, particles, family name first, family members, and the groups,
/// places and demonyms that are no person.
@Suite struct PeopleNameStructureTests {
    private func people(_ articles: [[String]]) -> [Person] {
        PeopleFixture.people(articles.enumerated().map { PeopleFixture.article("a\($0.offset)", $0.element) })
    }

    private func forms(_ person: Person) -> Set<String> {
        Set([person.name] + person.aliases)
    }

    @Test func juniorIsNotHisFather() {
        let found = people([["Senator Walter Hale Jr. said the bill would pass.", "Hale Jr. is his son."],
                            ["Senator Walter Hale said the bill would fail.", "Hale spoke for an hour."]])
        #expect(found.map(\.name).sorted() == ["Walter Hale", "Walter Hale Jr."])
        let father = found.first { $0.name == "Walter Hale" }
        #expect(father?.aliases == ["Hale"])
    }

    @Test func surnameWithSuffixGoesToTheSon() {
        let found = people([["Walter Hale Jr., a lawyer, said no.", "Walter Hale, his father, said yes.", "Hale Jr. left early."]])
        let son = found.first { $0.name == "Walter Hale Jr." }
        #expect(son.map(forms) == ["Walter Hale Jr.", "Hale Jr."])
    }

    @Test func romanNumeralStaysWithTheName() {
        let found = people([["The inquiry was led by Robert S. Marsh III, a former prosecutor."], ["Robert Marsh said the inquiry was over."]])
        #expect(found.count == 1)
        #expect(found.first.map(forms) == ["Robert S. Marsh III", "Robert Marsh"])
    }

    @Test func middleInitialsTellTwoPeopleApart() {
        let found = people([["John A. Carver, a banker, said yes."], ["John B. Carver, a farmer, said no."], ["John Carver said nothing."]])
        #expect(found.count == 2)
        #expect(found.filter { forms($0).contains("John A. Carver") && forms($0).contains("John B. Carver") }.isEmpty)
    }

    @Test func dottedInitialsStartAName() {
        let found = people([["The national security adviser H.R. Calloway said the talks failed."], ["Calloway said more."]])
        #expect(found.map(\.name) == ["H.R. Calloway"])
        #expect(found.first?.aliases == ["Calloway"])
    }

    @Test func placeAbbreviationIsNoInitial() {
        #expect(PeopleFixture.names(["The U.S. Treasury said rates would rise."]).isEmpty)
    }

    @Test func particlesInsideAName() {
        let found = people([["Senator Maria de la Fuente said the vote would be close."], ["De la Fuente said she would vote no."]])
        #expect(found.map(\.name) == ["Maria de la Fuente"])
    }

    @Test func particleJoinedToACapital() {
        #expect(PeopleFixture.names(["Senator Thomas diNardo said the audit was done."]) == ["Thomas diNardo"])
    }

    @Test func familyNameFirstFromAHyphenatedGivenName() {
        let found = people([["President Yoon Tae-ho said the talks went well."], ["Yoon said he would meet the envoy."]])
        #expect(found.map(\.name) == ["Yoon Tae-ho"])
        #expect(found.first?.aliases == ["Yoon"])
    }

    @Test func familyNameFirstFromATitleBeforeTheFirstWord() {
        let found = people([["Wen Jiaqi, the premier, said trade would grow."], ["Premier Wen said the economy was strong."]])
        #expect(found.map(\.name) == ["Wen Jiaqi"])
        #expect(found.first?.aliases == ["Wen"])
    }

    @Test func honorificTellsWifeFromHusband() {
        let found = people([["Governor Peter Lang and his wife, Susan Lang, arrived.", "Mrs. Lang said they were glad.", "Mr. Lang said nothing."]])
        let wife = found.first { $0.name == "Susan Lang" }
        let husband = found.first { $0.name == "Peter Lang" }
        #expect(wife?.mentions.count == 2)
        #expect(husband?.mentions.count == 2)
    }

    @Test func familyMembersAreNeverMerged() {
        let found = people([["Governor Peter Lang and his wife, Susan Lang, arrived."], ["Lang said the visit went well."]])
        #expect(found.map(\.name).sorted() == ["Peter Lang", "Susan Lang"])
    }

    @Test func demonymsAreNotPeople() {
        #expect(PeopleFixture.names(["Many Central Europeans said they would vote."]).isEmpty)
    }

    @Test func groupWordEndsNoPersonName() {
        #expect(PeopleFixture.names(["Amnesty International said the arrests were unlawful."]).isEmpty)
    }

    @Test func demonymInFrontIsNoGivenName() {
        let found = people([["Israeli Dana Levin, a chemist, said the results were clear."]])
        #expect(found.map(\.name) == ["Dana Levin"])
    }

    @Test func evidenceSaysWhyANameIsAPerson() {
        let found = people([["President Ana Rivera said the plan would work."], ["Rivera told reporters she was ready."]])
        #expect(found.first?.evidence == ["title: President", "role: President", "speech verb: said", "given name: Ana", "2 sources"])
    }
    @Test func juniorWithoutHisFatherIsTheSameManAsTheBareName() {
        let found = people([["Roger K. Vance Jr., a consultant, said no."], ["Roger Vance said he would testify.", "Mr. Vance declined."]])
        #expect(found.count == 1)
        #expect(found.first.map(forms) == ["Roger K. Vance Jr.", "Roger Vance", "Vance"])
    }

    @Test func diminutiveNicknameJoinsTheGivenName() {
        let found = people([["Mayor Rudolph Karas said the plan works."], ["Rudy Karas, the mayor, said so."]])
        #expect(found.count == 1)
    }

    @Test func maleHonorificIsNeverTheWife() {
        let found = people([["Governor Peter Lang spoke.", "Lang said yes."], ["Governor Peter Lang spoke again."], ["Susan Lang, his wife, arrived.", "Mr. Lang said nothing."]])
        let wife = found.first { $0.name == "Susan Lang" }
        #expect(wife?.aliases == [])
    }

    @Test func bareSurnameOfAFamilyIsTheBestKnownBearers() {
        let found = people([["Governor Peter Lang spoke."], ["Governor Peter Lang spoke again."], ["Susan Lang, a teacher, arrived.", "Lang said the governor was late."]])
        let wife = found.first { $0.name == "Susan Lang" }
        #expect(wife?.mentions.count == 1)
    }

    @Test func firmInAnAppositiveIsNoPerson() {
        #expect(PeopleFixture.names(["The party hired a law firm, Baxter Quill, to draft the complaint."]).isEmpty)
    }

    @Test func givenNameAloneAfterAnOfficeTitleIsNoPerson() {
        let found = people([["President Dmitri Volkov spoke on Monday."], ["He said that President Dmitri had called him twice."]])
        #expect(found.map(\.name) == ["Dmitri Volkov"])
        #expect(found.first?.mentions.count == 1)
    }

    @Test func adjectiveFirstNamesAThing() {
        #expect(PeopleFixture.names(["The head of the Atomic Energy organization spoke on Monday."]).isEmpty)
    }

    @Test func givenNameAfterHisWifeTakesTheSurname() {
        let found = people([["Mr. Harlow and his wife, Jacqueline, had dinner with the mayor."], ["John Harlow said he enjoyed it."]])
        #expect(found.contains { $0.name == "Jacqueline Harlow" })
        let abroad = people([["President Paul Rennes of France and his wife, Claire, arrived."]])
        #expect(abroad.contains { $0.name == "Claire Rennes" })
    }

    @Test func sinceBeforeAClauseIsNoTime() {
        #expect(PeopleFixture.names(["Nothing has changed since Omar Castillo founded the party."]) == ["Omar Castillo"])
    }

    @Test func placePossessiveBeforeAFullName() {
        #expect(PeopleFixture.names(["He met China's Liu Wenbo last month."]) == ["Liu Wenbo"])
    }
}
