import DossierBuild
@testable import DossierServer
import Foundation

/// A small dossier in a temporary folder: one article, a `dossier.yml`, and a one-file `templates/` with `base.mustache`.
struct TestSite {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID().uuidString)")
        try write("content/dossier.yml", "title: Harbour test\nlanguage: en\n")
        try write("content/articles/bridge.txt", """
        Harbour Bridge Reopens After Repairs

        The city's harbour bridge reopened on Monday after six weeks of repairs, officials said.

        Traffic was light in the morning. Engineers said the work cost about $4 million.

        """)
        try writeBase(marker: "version-one")
    }

    var content: URL { root.appendingPathComponent("content") }
    var output: URL { root.appendingPathComponent("output") }

    var options: BuildOptions {
        BuildOptions(content: root.appendingPathComponent("content").path,
                     templates: root.appendingPathComponent("templates").path,
                     output: output.path)
    }

    /// The layout every page uses, with a marker the tests look for.
    func writeBase(marker: String) throws {
        try write("templates/base.mustache", """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{{page.title}}</title></head>
        <body>
        <p id="marker">\(marker)</p>
        {{$body}}{{{content}}}{{/body}}
        </body>
        </html>

        """)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Starts a server for this site on a free loopback port, runs the body, and stops the server.
    func serving<T>(watch: Bool = false, _ body: (DevServer, RawHTTPClient) async throws -> T) async throws -> T {
        let server = DevServer(build: options, serve: ServeOptions(host: "127.0.0.1", port: 0, watch: watch))
        let port = try await server.start()
        do {
            let result = try await body(server, RawHTTPClient(port: port))
            await server.stop()
            return result
        } catch {
            await server.stop()
            throw error
        }
    }
}

/// Polls a condition for up to `seconds`, so tests of asynchronous rebuilds end even when they fail.
func eventually(within seconds: Double = 60, _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try await Task.sleep(nanoseconds: 100_000_000)
    }
    return try await condition()
}

/// Waits until a value has stopped changing for `quiet` seconds (a burst of file events may give more than one
/// rebuild on a loaded machine), at most `within` seconds; returns the settled value.
func settled<Value: Equatable>(quiet: Double = 1, within seconds: Double = 60, _ value: () -> Value) async throws -> Value {
    let deadline = Date().addingTimeInterval(seconds)
    var last = value()
    var stableSince = Date()
    while Date() < deadline {
        try await Task.sleep(nanoseconds: 100_000_000)
        let now = value()
        if now != last {
            last = now
            stableSince = Date()
        } else if Date().timeIntervalSince(stableSince) >= quiet {
            return now
        }
    }
    return last
}
