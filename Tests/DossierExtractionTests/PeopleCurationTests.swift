import DossierCore
import Testing
@testable import DossierExtraction

@Suite struct PeopleCurationTests {
    private let articles = [
        PeopleFixture.article("a", ["President Ana Rivera said yes.", "Karim Haddad said no.", "The feast ended on Kadir Gecesi."]),
        PeopleFixture.article("b", ["Rivera said yes again.", "Ms. Okafor said nothing."]),
    ]

    private func curated(_ yaml: String) -> ([Person], [Diagnostic]) {
        PeopleExtractor(givenNames: PeopleFixture.givenNames, wordNet: TestLanguage.lexicon.wordNet).extract(articles, curation: PeopleCuration(yaml: yaml, file: "content/people.yml"))
    }

    @Test func setsNameAndRoleAndExcludes() {
        let (people, diagnostics) = curated("""
        - person: Rivera
          name: Ana María Rivera
          role: President of the republic
        - person: Karim Haddad
          exclude: true
        """)
        #expect(diagnostics.isEmpty)
        #expect(people.map(\.name) == ["Ana María Rivera", "Okafor"])
        #expect(people.first?.roles.first?.text == "President of the republic")
    }

    @Test func mergesAndSplits() {
        let (merged, _) = curated("""
        - person: Ana Rivera
          merge: [Okafor]
        """)
        #expect(merged.map(\.name) == ["Ana Rivera", "Karim Haddad"])
        #expect(merged.first?.aliases == ["Okafor", "Rivera"])
        let (split, _) = curated("""
        - person: Ana Rivera
          split: [Rivera]
        """)
        #expect(split.map(\.name).sorted() == ["Ana Rivera", "Karim Haddad", "Okafor", "Rivera"])
    }

    @Test func addsAPersonOrAnAliasFoundInTheText() {
        let (added, _) = curated("""
        - person: Kadir Gecesi
          role: poet
        """)
        #expect(added.map(\.name) == ["Ana Rivera", "Kadir Gecesi", "Karim Haddad", "Okafor"])
        let (aliased, _) = curated("""
        - person: Karim Haddad
          aliases: [Kadir Gecesi]
        """)
        #expect(aliased.map(\.name) == ["Ana Rivera", "Karim Haddad", "Okafor"])
        #expect(aliased[1].aliases == ["Kadir Gecesi"])
    }

    @Test func entryMatchingNothingIsAWarningWithItsLine() {
        let (_, diagnostics) = curated("""
        - person: Ana Rivera
          role: President
        - person: Nobody Here
          exclude: true
        """)
        #expect(diagnostics.map(\.description) == [
            "content/people.yml:3: warning: people.yml: no person named \"Nobody Here\" was found; check the spelling against the who's who",
        ])
    }
}
