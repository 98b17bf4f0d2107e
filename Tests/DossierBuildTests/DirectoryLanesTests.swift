@testable import DossierBuild
import DossierCore
import Foundation
import Testing

/// The lanes the build folder writes files through: every entry written once, one thread per folder at a time.
@Suite struct DirectoryLanesTests {
    /// What the writes saw: which entries each wrote, and the most writes at once into one folder.
    final class WriteLog: @unchecked Sendable {
        private let lock = NSLock()
        private var inFolder: [Substring: Int] = [:]
        private(set) var mostAtOnceInOneFolder = 0
        private(set) var written: [String] = []
        /// Set when one write was given entries of two folders.
        var mixedFolders: Bool {
            get { lock.withLock { mixed } }
            set { lock.withLock { mixed = newValue } }
        }
        private var mixed = false

        func begin(_ folder: Substring) {
            lock.withLock {
                inFolder[folder, default: 0] += 1
                mostAtOnceInOneFolder = max(mostAtOnceInOneFolder, inFolder[folder]!)
            }
        }

        func end(_ folder: Substring, _ paths: [String]) {
            lock.withLock {
                inFolder[folder]! -= 1
                written += paths
            }
        }
    }

    /// Lanes whose writes log what they do, sleep a little (so that threads meet) and fail on a path named "fail".
    typealias Lanes = DirectoryLanes<String, Result<[String], FileSystemFailure>>

    func lanes(_ log: WriteLog, waitingLimit: Int = 1024) -> Lanes {
        Lanes(path: { $0 }, waitingLimit: waitingLimit, isFailure: Self.isFailure) { paths in Self.write(paths, log) }
    }

    static func isFailure(_ outcome: Result<[String], FileSystemFailure>) -> Bool {
        if case .failure = outcome { return true }
        return false
    }

    static func write(_ paths: [String], _ log: WriteLog) -> Result<[String], FileSystemFailure> {
        let folder = SafePath.folder(of: paths[0])
        log.begin(folder)
        usleep(200)
        log.end(folder, paths)
        if paths.contains(where: { SafePath.folder(of: $0) != folder }) { log.mixedFolders = true }
        return paths.contains { $0.hasSuffix("/fail") } ? .failure(FileSystemFailure("cannot write", "fail")) : .success(paths)
    }

    @Test func theFolderOfAPathIsWhatComesBeforeItsLastSlash() {
        #expect(SafePath.folder(of: "people/ann.html") == "people")
        #expect(SafePath.folder(of: "markdown/people/ann.md") == "markdown/people")
        #expect(SafePath.folder(of: "index.html") == "")
    }

    @Test(arguments: [1024, 4])
    func everyEntryIsWrittenOnceAndNoFolderByTwoThreadsAtOnce(waitingLimit: Int) {
        let log = WriteLog()
        let lanes = lanes(log, waitingLimit: waitingLimit)
        let items = Array(0..<400)
        _ = ParallelMap.map(items) { item in lanes.hand(["people/\(item).html", "markdown/people/\(item).md", "index-\(item).html"]) }
        let outcomes = lanes.finish()
        let expected = items.flatMap { ["people/\($0).html", "markdown/people/\($0).md", "index-\($0).html"] }
        #expect(log.written.sorted() == expected.sorted())
        #expect(outcomes.flatMap { (try? $0.get()) ?? [] }.sorted() == expected.sorted())
        #expect(log.mostAtOnceInOneFolder == 1)
        #expect(!log.mixedFolders)
    }

    @Test func afterAFailedWriteNothingMoreIsWritten() {
        let log = WriteLog()
        let lanes = lanes(log)
        lanes.hand(["people/fail"])
        lanes.hand(["people/ann.html", "topics/port.html"])
        let outcomes = lanes.finish()
        #expect(log.written == ["people/fail"])
        #expect(outcomes.count == 1)
        #expect(throws: FileSystemFailure.self) { try outcomes[0].get() }
    }
}
