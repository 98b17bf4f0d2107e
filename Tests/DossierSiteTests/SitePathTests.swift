import DossierCore
import Testing
@testable import DossierSite

@Suite struct SitePathTests {
    /// The names between slashes, as `split(separator: "/")` counts them (empty ones left out).
    @Test func countsTheNamesOfAPath() {
        #expect(SitePath.components(of: "index") == 1)
        #expect(SitePath.components(of: "sources/001-x") == 2)
        #expect(SitePath.components(of: "a//b/") == 2)
        #expect(SitePath.components(of: "/a") == 1)
        #expect(SitePath.components(of: "") == 0)
    }

    @Test func linksClimbOutOfThePagesFolder() {
        #expect(SitePath.link(from: "index", to: "people/x", anchor: "s3") == "people/x.md#s3")
        #expect(SitePath.link(from: "topics/t", to: "figures") == "../figures.md")
        #expect(SitePath.link(from: "a/b/c", to: "sources/x") == "../../sources/x.md")
        #expect(SitePath.link(from: "people/p", to: SentenceReference(source: "001-x", sentence: "s12")) == "../sources/001-x.md#s12")
        #expect(SitePath.link(from: "index", to: SentenceReference(source: "é", sentence: "")) == "sources/é.md#")
        #expect(SitePath.fileLink(from: "topics/t", to: "figures.csv") == "../../figures.csv")
    }
}
