import DossierBuild
import DossierCore
@testable import DossierServer
import Foundation
import FlyingFox
import Testing

@Suite("Live reload: the script in served pages, the status sent to them")
struct LiveReloadTests {
    @Test("The script goes before the last </body>, whatever its case")
    func injectsBeforeBody() {
        let page = Data("<html><body><p>a</body> in text</p></BODY></html>".utf8)
        let expected = "<html><body><p>a</body> in text</p><script src=\"/__dossier/live.js\" data-build=\"r-3\"></script>\n</BODY></html>"
        #expect(String(decoding: LiveReloadScript.inject(into: page, build: "r-3"), as: UTF8.self) == expected)
    }

    @Test("A page without </body> gets the script at its end")
    func appendsWithoutBody() {
        let injected = LiveReloadScript.inject(into: Data("<p>fragment</p>".utf8), build: "r-1")
        #expect(String(decoding: injected, as: UTF8.self) == "<p>fragment</p><script src=\"/__dossier/live.js\" data-build=\"r-1\"></script>\n")
    }

    @Test("A page is sent the current status first, then each build's")
    func statusMessages() async {
        let liveReload = LiveReload(runName: "t")
        var messages = liveReload.connect().makeAsyncIterator()
        #expect(await messages.next() == .text(#"{"build":"t-0","errors":[]}"#))
        liveReload.publish(problems: nil)
        #expect(await messages.next() == .text(#"{"build":"t-1","errors":[]}"#))
        liveReload.publish(problems: ["templates/base.mustache:3:1: error: <b>bad</b> \"quoted\""])
        #expect(await messages.next() == .text(#"{"build":"t-1","errors":["templates/base.mustache:3:1: error: <b>bad</b> \"quoted\""]}"#))
        #expect(liveReload.current == BuildStatus(build: "t-1", errors: ["templates/base.mustache:3:1: error: <b>bad</b> \"quoted\""]))
        liveReload.publish(problems: nil)
        #expect(await messages.next() == .text(#"{"build":"t-2","errors":[]}"#))
        #expect(liveReload.clientCount == 1)
        liveReload.disconnectAll()
        #expect(await messages.next() == nil)
        #expect(liveReload.clientCount == 0)
    }

    @Test("A failed build's problems are its diagnostics in order; strict shows warnings as errors")
    func problemsOfReport() {
        var report = BuildReport()
        report.wroteOutput = true
        report.diagnostics.append(.warning("odd date", at: SourceLocation(file: "content/b.txt", line: 2)))
        #expect(BuildStatus.problems(of: report, strict: false) == nil)
        #expect(BuildStatus.problems(of: report, strict: true) == ["content/b.txt:2: error: odd date"])

        var failed = BuildReport()
        failed.diagnostics.append(.error("never closed", at: SourceLocation(file: "templates/base.mustache", line: 9, column: 1)))
        failed.diagnostics.append(.warning("odd date", at: SourceLocation(file: "content/b.txt", line: 2)))
        #expect(BuildStatus.problems(of: failed, strict: false) == [
            "content/b.txt:2: warning: odd date",
            "templates/base.mustache:9:1: error: never closed",
        ])
        #expect(BuildStatus.problems(of: BuildReport(), strict: false) == ["dossier: error: the build failed; the output folder was not changed"])
    }
}
