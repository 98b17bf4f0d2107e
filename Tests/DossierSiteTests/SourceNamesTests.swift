import DossierCore
import Testing
@testable import DossierSite

@Suite struct SourceNamesTests {
    @Test func titlesAndLabelsOfTheFirstSourceOfAnID() {
        let dossier = Dossier(configuration: DossierConfiguration(title: "T"), sources: [
            Article(id: "a", path: "a.txt", body: "", metadata: SourceMetadata(title: "One two three four five six seven eight nine")),
            Article(id: "b", path: "b.txt", body: "", metadata: SourceMetadata(title: "Second", outlet: "Wire")),
            Article(id: "a", path: "c.txt", body: "", metadata: SourceMetadata(title: "Later")),
        ])
        let names = SourceNames(dossier)
        #expect(names.title("a") == "One two three four five six seven eight nine")
        #expect(names.label("a") == "One two three four five six seven eight…")
        #expect(names.title("b") == "Second")
        #expect(names.label("b") == "Wire")
        #expect(names.title("c") == nil)
        #expect(names.label("c") == nil)
    }
}
