@testable import DossierServer
import Foundation
import Testing

@Suite("Content types and entity tags")
struct ContentTypeTests {
    @Test("Text types carry charset=utf-8; Markdown is text/markdown")
    func types() {
        #expect(ContentType.forFile(named: "index.html") == "text/html; charset=utf-8")
        #expect(ContentType.forFile(named: "style.css") == "text/css; charset=utf-8")
        #expect(ContentType.forFile(named: "app.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.forFile(named: "dossier.json") == "application/json; charset=utf-8")
        #expect(ContentType.forFile(named: "figures.csv") == "text/csv; charset=utf-8")
        #expect(ContentType.forFile(named: "chart.svg") == "image/svg+xml; charset=utf-8")
        #expect(ContentType.forFile(named: "markdown/index.md") == "text/markdown; charset=utf-8")
        #expect(ContentType.forFile(named: "INDEX.HTML") == "text/html; charset=utf-8")
        #expect(ContentType.forFile(named: "photo.png") == "image/png")
        #expect(ContentType.forFile(named: "archive.tar.gz") == "application/octet-stream")
        #expect(ContentType.forFile(named: "dir.v2/README") == "application/octet-stream")
    }

    @Test("ETag: stable, changes with the bytes, matched weak or strong, in a list, or by *")
    func entityTags() {
        let tag = EntityTag(of: Data("hello".utf8))
        #expect(tag.value == "\"a430d84680aabd0b-5\"")
        #expect(EntityTag(of: Data("hello".utf8)) == tag)
        #expect(EntityTag(of: Data("hellp".utf8)) != tag)
        #expect(tag.isMatched(by: "\"a430d84680aabd0b-5\""))
        #expect(tag.isMatched(by: "W/\"a430d84680aabd0b-5\""))
        #expect(tag.isMatched(by: "\"other\", \"a430d84680aabd0b-5\""))
        #expect(tag.isMatched(by: "*"))
        #expect(!tag.isMatched(by: "\"other\""))
        #expect(!tag.isMatched(by: nil))
    }
}
