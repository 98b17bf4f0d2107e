import DossierCore
import Testing
@testable import DossierExtraction

/// Articles made of inline sentences, one string per sentence, and the people found in them.
enum PeopleFixture {
    static let givenNames = GivenNames.bundled()

    static func article(_ id: String, _ sentences: [String], authors: [String] = []) -> Article {
        var offset = 0
        let made = sentences.enumerated().map { index, text in
            defer { offset += text.count + 1 }
            return Sentence(id: "s\(index + 1)", text: text, range: offset..<(offset + text.count), line: index + 1,
                            tokens: TestLanguage.tokenizer.tokens(of: text))
        }
        return Article(id: id, path: "content/\(id).txt", body: sentences.joined(separator: "\n"),
                       metadata: SourceMetadata(authors: authors), paragraphs: [Paragraph(sentences: made)])
    }

    static func people(_ articles: [Article], curation: PeopleCuration = PeopleCuration()) -> [Person] {
        PeopleExtractor(givenNames: givenNames, wordNet: TestLanguage.lexicon.wordNet).extract(articles, curation: curation).0
    }

    static func names(_ sentences: [String]) -> [String] {
        people([article("a", sentences)]).map(\.name).sorted()
    }
}

@Suite struct PeopleDetectionTests {
    @Test func honorificMakesOneWordAPerson() {
        #expect(PeopleFixture.names(["Ms. Okafor said the plan would work."]) == ["Okafor"])
    }

    @Test func titleBeforeTheName() {
        let people = PeopleFixture.people([PeopleFixture.article("a", ["President Ana Rivera spoke on Monday."])])
        #expect(people.map(\.name) == ["Ana Rivera"])
        #expect(people.first?.roles.map(\.text) == ["President"])
    }

    @Test func givenNameAndSpeechVerb() {
        #expect(PeopleFixture.names(["Karim Haddad said the talks failed."]) == ["Karim Haddad"])
    }

    @Test func particleAndAppositiveRole() {
        let people = PeopleFixture.people([PeopleFixture.article("a", ["Omar al-Rashid, a spokesman for the group, told reporters the talks failed."])])
        #expect(people.map(\.name) == ["Omar al-Rashid"])
        #expect(people.first?.roles.map(\.text) == ["spokesman for the group"])
    }

    @Test func organisationsAndPlacesAreNotPeople() {
        #expect(PeopleFixture.names([
            "The White House said the Atlantic Council and Fox News reported from the Gaza Strip.",
            "The State Department and the Defense Forces disagreed in New York.",
        ]) == [])
    }

    @Test func holidaysAndTitleCasePhrasesAreNotPeople() {
        #expect(PeopleFixture.names([
            "The truce lasted through Ramadan and ended on Kadir Gecesi.",
            "Members of the League Against Cruel Sports protested.",
            "He negotiated Abraham’s agreements in 2020.",
        ]) == [])
    }

    @Test func oneWordWithOnlyASpeechVerbIsNotAPerson() {
        #expect(PeopleFixture.names(["Israel says the talks failed.", "Hamas said the talks failed."]) == [])
    }

    @Test func oneWordWithRoleAndSpeechIsAPerson() {
        #expect(PeopleFixture.names(["The consul general in Paris, from Dubrov, told the radio station the visa rules changed."]) == ["Dubrov"])
    }

    @Test func bylineAndAuthorsAreNotInTheWhosWho() {
        #expect(PeopleFixture.names(["By Lena Hoffmann, Reuters", "Karim Haddad said the talks failed."]) == ["Karim Haddad"])
        let authored = PeopleFixture.article("a", ["Lena Hoffmann said the talks failed.", "Karim Haddad agreed."], authors: ["Lena Hoffmann"])
        #expect(PeopleFixture.people([authored]).map(\.name) == ["Karim Haddad"])
    }

    @Test func aNameAloneOnALineIsASignature() {
        #expect(PeopleFixture.names(["The talks failed on Tuesday.", "Lena Hoffmann"]) == [])
    }

    @Test func namesListedTogether() {
        #expect(PeopleFixture.names(["The remains of Yosef Adler, Miriam Katz and Dov Levi were returned."])
            == ["Dov Levi", "Miriam Katz", "Yosef Adler"])
    }

    @Test func groupWordInFrontIsStripped() {
        let people = PeopleFixture.people([PeopleFixture.article("a", [
            "Hamas officials met on Monday.", "A Hamas member was there.", "The Hamas official spoke.",
            "Responding, spokesman Hamas Mansour said the talks failed.",
        ])])
        #expect(people.map(\.name) == ["Mansour"])
    }
}
