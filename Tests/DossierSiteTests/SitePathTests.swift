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
        #expect(SitePath.pageURL(SitePath.peopleFolder, "x") == "people/x.html" && SitePath.pageURL("", "index") == "index.html")
    }

    /// A link appended to a text comes after what the text held.
    @Test func appendedLinksFollowTheText() {
        for (page, folder, name, anchor, link) in [("index", "people/", "x", "s3", "people/x.md#s3"), ("topics/t", "", "figures", nil, "../figures.md"),
                                                   ("a/b/c", "sources/", "x", nil, "../../sources/x.md"),
                                                   ("people/p", SitePath.sourcesFolder, "001-x", "s12", "../sources/001-x.md#s12")]
            as [(String, String, String, String?, String)] {
            var text = "before "
            SitePath.appendLink(from: page, to: folder, name, anchor: anchor, into: &text)
            #expect(text == "before " + link)
        }
        var text = ""
        SitePath.appendLink(from: "people/p", to: SitePath.peopleFolder, "q", into: &text)
        #expect(text == "../people/q.md")
        #expect(SitePath.source("x") == "sources/x" && SitePath.person("x") == "people/x" && SitePath.topic("x") == "topics/x")
    }

    /// A page link written into Markdown is the escaped link to the target, its title quoted.
    @Test func pageLinksAreTheMarkdownLinksMade() {
        var text = "- "
        PageLink.append("A [b]", from: "topics/t", to: SitePath.peopleFolder, "ann", into: &text)
        PageLink.append("line 2", from: "people/p", to: SentenceReference(source: "001-x", sentence: "s2"), title: "Say \"hi\"", into: &text)
        #expect(text == "- [A \\[b\\]](../people/ann.md)[line 2](../sources/001-x.md#s2 \"Say \\\"hi\\\"\")")
    }
}
