import DossierBuild
@testable import DossierServer
import Foundation
import Testing

@Suite("Watching, rebuilding and live reload", .timeLimit(.minutes(1)))
struct RebuildTests {
    @Test("Served pages carry the reload script; the files in output/ never do")
    func scriptOnlyInServedPages() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving(watch: true) { server, client in
            let build = server.status.build
            let page = try await client.request("/index.html")
            #expect(page.text.contains("<script src=\"/__dossier/live.js\" data-build=\"\(build)\"></script>\n</body>"))
            let written = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!written.contains("__dossier"))
            let script = try await client.request("/__dossier/live.js")
            #expect(script.status == 200)
            #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("new WebSocket"))
            let css = try await client.request("/style.css")
            #expect(!css.text.contains("__dossier"))
        }
    }

    @Test("The live-reload socket upgrades for this server's pages and refuses other sites")
    func socketOrigin() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving(watch: true) { _, client in
            let upgrade = ["Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                           "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="]
            let own = try await client.request("/__dossier/live", headers: upgrade.merging(["Origin": "http://127.0.0.1:\(client.port)"]) { $1 },
                                               headersOnly: true)
            #expect(own.status == 101)
            #expect(own.headers["sec-websocket-accept"] == "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
            let other = try await client.request("/__dossier/live", headers: upgrade.merging(["Origin": "http://evil.example"]) { $1 }, headersOnly: true)
            #expect(other.status == 403)
        }
    }

    @Test("A template change is rebuilt and served; a broken template keeps the last good site and reports; a fix recovers")
    func rebuildAfterChange() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving(watch: true) { server, client in
            let first = server.status
            #expect(!first.failed)
            #expect(try await client.request("/").text.contains("version-one"))

            // The page changes when the output is swapped; the status right after, when the pages are told.
            try site.writeBase(marker: "version-two")
            let rebuilt = try await eventually {
                try await client.request("/").text.contains("version-two") && server.status.build != first.build
            }
            #expect(rebuilt)
            _ = try await settled { server.status.build }
            let second = server.status
            #expect(!second.failed)

            try site.write("templates/base.mustache", "<html><body>{{#never}} closed</body></html>\n")
            let failed = try await eventually { server.status.failed }
            #expect(failed)
            let broken = server.status
            #expect(broken.build == second.build)
            #expect(broken.errors.first?.hasPrefix("\(site.options.templates)/base.mustache:") == true)
            #expect(try await client.request("/").text.contains("version-two"))

            try site.writeBase(marker: "version-three")
            let recovered = try await eventually {
                try await client.request("/").text.contains("version-three") && !server.status.failed
            }
            #expect(recovered)
            #expect(server.status.build != second.build)
        }
    }

    @Test("When the first build fails there is no site yet: the 404 page carries the script, then a fix serves the site")
    func firstBuildFails() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("templates/base.mustache", "<html><body>{{#open}}</body></html>\n")
        try await site.serving(watch: true) { server, client in
            #expect(server.status.failed)
            let missing = try await client.request("/")
            #expect(missing.status == 404)
            #expect(missing.text.contains("data-build=\"\(server.status.build)\"></script>\n</body>"))
            try site.writeBase(marker: "first-good")
            let served = try await eventually { try await client.request("/").text.contains("first-good") && !server.status.failed }
            #expect(served)
        }
    }

    @Test("A new article in a new subfolder is picked up")
    func newArticleInNewFolder() async throws {
        let site = try TestSite()
        defer { site.remove() }
        try await site.serving(watch: true) { _, client in
            let before = try await client.request("/dossier.json").text
            try site.write("content/articles/more/ferry.txt", """
            Ferry Service Resumes

            The ferry service resumed on Tuesday, the operator said.

            """)
            let picked = try await eventually { try await client.request("/dossier.json").text != before }
            #expect(picked)
            #expect(try await client.request("/dossier.json").text.contains("Ferry Service Resumes"))
        }
    }

    @Test("Changes in hidden files and inside the output folder are not relevant")
    func relevantChanges() {
        let folders = WatchedFolders(roots: [URL(fileURLWithPath: "/site/content"), URL(fileURLWithPath: "/site/templates")],
                                     output: URL(fileURLWithPath: "/site/content/output"))
        #expect(folders.isRelevant("/site/content/articles/a.txt"))
        #expect(folders.isRelevant("/site/templates/base.mustache"))
        #expect(folders.isRelevant("/site/content/dossier.yml"))
        #expect(!folders.isRelevant("/site/content/output/index.html"))
        #expect(!folders.isRelevant("/site/content/output"))
        #expect(!folders.isRelevant("/site/templates/.base.mustache.swp"))
        #expect(!folders.isRelevant("/site/templates/base.mustache~"))
        #expect(!folders.isRelevant("/site/content/.output.building-12/index.html"))
        #expect(!folders.isRelevant("/site/other/file.txt"))
        #expect(!folders.isRelevant("/site/contents/a.txt"))
    }
}
