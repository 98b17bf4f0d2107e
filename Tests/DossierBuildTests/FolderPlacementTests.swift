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

    /// Where the file system has the mark, marking a folder sets it and it reads back (on ext4, which has it, it must);
    /// where it has not, marking says so.
    @Test func markingAFolderAsTheTopOfATreeReadsBack() throws {
        let (path, folder) = try temporaryFolder()
        defer { close(folder); try? FileManager.default.removeItem(atPath: path) }
        #expect(!FolderPlacement.isTopOfTree(folder))
        let marked = FolderPlacement.markTopOfTree(folder)
        #expect(marked == FolderPlacement.isTopOfTree(folder))
        if Self.fileSystemType(of: path) == "ext4" { #expect(marked) }
    }

    /// The type `/proc/mounts` gives for the mount that holds `path` (the longest mount point above it), if any.
    static func fileSystemType(of path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 2 else { continue }
            let point = String(fields[1]), type = String(fields[2])
            let holds = point == "/" || real == point || real.hasPrefix(point + "/")
            if holds, point.count >= (best?.point.count ?? -1) { best = (point, type) }
        }
        return best?.type
    }
}
