@testable import DossierBuild
import DossierSite
import Foundation
import Testing

/// The dev server's writes: the replaced site is kept as the spare, and the next build rewrites it in place.
@Suite struct SpareFolderTests {
    func writer(_ site: FixtureSite) -> OutputWriter { OutputWriter(output: site.url("output"), displayPath: "output") }

    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    func siblingNames(_ site: FixtureSite) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".output.") }.sorted()
    }

    let siteA = [SiteFile(path: "index.html", text: "A"), SiteFile(path: "dossier.json", text: "{}\n"),
                 SiteFile(path: "people/ann.html", text: "Ann A"), SiteFile(path: "style.css", text: "body {}"),
                 SiteFile(path: "old/gone.html", text: "gone"), SiteFile(path: "clash", text: "a file, later a folder")]
    let siteB = [SiteFile(path: "index.html", text: "B"), SiteFile(path: "dossier.json", text: "{}\n"),
                 SiteFile(path: "people/ann.html", text: "Ann B"), SiteFile(path: "style.css", text: "body {}"),
                 SiteFile(path: "old/gone.html", text: "gone"), SiteFile(path: "clash", text: "a file, later a folder")]
    let siteC = [SiteFile(path: "index.html", text: "C, longer than before"), SiteFile(path: "dossier.json", text: "{}\n"),
                 SiteFile(path: "people/ann.html", text: "Ann C"), SiteFile(path: "style.css", text: "body {}"),
                 SiteFile(path: "people/bob.html", text: "Bob"), SiteFile(path: "clash/inside.html", text: "now a folder")]

    @Test func theNextBuildRewritesTheSpareInPlaceAndTheServedSiteIsNeverTouched() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        #expect(first.spare == nil)
        let second = try writer(site).write(siteB, linkingUnchangedFrom: first.written)
        // The replaced site A is the spare, its record the one the first build made.
        #expect(try siblingNames(site) == [".output.spare-\(getpid())"])
        let spare = try #require(second.spare)
        #expect(spare.files == first.written?.files)
        #expect(second.linked == 4)
        let served = try site.snapshot("output")
        let sharedBefore = inode(site.path("output/style.css"))
        let annInSpare = inode(site.path(".output.spare-\(getpid())/people/ann.html"))

        let folder = try writer(site).open(fingerprinting: true, previous: second.written, spare: spare)
        // While the spare is rewritten, the served site is the one the second build made.
        try folder.add(siteC)
        #expect(try site.snapshot("output") == served)
        let third = try folder.finish()

        #expect(try site.snapshot("output") == Dictionary(uniqueKeysWithValues: siteC.map { ($0.path, $0.data) })
            .merging(["dossier-files.json": try Data(contentsOf: site.url("output/dossier-files.json"))]) { a, _ in a })
        #expect(!FileManager.default.fileExists(atPath: site.path("output/old")))
        // Unchanged files shared with the served site were left alone; a file only the spare held was overwritten in
        // place; the replaced site (B) is the spare now, whole.
        #expect(third.kept == 2)
        #expect(inode(site.path("output/style.css")) == sharedBefore)
        #expect(inode(site.path("output/people/ann.html")) == annInSpare)
        #expect(try site.snapshot(".output.spare-\(getpid())") == served)
        #expect(third.spare?.files == second.written?.files)
        #expect(SiteManifest.isCompleteSite(site.url("output")))
    }

    @Test func aFileWrittenOverIsCutToTheNewLengthInTheSameInode() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("folder/page.html", "a longer page than the next one")
        let before = inode(site.path("folder/page.html"))
        let folder = open(site.path("folder"), O_RDONLY | O_DIRECTORY)
        defer { close(folder) }
        let shorter = FileTreeWriter.write(SiteFile(path: "page.html", text: "short"), in: folder, over: 31)
        #expect(throws: Never.self) { try shorter.get() }
        #expect(try site.read("folder/page.html") == "short")
        #expect(inode(site.path("folder/page.html")) == before)
        let longer = FileTreeWriter.write(SiteFile(path: "page.html", text: "longer than short"), in: folder, over: 5)
        #expect(throws: Never.self) { try longer.get() }
        #expect(try site.read("folder/page.html") == "longer than short")
        #expect(inode(site.path("folder/page.html")) == before)
    }

    @Test func aFileLinkedIntoTheServedSiteIsReplacedNotWrittenThrough() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        let second = try writer(site).write(siteA, linkingUnchangedFrom: first.written)
        // Every file of A is linked between the output and the spare; C changes `index.html`.
        let third = try writer(site).write(siteC, linkingUnchangedFrom: second.written, spare: second.spare)
        #expect(try site.read("output/index.html") == "C, longer than before")
        #expect(try site.read(".output.spare-\(getpid())/index.html") == "A")
        #expect(third.kept == 2)
    }

    @Test func aSpareChangedByHandIsWrittenAgain() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        let second = try writer(site).write(siteB, linkingUnchangedFrom: first.written)
        try Data("tampered".utf8).write(to: site.url(".output.spare-\(getpid())/style.css"))
        try Data("stray".utf8).write(to: site.url(".output.spare-\(getpid())/people/stray.html"))
        _ = try writer(site).write(siteA, linkingUnchangedFrom: second.written, spare: second.spare)
        #expect(try site.read("output/style.css") == "body {}")
        #expect(!FileManager.default.fileExists(atPath: site.path("output/people/stray.html")))
        #expect(try site.read("output/index.html") == "A")
    }

    @Test func filesTheOutputHoldsArePlacedWithoutTheirBytes() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        let second = try writer(site).write(siteB, linkingUnchangedFrom: first.written)
        try Data("by hand".utf8).write(to: site.url("output/people/ann.html"))
        let indexInSpare = inode(site.path(".output.spare-\(getpid())/index.html"))
        let folder = try writer(site).open(fingerprinting: true, previous: second.written, spare: second.spare)
        let missing = try folder.addUnchanged(["index.html", "style.css", "people/ann.html", "never-written.html"])
        #expect(missing == ["people/ann.html", "never-written.html"])
        try folder.add([SiteFile(path: "people/ann.html", text: "Ann B"), SiteFile(path: "dossier.json", text: "{}\n")])
        let third = try folder.finish()
        #expect(try site.read("output/index.html") == "B")
        #expect(try site.read("output/people/ann.html") == "Ann B")
        #expect(try site.snapshot("output").keys.sorted() == ["dossier-files.json", "dossier.json", "index.html", "people/ann.html", "style.css"])
        // `index.html` (A in the spare, B in the output) is copied over the spare's own file, not deleted for a link:
        // its inode stays, and it is no link to the replaced site's file.
        #expect(third.kept == 2 && third.copied == 1 && third.linked == 0)
        #expect(inode(site.path("output/index.html")) == indexInSpare)
        #expect(inode(site.path("output/index.html")) != inode(site.path(".output.spare-\(getpid())/index.html")))
        #expect(try site.read(".output.spare-\(getpid())/index.html") == "B")
    }

    @Test func aCopiedSpareHoldsTheOutputsBytesInItsOwnFilesAndTheNextBuildKeepsThem() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        #expect(first.spare == nil)
        let written = try #require(first.written)
        try Data("by hand".utf8).write(to: site.url("output/old/gone.html"))
        let spare = try #require(SpareCopy.copy(written, from: writer(site), until: { false }))
        let folder = ".output.spare-\(getpid())"
        #expect(try siblingNames(site) == [folder])
        // Every file but the one changed by hand, with the output's fingerprints and the copies' own disk stamps; no
        // list of files, so the copy is never taken for a complete site.
        #expect(spare.files.keys.sorted() == written.files.keys.filter { $0 != "old/gone.html" }.sorted())
        #expect(spare.files.allSatisfy { $0.value.fingerprint == written.files[$0.key]?.fingerprint })
        #expect(inode(site.path("\(folder)/style.css")) != inode(site.path("output/style.css")))
        #expect(try site.read("\(folder)/people/ann.html") == "Ann A")
        #expect(!SiteManifest.isCompleteSite(site.url(folder)))
        let served = try site.snapshot("output")

        let second = try writer(site).write(siteB, linkingUnchangedFrom: written, spare: spare)
        #expect(second.kept == 3 && second.linked == 0)
        #expect(try site.read("output/index.html") == "B")
        #expect(try site.read("output/old/gone.html") == "gone")
        #expect(try site.snapshot(folder) == served)
    }

    @Test func aCancelledCopyLeavesNoSpare() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        let written = try #require(first.written)
        var asked = 0
        let spare = SpareCopy.copy(written, from: writer(site), until: {
            asked += 1
            return asked > 3
        })
        #expect(spare == nil)
        #expect(asked > 3)
        #expect(try siblingNames(site) == [])
        #expect(try site.snapshot("output").count == siteA.count + 1)
    }

    @Test func aSpareOfAnEndedProcessIsDeletedOrPutBackWhenTheOutputIsGone() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteA)
        let ended = try OutputWriterTests().endedProcessID()
        try FileManager.default.copyItem(at: site.url("output"), to: site.url(".output.spare-\(ended)"))
        writer(site).recoverInterruptedBuilds()
        #expect(try siblingNames(site) == [])

        try FileManager.default.moveItem(at: site.url("output"), to: site.url(".output.spare-\(ended)"))
        writer(site).recoverInterruptedBuilds()
        #expect(try site.read("output/index.html") == "A")
        #expect(try siblingNames(site) == [])
    }

    @Test func aFinishedBuildFolderWinsOverASpareWhenTheOutputIsGone() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let ended = try OutputWriterTests().endedProcessID()
        try OutputWriter(output: site.url("made-b"), displayPath: "made-b").write(siteB)
        try OutputWriter(output: site.url("made-a"), displayPath: "made-a").write(siteA)
        try FileManager.default.moveItem(at: site.url("made-b"), to: site.url(".output.building-\(ended)"))
        try FileManager.default.moveItem(at: site.url("made-a"), to: site.url(".output.spare-\(ended)"))
        writer(site).recoverInterruptedBuilds()
        #expect(try site.read("output/index.html") == "B")
        #expect(try siblingNames(site) == [])
    }

    @Test func removingTheStagingFolderRemovesTheSpare() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let first = try writer(site).write(siteA, linkingUnchangedFrom: nil)
        _ = try writer(site).write(siteB, linkingUnchangedFrom: first.written)
        #expect(try siblingNames(site).count == 1)
        writer(site).removeStaging()
        #expect(try siblingNames(site) == [])
    }

    @Test func aListingNamesEveryFileAndFolderDeepestFirst() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try writer(site).write(siteC)
        #expect(symlink("index.html", site.path("output/link.html")) == 0)
        let descriptor = open(site.path("output"), O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        let listing = FolderListing(of: descriptor)
        #expect(listing.paths(.folder) == ["people", "clash"])
        #expect(listing.paths(.file) == ["people/bob.html", "people/ann.html", "clash/inside.html",
                                         "style.css", "index.html", "dossier.json", "dossier-files.json"])
        #expect(listing.paths(.other) == ["link.html"])
        var pruned = listing
        pruned.remove("people")
        #expect(pruned["people/bob.html"] == nil && pruned["people"] == nil && pruned["clash"] == .folder)
    }
}
