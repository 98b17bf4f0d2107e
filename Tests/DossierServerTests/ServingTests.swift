import DossierBuild
@testable import DossierServer
import Foundation
import Testing

@Suite("Serving the output folder over HTTP", .timeLimit(.minutes(1)))
struct ServingTests {
    @Test("Pages and files come with their content types; the page is the file in output/ as written")
    func contentTypes() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            try site.write("output/extra/figures.csv", "a,b\n1,2\n")
            try site.write("output/extra/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            try site.write("output/extra/app.js", "console.log(1);\n")
            try site.write("output/extra/notes.md", "# Notes\n")
            let expected = [
                "/": "text/html; charset=utf-8",
                "/index.html": "text/html; charset=utf-8",
                "/style.css": "text/css; charset=utf-8",
                "/dossier.json": "application/json; charset=utf-8",
                "/extra/figures.csv": "text/csv; charset=utf-8",
                "/extra/chart.svg": "image/svg+xml; charset=utf-8",
                "/extra/app.js": "text/javascript; charset=utf-8",
                "/extra/notes.md": "text/markdown; charset=utf-8",
            ]
            for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
                let response = try await client.request(path)
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
            }
            let page = try await client.request("/")
            #expect(page.body == (try Data(contentsOf: site.output.appendingPathComponent("index.html"))))
            #expect(page.text.contains("<p id=\"marker\">version-one</p>"))
            #expect(!page.text.contains("__dossier"))
            let csv = try await client.request("/extra/figures.csv")
            #expect(csv.text == "a,b\n1,2\n")
        }
    }

    @Test("A request for another host name is refused (DNS rebinding); loopback names are served")
    func foreignHostIsRefused() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            let foreign = try await client.request("/", headers: ["Host": "attacker.example:8000"])
            #expect(foreign.status == 403)
            #expect(!foreign.text.contains("version-one"))
            for host in ["localhost:8000", "127.0.0.1:8000", "[::1]:8000"] {
                #expect(try await client.request("/", headers: ["Host": host]).status == 200, "\(host)")
            }
        }
        #expect(HostCheck(listeningOn: "0.0.0.0").accepts("anything.example"))
        #expect(HostCheck.hostName("[::1]:80") == "[::1]")
    }

    @Test("HEAD: the headers of GET with no body")
    func head() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            let get = try await client.request("/style.css")
            let head = try await client.request("/style.css", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.headers["content-length"] == String(get.body.count))
            #expect(head.headers["content-type"] == "text/css; charset=utf-8")
            #expect(head.headers["etag"] == get.headers["etag"])
            #expect(get.body.count > 0)
        }
    }

    @Test("ETag and If-None-Match: 304 with no body when the file is unchanged")
    func entityTags() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            let first = try await client.request("/dossier.json")
            let tag = try #require(first.headers["etag"])
            #expect(first.headers["cache-control"] == "no-cache")
            let again = try await client.request("/dossier.json", headers: ["If-None-Match": tag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(again.headers["etag"] == tag)
            let other = try await client.request("/dossier.json", headers: ["If-None-Match": "\"stale\""])
            #expect(other.status == 200)
            #expect(other.body == first.body)
        }
    }

    @Test("A missing page is a 404 HTML page; a folder redirects to its slash, then serves its index.html")
    func notFoundAndFolders() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            let missing = try await client.request("/people/nobody.html")
            #expect(missing.status == 404)
            #expect(missing.headers["content-type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains("<code>/people/nobody.html</code>"))
            let hostile = try await client.request("/%3Cscript%3E.html")
            #expect(hostile.status == 404)
            #expect(hostile.text.contains("<code>/&lt;script&gt;.html</code>"))
            let missingHead = try await client.request("/nothing", method: "HEAD")
            #expect(missingHead.status == 404)
            #expect(missingHead.body.isEmpty)

            let folder = try await client.request("/sources")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/sources/")
            let index = try await client.request("/sources/")
            #expect(index.status == 200)
            #expect(index.body == (try Data(contentsOf: site.output.appendingPathComponent("sources/index.html"))))
            let fileWithSlash = try await client.request("/index.html/")
            #expect(fileWithSlash.status == 404)

            try site.write("output/404.html", "<html><body>our own 404</body></html>")
            let custom = try await client.request("/gone.html")
            #expect(custom.status == 404)
            #expect(custom.text == "<html><body>our own 404</body></html>")

            let post = try await client.request("/index.html", method: "POST")
            #expect(post.status == 405)
            #expect(post.headers["allow"] == "GET, HEAD")
        }
    }

    @Test("Every traversal form is refused and nothing outside output/ is read", arguments: [
        "/../secret.txt",
        "/../../../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/sources%2f..%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/index.html%00",
        "/%00../secret.txt",
        "/leak.txt",
        "/leak-folder/secret.txt",
        "/sources/leak-up/secret.txt",
    ])
    func traversalRefused(target: String) async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            try site.write("secret.txt", "SECRET OUTSIDE THE SITE\n")
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("leak.txt").path,
                                      withDestinationPath: site.root.appendingPathComponent("secret.txt").path)
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("leak-folder").path, withDestinationPath: site.root.path)
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("sources/leak-up").path, withDestinationPath: "../..")
            let response = try await client.request(target)
            #expect(response.status == 403, "\(target)")
            #expect(!response.text.contains("SECRET"))
            #expect(!response.text.contains("root:"))
        }
    }

    @Test("A symlink that stays inside output/ is served")
    func innerSymlink() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            try FileManager.default.createSymbolicLink(atPath: site.output.appendingPathComponent("home.html").path, withDestinationPath: "index.html")
            let response = try await client.request("/home.html")
            #expect(response.status == 200)
            #expect(response.body == (try Data(contentsOf: site.output.appendingPathComponent("index.html"))))
        }
    }

    @Test("A port in use is a clear error that suggests --port")
    func portInUse() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving { _, client in
            let second = DevServer(build: site.options, serve: ServeOptions(host: "127.0.0.1", port: client.port, watch: false))
            await #expect(throws: ServeError.portInUse(host: "127.0.0.1", port: client.port)) { try await second.start() }
            #expect(ServeError.portInUse(host: "127.0.0.1", port: 8000).description
                == "dossier: error: port 8000 on 127.0.0.1 is already in use (another `dossier serve`?); choose another with --port, e.g. --port 8001")
        }
    }

    @Test("A host that is not an IP address is refused before anything is built")
    func invalidHost() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let server = DevServer(build: site.options, serve: ServeOptions(host: "example.org", port: 0, watch: false))
        await #expect(throws: ServeError.invalidHost("example.org")) { try await server.start() }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
