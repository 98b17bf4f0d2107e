import Testing
@testable import DossierSite

@Suite struct LinkRewriterTests {
    @Test func markdownLinksBecomeHTMLLinks() {
        #expect(LinkRewriter.htmlLink(for: "../people/x.md#s3") == "../people/x.html#s3")
        #expect(LinkRewriter.htmlLink(for: "x.md") == "x.html")
        #expect(LinkRewriter.htmlLink(for: "x.md#a#b") == "x.html#a#b")
        #expect(LinkRewriter.htmlLink(for: "x.md#") == "x.html#")
        #expect(LinkRewriter.htmlLink(for: "sources/münchen.md#s1") == "sources/münchen.html#s1")
    }

    @Test func otherFilesOfTheSiteLoseTheMarkdownFolder() {
        #expect(LinkRewriter.htmlLink(for: "../../originals/x.txt") == "../originals/x.txt")
        #expect(LinkRewriter.htmlLink(for: "../originals/x.txt#top") == "originals/x.txt#top")
    }

    @Test func absoluteLinksAnchorsAndOthersStayAsTheyAre() {
        for url in ["https://example.com/a.md", "mailto:a@b.c", "//example.com/x.md", "/x.md", "#s3", "", "x.txt", "a/b.mdx"] {
            #expect(LinkRewriter.htmlLink(for: url) == url, "\(url)")
        }
    }

    /// The bytes of the new URL and a NUL, in one buffer emptied for each link.
    @Test func oneBufferServesEveryLinkOfAPage() {
        var rewritten: [UInt8] = []
        for (url, expected) in [("../people/x.md#s3", "../people/x.html#s3"), ("../../originals/x.txt", "../originals/x.txt"), ("a.md", "a.html")] {
            var url = url
            #expect(url.withUTF8 { LinkRewriter.htmlLink(forUTF8: $0, into: &rewritten) })
            #expect(rewritten == Array(expected.utf8) + [0])
        }
        var absolute = "https://example.com/a.md"
        #expect(!absolute.withUTF8 { LinkRewriter.htmlLink(forUTF8: $0, into: &rewritten) })
    }
}
