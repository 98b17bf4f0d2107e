@testable import DossierBuild
import Foundation
import Testing

@Suite struct FolderPlacementTests {
    private func temporaryFolder() throws -> (path: String, descriptor: Int32) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("placement-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        return (path, open(path, O_RDONLY | O_DIRECTORY))
    }

    /// A folder is made at its path, top-level or inside one made before, and the passing name it was made under is
    /// gone: the folders hold exactly what was asked for.
    @Test func makesTheFolderAtItsPathAndLeavesNoPassingName() throws {
        let (path, folder) = try temporaryFolder()
        defer { close(folder); try? FileManager.default.removeItem(atPath: path) }
        #expect(FolderPlacement.makeFolder("markdown", in: folder))
        #expect(FolderPlacement.makeFolder("markdown/people", in: folder))
        #expect(FolderPlacement.makeFolder("people", in: folder))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path).sorted() == ["markdown", "people"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: path + "/markdown") == ["people"])
    }

    /// A folder whose parent is missing, or that exists already, is not made, with the reason in `errno`, and
    /// nothing is left behind.
    @Test func failsWithTheReasonAndLeavesNothing() throws {
        let (path, folder) = try temporaryFolder()
        defer { close(folder); try? FileManager.default.removeItem(atPath: path) }
        #expect(!FolderPlacement.makeFolder("missing/people", in: folder))
        #expect(errno == ENOENT)
        #expect(FolderPlacement.makeFolder("people", in: folder))
        #expect(!FolderPlacement.makeFolder("people", in: folder))
        #expect(errno == EEXIST)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["people"])
    }

    /// Where the file system has the mark (ext4 has), marking a folder sets it and it reads back; where it has not,
    /// marking says so.
    @Test func markingAFolderAsTheTopOfATreeReadsBack() throws {
        let (path, folder) = try temporaryFolder()
        defer { close(folder); try? FileManager.default.removeItem(atPath: path) }
        #expect(!FolderPlacement.isTopOfTree(folder))
        #expect(FolderPlacement.markTopOfTree(folder) == FolderPlacement.isTopOfTree(folder))
    }
}
