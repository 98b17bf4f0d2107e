import Testing
import DossierCore
@testable import DossierExtraction

@Suite struct FigureCurationTests {
    let drafts = [FigureDraft(id: "hostages-alive", measure: "hostages alive", members: [0]),
                  FigureDraft(id: "captives-alive", measure: "captives alive", members: [1]),
                  FigureDraft(id: "sources", measure: "sources", members: [2, 3])]

    func apply(_ yaml: String) -> ([String], [String]) {
        let (curation, loadMessages) = FigureCuration.load(yaml, shown: "content/figures.yml")
        let (rows, messages) = curation.apply(to: drafts) { $0 < 3 ? "a" : "b" }
        return (rows.map { "\($0.id)=\($0.measure)\($0.members)" }, (loadMessages + messages).map(\.description))
    }

    @Test func namesMergesAndHides() {
        let (rows, messages) = apply("""
        - id: hostages-alive
          name: Hostages believed alive
          merge: [captives-alive]
        - id: sources
          hide: true
        """)
        #expect(rows == ["hostages-alive=Hostages believed alive[0, 1]"])
        #expect(messages.isEmpty)
    }

    @Test func splitsBySource() {
        let (rows, _) = apply("- id: sources\n  split: true\n")
        #expect(rows == ["hostages-alive=hostages alive[0]", "captives-alive=captives alive[1]", "sources-a=sources (a)[2]", "sources-b=sources (b)[3]"])
    }

    @Test func unknownIdsAreReportedWithTheirLine() {
        let (_, messages) = apply("- id: hostages-alive\n  name: Alive\n- id: nothing-like-this\n  hide: true\n")
        #expect(messages == ["content/figures.yml:3: warning: no figure has the id `nothing-like-this`; use an id from the figures in output/dossier.json"])
    }
}
