@testable import DossierBuild
import DossierCore
import DossierSite
import Foundation
import Testing

/// The write stage: the swap, the list of files, what a killed or failed build leaves, and its clean-up.
@Suite struct OutputWriterTests {
    let siteA = [SiteFile(path: "index.html", text: "A"), SiteFile(path: "dossier.json", text: "{}\n"), SiteFile(path: "people/ann.html", text: "Ann A")]
    let siteB = [SiteFile(path: "index.html", text: "B!"), SiteFile(path: "dossier.json", text: "{}\n"), SiteFile(path: "topics/port.html", text: "Port")]

    func writer(_ site: FixtureSite) -> OutputWriter { OutputWriter(output: site.url("output"), displayPath: "output") }

    /// The folders beside the output whose names start like the build's own (`.output.`).
    func leftovers(_ site: FixtureSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".output.") }.sorted()
    }

    /// The id of a process that has ended.
    func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exit 0"]
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// Writes site A, then moves the output aside as a killed two-rename swap leaves it (`.output.old-PID` of an
    /// ended process); returns the folder's name and what it holds.
    func outputMovedAside(_ site: FixtureSite) throws -> (name: String, previous: [String: Data]) {
        try writer(site).write(siteA)
        let previous = try site.snapshot("output")
        let name = ".output.old-\(try endedProcessID())"
        try FileManager.default.moveItem(at: site.url("output"), to: site.url(name))
        return (name, previous)
    }

    @Test func replacesTheSiteAndLeavesNothingBesideIt() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteA)
        try writer(site).write(siteB)
        #expect(try site.snapshot("output").keys.sorted() == ["dossier-files.json", "dossier.json", "index.html", "topics/port.html"])
        #expect(try site.read("output/index.html") == "B!")
        #expect(try leftovers(site) == [])
    }

    @Test func theListOfFilesNamesEveryOtherFileWithItsSize() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteA)
        #expect(try site.read("output/dossier-files.json") == """
            {
              "files" : [
                {
                  "bytes" : 3,
                  "path" : "dossier.json"
                },
                {
                  "bytes" : 1,
                  "path" : "index.html"
                },
                {
                  "bytes" : 5,
                  "path" : "people/ann.html"
                }
              ],
              "schema" : "dossier-files/1"
            }

            """)
        #expect(SiteManifest.isCompleteSite(site.url("output")))
        try site.write("output/people/ann.html", "Ann")
        #expect(!SiteManifest.isCompleteSite(site.url("output")))
    }

    @Test func aFailedWriteLeavesThePreviousOutputAndNoFolderBeside() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteA)
        let before = try site.snapshot("output")
        // `people` is both a file and a folder of the new site: the file cannot be written.
        let clash = siteB + [SiteFile(path: "people", text: "x"), SiteFile(path: "people/bob.html", text: "Bob")]
        #expect {
            try writer(site).write(clash)
        } throws: { error in
            let message = (error as? Diagnostic)?.description ?? ""
            return message.hasPrefix("output: error: cannot write the site (cannot create `people`: Is a directory)")
                && message.hasSuffix("pass another --output; the previous output is unchanged")
        }
        #expect(try site.snapshot("output") == before)
        #expect(try leftovers(site) == [])
    }

    @Test func theTwoRenameSwapAlsoReplacesTheSite() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        var twoStep = writer(site)
        twoStep.usesExchange = false
        try twoStep.write(siteA)
        try twoStep.write(siteB)
        #expect(try site.read("output/index.html") == "B!")
        #expect(!site.exists("output/people"))
        #expect(try leftovers(site) == [])
    }

    #if os(Linux)
    @Test func linuxExchangesTwoFoldersInOneStep() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("one/name.txt", "one")
        try site.write("two/name.txt", "two")
        #expect(FolderExchange.exchange(site.path("one"), site.path("two")) == .exchanged)
        #expect(try site.read("one/name.txt") == "two")
        #expect(try site.read("two/name.txt") == "one")
        #expect(FolderExchange.exchange(site.path("one"), site.path("three")) == .failed(ENOENT))
    }
    #endif

    /// A kill between the two renames of the fallback swap: no output, the previous site renamed aside and the
    /// new one complete in its build folder. The next build puts a complete site back before anything else.
    @Test func aKillBetweenTheTwoRenamesIsRecoveredByTheNextBuild() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let (_, previous) = try outputMovedAside(site)
        try site.write(".output.building-\(try endedProcessID())/index.html", "half of a site")
        writer(site).recoverInterruptedBuilds()
        #expect(try site.snapshot("output") == previous)
        #expect(try leftovers(site) == [])
    }

    @Test func aFinishedBuildFolderIsPreferredToThePreviousSite() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = try outputMovedAside(site)
        try OutputWriter(output: site.url("new"), displayPath: "new").write(siteB)
        let new = try site.snapshot("new")
        try FileManager.default.moveItem(at: site.url("new"), to: site.url(".output.building-\(try endedProcessID())"))
        writer(site).recoverInterruptedBuilds()
        #expect(try site.snapshot("output") == new)
        #expect(try leftovers(site) == [])
    }

    @Test func aHalfDeletedSiteIsNeverTakenForTheOutput() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let (aside, _) = try outputMovedAside(site)
        try FileManager.default.removeItem(at: site.url("\(aside)/people"))
        writer(site).recoverInterruptedBuilds()
        #expect(!site.exists("output"))
        #expect(try leftovers(site) == [])
    }

    /// While the output is not a complete site, a complete one beside it is kept, whatever else happens.
    @Test func theLastCompleteSiteIsKeptWhileTheOutputIsNotASite() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let (aside, previous) = try outputMovedAside(site)
        try site.write("output/dossier.json", "{}")
        writer(site).recoverInterruptedBuilds()
        #expect(try site.snapshot(aside) == previous)
        // A build that succeeds makes the output a site again; then the old copy goes.
        try writer(site).write(siteB)
        writer(site).recoverInterruptedBuilds()
        #expect(try leftovers(site) == [])
    }

    @Test func aFailingBuildStillPutsTheOutputBack() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let options = BuildOptions(content: site.path("content"), templates: site.path("templates"), output: site.path("output"))
        #expect(Pipeline(options: options).build().wroteOutput)
        let previous = try site.snapshot("output")
        try FileManager.default.moveItem(at: site.url("output"), to: site.url(".output.old-\(try endedProcessID())"))
        try site.write("templates/index.mustache", "{{<base}}\n{{$body}}\n<p>{{site.title</p>\n{{/body}}\n{{/base}}\n")
        #expect(!Pipeline(options: options).build().wroteOutput)
        #expect(try site.snapshot("output") == previous)
        #expect(try leftovers(site) == [])
    }

    @Test func removesFoldersLeftByKilledBuilds() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let pid = try endedProcessID()
        try site.write(".output.building-\(pid)/index.html", "stale")
        try site.write(".output.removing-\(pid)/index.html", "stale")
        try writer(site).write([SiteFile(path: "index.html", text: "new")])
        #expect(try site.read("output/index.html") == "new")
        #expect(try leftovers(site) == [])
    }

    @Test func leavesTheFoldersOfRunningBuildsAlone() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write(".output.building-1/index.html", "process 1 is running")
        try writer(site).write(siteA)
        #expect(try leftovers(site) == [".output.building-1"])
    }

    @Test func keepsOnlyTheLastFileOfEachPath() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write([SiteFile(path: "style.css", text: "first"), SiteFile(path: "index.html", text: "i"), SiteFile(path: "style.css", text: "second")])
        #expect(try site.read("output/style.css") == "second")
    }

    @Test func refusesTheNameOfTheListOfFiles() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(throws: Diagnostic.self) { try writer(site).write([SiteFile(path: "dossier-files.json", text: "mine")]) }
        #expect(!site.exists("output"))
    }

    @Test func refusesPathsOutsideTheFolder() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(throws: Diagnostic.self) { try writer(site).write([SiteFile(path: "../escape.html", text: "x")]) }
        #expect(!site.exists("escape.html"))
        #expect(!site.exists("output"))
        for path in ["/etc/x", "a/../../b", "a\\b", "", "a//b", "./a", "a/.", "a/..", "..", "a/", "a\u{0}b", "a\\\u{301}b"] {
            #expect(!SafePath.isContained(path), "\(path)")
        }
        for path in ["people/adam-boehler.html", "a/.../b", ".style.css", "a/b..c", "é/ü.html"] { #expect(SafePath.isContained(path), "\(path)") }
    }

    @Test func foldersAreMadeOnceParentsFirst() {
        #expect(FileTreeWriter.subfolders(of: ["index.html", "markdown/people/a.md", "markdown/index.md", "people/b.html", "markdown/people/c.md"])
            == ["markdown", "markdown/people", "people"])
    }

    @Test func foldersOfPathsInRunsAndOutOfRunsAreEachListedOnce() {
        let paths = ["a/b/1.html", "a/b/2.html", "a/c/3.html", "a/b/4.html", "d/5.html", "6.html", "a/b/c/7.html"]
        #expect(FileTreeWriter.subfolders(of: paths) == ["a", "a/b", "a/b/c", "a/c", "d"])
        #expect(FileTreeWriter.subfolders(of: paths, besides: ["a", "a/b"]) == ["a/b/c", "a/c", "d"])
    }

    /// The file system ends a folder at any slash byte, also one a combining mark follows (one Character with it).
    @Test func aSlashBeforeACombiningMarkEndsAFolder() {
        #expect(FileTreeWriter.subfolders(of: ["x/\u{301}y/z.html"]) == ["x", "x/\u{301}y"])
    }

    @Test func foldersAlreadyMadeAreLeftOut() {
        #expect(FileTreeWriter.subfolders(of: ["markdown/people/a.md", "people/b.html", "topics/c.html"], besides: ["markdown", "people"])
            == ["markdown/people", "topics"])
    }

    /// The render stage writes the pages in one group and the other files after them: a file of a later group
    /// replaces the earlier one of its path, and the list of files names it once.
    @Test func aLaterGroupReplacesTheFileOfItsPath() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let folder = try writer(site).open(fingerprinting: false, previous: nil)
        try folder.add([SiteFile(path: "style.css", text: "first"), SiteFile(path: "people/ann.html", text: "Ann")])
        try folder.add([SiteFile(path: "style.css", text: "second"), SiteFile(path: "people/bob.html", text: "Bob")])
        _ = try folder.finish()
        #expect(try site.read("output/style.css") == "second")
        #expect(SiteManifest.read(in: site.url("output"))?.files.map(\.path) == ["people/ann.html", "people/bob.html", "style.css"])
        #expect(SiteManifest.isCompleteSite(site.url("output")))
        #expect(try leftovers(site) == [])
    }

    @Test func itemsMakeTheirFilesAndTheLastItemOfAPathCounts() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let items = [("a", "1"), ("people/b", "2"), ("a", "3")]
        let folder = try writer(site).open(fingerprinting: false, previous: nil)
        try folder.add(items, paths: { ["\($0.0).html"] }, making: { [SiteFile(path: "\($0.0).html", text: $0.1)] })
        try folder.add(items.dropLast().map { $0 }, paths: { ["markdown/\($0.0).md"] }, making: { [SiteFile(path: "markdown/\($0.0).md", text: $0.1)] })
        _ = try folder.finish()
        #expect(try site.snapshot("output").keys.sorted() == ["a.html", "dossier-files.json", "markdown/a.md", "markdown/people/b.md", "people/b.html"])
        #expect(try site.read("output/a.html") == "3")
        #expect(try site.read("output/markdown/people/b.md") == "2")
    }

    /// A file that serve hard-linked from the current output and that a later file of its path replaces is deleted,
    /// never written through: the current output's copy keeps its bytes.
    @Test func aReplacedLinkedFileIsNeverWrittenThrough() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        #expect(link(site.path("output/index.html"), site.path("kept.html")) == 0)
        let folder = try writer(site).open(fingerprinting: true, previous: first.written)
        try folder.add(siteA)
        try folder.add([SiteFile(path: "index.html", text: "new")])
        let finished = try folder.finish()
        #expect(finished.linked == 2)
        #expect(try site.read("output/index.html") == "new")
        #expect(try site.read("kept.html") == "A")
    }

    @Test func aFailedGroupDeletesTheBuildFolderAndKeepsTheOutput() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteA)
        let before = try site.snapshot("output")
        let folder = try writer(site).open(fingerprinting: false, previous: nil)
        try folder.add(siteB)
        #expect(throws: Diagnostic.self) { try folder.add([SiteFile(path: "../escape.html", text: "x")]) }
        #expect(throws: Diagnostic.self) { _ = try folder.finish() }
        #expect(try site.snapshot("output") == before)
        #expect(try leftovers(site) == [])
    }
}
