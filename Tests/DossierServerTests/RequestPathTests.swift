@testable import DossierServer
import Testing

@Suite("Request paths: decoded once, traversal refused")
struct RequestPathTests {
    @Test("Ordinary paths become their decoded names")
    func ordinaryPaths() throws {
        #expect(try RequestPath(percentEncoded: "/").segments == [])
        #expect(try RequestPath(percentEncoded: "/").endsWithSlash)
        #expect(try RequestPath(percentEncoded: "/sources/index.html").segments == ["sources", "index.html"])
        #expect(try RequestPath(percentEncoded: "/sources/index.html").endsWithSlash == false)
        #expect(try RequestPath(percentEncoded: "/people/caf%C3%A9%20noir.html").segments == ["people", "café noir.html"])
        #expect(try RequestPath(percentEncoded: "//sources//a.html").relative == "sources/a.html")
        #expect(try RequestPath(percentEncoded: "/a..b.html").segments == ["a..b.html"])
        // Decoded once only: a double-encoded dot-dot is a strange file name, not a step up.
        #expect(try RequestPath(percentEncoded: "/%252e%252e/x").segments == ["%2e%2e", "x"])
    }

    @Test("Every traversal form is refused", arguments: [
        "/../etc/passwd",
        "/sources/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/.%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/..%2F..%2Fetc%2Fpasswd",
        "/sources%2findex.html",
        "/..\\..\\etc\\passwd",
        "/sources\\index.html",
        "/..%5c..%5cetc%5cpasswd",
        "/index.html%00.css",
        "/%00",
        "/./index.html",
        "/.git/config",
        "/a%0a.html",
    ])
    func traversalRefused(target: String) {
        #expect(throws: RequestPath.Refusal.unsafe) { try RequestPath(percentEncoded: target) }
    }

    @Test("A path that is not a path is malformed")
    func malformed() {
        #expect(throws: RequestPath.Refusal.malformed) { try RequestPath(percentEncoded: "etc/passwd") }
        #expect(throws: RequestPath.Refusal.malformed) { try RequestPath(percentEncoded: "/%ff%fe.html") }
    }

    @Test("A folder redirect encodes each name again")
    func folderLocation() throws {
        #expect(try RequestPath(percentEncoded: "/people/caf%C3%A9%20noir").folderLocation == "/people/caf%C3%A9%20noir/")
        #expect(try RequestPath(percentEncoded: "/sources").folderLocation == "/sources/")
    }
}
