@testable import DossierBuild
import DossierSite
import Foundation
import Testing

/// Files whose creation gets slow are created in a side folder and renamed into place; the tree ends up the same.
@Suite struct CreationDetoursTests {
    private func temporaryFolder() throws -> (path: String, descriptor: Int32) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("detours-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/people", withIntermediateDirectories: true)
        return (path, open(path, O_RDONLY | O_DIRECTORY))
    }

    /// A clock for the detours: each creation takes `slow` nanoseconds of processor time while `isSlow` is set, else
    /// `quick`; with `alternating`, every other creation is slow.
    private final class CreationClock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 0
        private var reads = 0
        var isSlow: Bool
        let alternating: Bool
        init(slow: Bool, alternating: Bool = false) {
            isSlow = slow
            self.alternating = alternating
        }

        /// How many times it was read.
        var readCount: Int { lock.withLock { reads } }

        /// Read twice a creation, before and after.
        func read() -> UInt64 {
            lock.withLock {
                reads += 1
                if reads % 2 == 1 { return now }
                let slow = alternating ? reads % 4 == 0 : isSlow
                now += slow ? 2 * CreationDetours.slowCreation : CreationDetours.slowCreation / 10
                return now
            }
        }
    }

    private func pages(_ count: Int, in folder: String = "people") -> [SiteFile] {
        (1...count).map { SiteFile(path: "\(folder)/page-\($0).html", text: "page \($0)") }
    }

    /// Every file written in a tree, by path (folders aside).
    private func files(in path: String) throws -> [String: String] {
        var found: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: path))
        for case let relative as String in enumerator {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue {
                found[relative] = try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
            }
        }
        return found
    }

    /// Each creation slow, and folders never moved: the folder's first 8 files are created at their paths, the next 8
    /// in a side folder, whose slowness gives the next 8 a second side folder, and so on; every file ends at its path
    /// with its bytes, and removing the side folders leaves exactly the files written.
    @Test func slowCreationsMoveToSideFoldersAndTheTreeHoldsExactlyTheFiles() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        let clock = CreationClock(slow: true)
        let detours = CreationDetours(tree: tree, creationClock: { clock.read() }, relocationsAtMost: 0)
        let written = pages(20)
        for file in written {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get() }
        }
        #expect(detours.sideFolderCount == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasPrefix(".dossier-side-") }.count == 2)
        #expect(detours.removeSideFolders() == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
        #expect(try files(in: path) == Dictionary(uniqueKeysWithValues: written.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }))
    }

    /// Quick creations, or slow ones that do not keep coming, make no side folder.
    @Test func quickOrOccasionallySlowCreationsStayInTheirFolder() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        let quick = CreationClock(slow: false)
        let detours = CreationDetours(tree: tree, creationClock: { quick.read() })
        for file in pages(30) {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get() }
        }
        #expect(detours.sideFolderCount == 0)

        // Slow and quick by turns: the count of slow ones never reaches the limit.
        let alternating = CreationClock(slow: false, alternating: true)
        let turns = CreationDetours(tree: tree, creationClock: { alternating.read() })
        for file in pages(30) {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: turns).get() }
        }
        #expect(turns.sideFolderCount == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
    }

    /// A folder's creations are timed by the wall clock while its count of slow ones is 0; one slow by the wall clock
    /// counts, and the next is timed by the thread's processor time (a system call), which here says quick: the count
    /// is 0 again, and the wall clock times the next. By turns, the folder never gets a side folder.
    @Test func theProcessorTimesAFolderOnlyWhileTheWallClockFoundCreationsSlow() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        let quickWall = CreationClock(slow: false), unread = CreationClock(slow: true)
        let quick = CreationDetours(tree: tree, wallTime: { quickWall.read() }, processorTime: { unread.read() })
        for file in pages(12) {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: quick).get() }
        }
        #expect(quickWall.readCount == 24)
        #expect(unread.readCount == 0)
        #expect(quick.sideFolderCount == 0)

        try FileManager.default.createDirectory(atPath: path + "/sources", withIntermediateDirectories: false)
        let slowWall = CreationClock(slow: true), quickProcessor = CreationClock(slow: false)
        let detours = CreationDetours(tree: tree, wallTime: { slowWall.read() }, processorTime: { quickProcessor.read() })
        for file in pages(12, in: "sources") {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get() }
        }
        #expect(slowWall.readCount == 12)
        #expect(quickProcessor.readCount == 12)
        #expect(detours.sideFolderCount == 0)
    }

    /// Each folder counts its own creations: 7 slow ones in each of two folders send neither aside, an 8th in one sends
    /// only that one's next files to a side folder (folders never moved).
    @Test func eachFolderIsJudgedByItsOwnCreations() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.createDirectory(atPath: path + "/sources", withIntermediateDirectories: false)
        let clock = CreationClock(slow: true)
        let detours = CreationDetours(tree: tree, creationClock: { clock.read() }, relocationsAtMost: 0)
        let limit = CreationDetours.slowCreationsBeforeDetour
        for file in pages(limit - 1) + pages(limit - 1, in: "sources") {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get() }
        }
        #expect(detours.sideFolderCount == 0)
        #expect(throws: Never.self) {
            try FileTreeWriter.write(SiteFile(path: "people/last.html", text: "last"), in: tree, stamping: false, detours: detours).get()
        }
        #expect(detours.sideFolderCount == 1)
        for (path, goesAside) in [("people/next.html", true), ("sources/next.html", false)] {
            let created = detours.create(path)
            #expect(created.descriptor >= 0)
            #expect((created.passing != nil) == goesAside)
            #expect(detours.settle(created, at: path))
            close(created.descriptor)
        }
        #expect(detours.removeSideFolders() == nil)
        #expect(try files(in: path).count == 2 * limit + 1)
    }

    /// Each creation slow: the folder is moved after its 8th, 16th and 24th file (its files renamed into a new folder
    /// swapped in for it, the old one kept empty until the end), then its files go to side folders (after the 32nd and
    /// 40th). Every file ends at its path with its bytes, the same file it was when created (a move renames, never
    /// copies), and removing the side and retired folders leaves exactly the files written.
    @Test func aFolderThatGetsSlowWhileSmallIsMovedBeforeItsFilesGoAside() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        let clock = CreationClock(slow: true)
        let detours = CreationDetours(tree: tree, creationClock: { clock.read() })
        let written = pages(44)
        var inodes: [String: UInt64] = [:]
        for file in written {
            let stamp = try FileTreeWriter.write(file, in: tree, stamping: true, detours: detours).get()
            inodes[file.path] = stamp.inode
        }
        #expect(detours.relocationCount == 3)
        #expect(detours.sideFolderCount == 2)
        let top = try FileManager.default.contentsOfDirectory(atPath: path)
        #expect(top.filter { $0.hasPrefix(".dossier-move-") }.count == 3)
        #expect(try top.filter { $0.hasPrefix(".dossier-move-") }.allSatisfy { try FileManager.default.contentsOfDirectory(atPath: path + "/" + $0).isEmpty })
        #expect(detours.removeSideFolders() == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
        #expect(try files(in: path) == Dictionary(uniqueKeysWithValues: written.map { ($0.path, String(decoding: $0.data, as: UTF8.self)) }))
        for file in written {
            var info = stat()
            #expect(stat(path + "/" + file.path, &info) == 0)
            #expect(UInt64(info.st_ino) == inodes[file.path])
        }
    }

    /// A folder is moved only while that renames fewer files than a side folder would: while it holds at most 64, or
    /// fewer than are still announced for it. Past that its files go aside; with none still to come, neither.
    @Test func aFolderIsMovedOnlyWhileThatRenamesFewerFiles() throws {
        func slowAfter(_ quick: Int, announced: Int?) throws -> (moves: Int, sides: Int) {
            let (path, tree) = try temporaryFolder()
            defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
            let clock = CreationClock(slow: false)
            let detours = CreationDetours(tree: tree, creationClock: { clock.read() })
            let written = pages(quick + CreationDetours.slowCreationsBeforeDetour)
            if let announced { detours.expect(pages(announced).map(\.path)) }
            for (number, file) in written.enumerated() {
                clock.isSlow = number >= quick
                _ = try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get()
            }
            defer { _ = detours.removeSideFolders() }
            #expect(try files(in: path).count == written.count)
            return (detours.relocationCount, detours.sideFolderCount)
        }
        // Slow after 100 files: 108 held, 92 or 192 still to come.
        #expect(try slowAfter(100, announced: 200) == (0, 1))
        #expect(try slowAfter(100, announced: 300) == (1, 0))
        // Nothing announced: 64 at most.
        #expect(try slowAfter(50, announced: nil) == (1, 0))
        #expect(try slowAfter(60, announced: nil) == (0, 1))
        // All announced files made: neither.
        #expect(try slowAfter(20, announced: 28) == (0, 0))
    }

    /// A folder whose creations take 100 µs, half the slow limit, while the build's others took 10 µs is handled as a
    /// slow one (here it stays slow: moved after its 8th, 16th and 24th file, then its files go aside); 30 µs is not
    /// slow against 10. When every creation of the build takes 100 µs (a slow disk, not a bad place on it), nothing is
    /// moved or sent aside; nor before the build has a typical time (64 creations).
    @Test func aFolderSlowAgainstTheBuildsOtherFoldersIsMoved() throws {
        func moves(quickFirst: Int, quick: UInt64, then slow: UInt64) throws -> (moves: Int, sides: Int) {
            let (path, tree) = try temporaryFolder()
            defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
            try FileManager.default.createDirectory(atPath: path + "/sources", withIntermediateDirectories: false)
            let clock = StepClock(step: quick)
            let detours = CreationDetours(tree: tree, creationClock: { clock.read() })
            let later = pages(40, in: "sources")
            detours.expect(later.map(\.path))
            for file in pages(quickFirst) + later {
                if file.path.hasPrefix("sources/") { clock.step = slow }
                _ = try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get()
            }
            defer { _ = detours.removeSideFolders() }
            #expect(try files(in: path).count == quickFirst + later.count)
            return (detours.relocationCount, detours.sideFolderCount)
        }
        #expect(try moves(quickFirst: 100, quick: 10_000, then: 100_000) == (3, 1))
        #expect(try moves(quickFirst: 100, quick: 100_000, then: 100_000) == (0, 0))
        #expect(try moves(quickFirst: 100, quick: 10_000, then: 30_000) == (0, 0))
        #expect(try moves(quickFirst: 20, quick: 10_000, then: 100_000) == (0, 0))
    }

    /// A clock under which each creation takes `step` nanoseconds (read twice a creation, before and after).
    private final class StepClock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 0
        private var reads = 0
        var step: UInt64
        init(step: UInt64) { self.step = step }
        func read() -> UInt64 {
            lock.withLock {
                reads += 1
                if reads % 2 == 0 { now += step }
                return now
            }
        }
    }

    /// A folder that holds a folder is never moved (its files go to a side folder); nor is the top of the tree.
    @Test func aFolderHoldingAFolderOrTheTopIsNeverMoved() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        try FileManager.default.createDirectory(atPath: path + "/people/photos", withIntermediateDirectories: false)
        let clock = CreationClock(slow: true)
        let detours = CreationDetours(tree: tree, creationClock: { clock.read() })
        let written = pages(9) + (1...9).map { SiteFile(path: "top-\($0).html", text: "top \($0)") }
        for file in written {
            #expect(throws: Never.self) { try FileTreeWriter.write(file, in: tree, stamping: false, detours: detours).get() }
        }
        #expect(detours.relocationCount == 0)
        #expect(detours.sideFolderCount == 2)
        #expect(detours.removeSideFolders() == nil)
        #expect(try files(in: path).count == written.count)
        #expect(FolderRelocation.relocate("", in: tree, holdingAtMost: 64) == .notMoved)
        #expect(FolderRelocation.relocate("people", in: tree, holdingAtMost: 64) == .notMoved)
        #expect(FolderRelocation.relocate("people/photos", in: tree, holdingAtMost: 64) != .notMoved)
        #expect(FolderRelocation.relocate("missing", in: tree, holdingAtMost: 64) == .notMoved)
    }

    /// A folder holding more files than the limit is left as it was, with no folder made beside it.
    @Test func aFolderOverTheLimitIsLeftAsItWas() throws {
        let (path, tree) = try temporaryFolder()
        defer { close(tree); try? FileManager.default.removeItem(atPath: path) }
        for file in pages(5) { _ = try FileTreeWriter.write(file, in: tree, stamping: false).get() }
        var before = stat()
        #expect(stat(path + "/people", &before) == 0)
        #expect(FolderRelocation.relocate("people", in: tree, holdingAtMost: 4) == .notMoved)
        var after = stat()
        #expect(stat(path + "/people", &after) == 0)
        #expect(before.st_ino == after.st_ino)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
        #expect(try files(in: path).count == 5)
        guard case .moved(let retired) = FolderRelocation.relocate("people", in: tree, holdingAtMost: 5) else {
            Issue.record("not moved")
            return
        }
        #expect(stat(path + "/people", &after) == 0)
        #expect(before.st_ino != after.st_ino)
        #expect(try files(in: path).count == 5)
        if let retired { #expect(unlinkat(tree, retired, AT_REMOVEDIR) == 0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
    }

    /// A build folder whose every file creation is slow, as in the write stage (page items made and written on all
    /// cores, then a group of other files, then the swap): side folders come and go, and the output is the same files
    /// and bytes as a build whose creations are quick, with no side folder left in it or beside it.
    @Test func aBuildFolderWhoseCreationsAreAllSlowWritesTheSameSite() throws {
        let folders = ["people", "sources", "markdown/people", "markdown/sources", "topics"]
        let pages = folders.flatMap { folder in (1...40).map { "\(folder)/page-\($0)" } }
        let rest = [SiteFile(path: "index.html", text: "index"), SiteFile(path: "dossier.json", text: "{}\n"),
                    SiteFile(path: "search/d0.js", text: "docs")]
        func build(everyCreationSlow: Bool) throws -> [String: Data] {
            let site = try FixtureSite("tiny")
            defer { site.remove() }
            var writer = OutputWriter(output: site.url("output"), displayPath: "output")
            let slowClock = SlowClock()
            if everyCreationSlow { writer.creationClock = { slowClock.read() } }
            let folder = try writer.open(fingerprinting: false, previous: nil)
            try folder.add(pages, paths: { ["\($0).html"] }, cost: { $0.utf8.count }, making: { [SiteFile(path: "\($0).html", text: "page \($0)")] })
            try folder.add(rest)
            _ = try folder.finish()
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") } == [])
            #expect(try FileManager.default.contentsOfDirectory(atPath: site.path("output")).filter { $0.hasPrefix(".") } == [])
            #expect(slowClock.reads > 0 || !everyCreationSlow)
            return try site.snapshot("output")
        }
        let detoured = try build(everyCreationSlow: true)
        #expect(detoured.keys.contains { $0.contains(".dossier-side-") } == false)
        #expect(detoured.count == pages.count + rest.count + 1)
        #expect(detoured == (try build(everyCreationSlow: false)))
    }

    /// A clock under which every creation is slow, whichever threads read it: each read is twice the slow limit later.
    private final class SlowClock: @unchecked Sendable {
        private let lock = NSLock()
        private var now: UInt64 = 0
        private(set) var reads = 0
        func read() -> UInt64 {
            lock.withLock {
                reads += 1
                now += 2 * CreationDetours.slowCreation
                return now
            }
        }
    }
}
