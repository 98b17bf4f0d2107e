import Foundation

/// Moves a folder that has only just started filling to a new place on the disk, under the same path: a new folder is
/// made at the top of the tree (where the build folder's mark has the kernel place it anew, see `FolderPlacement`),
/// the files of the old one are renamed into it, and the two folders are swapped.
///
/// This is what `CreationDetours` does first for a folder whose file creations get slow: the folder's later files are
/// then created at their paths, in a block group of their own, at the cost of renaming those already made. A side
/// folder instead costs one more rename for every later file (and the kernel's renames across folders take turns on one
/// lock): with side folders alone, a BBC build right after its previous output was deleted renamed 12,900 of its 15,800
/// files, 5% of the build's processor samples.
///
/// The old folder, empty, is kept under the new one's passing name until the build ends (`Moved.retired`): deleted at
/// once, it would give its block group back the folder the kernel counts there, and the kernel, which puts a new folder
/// at the top of the tree where the fewest folders are, would put the next move back in that group.
enum FolderRelocation {
    enum Outcome: Equatable {
        /// Moved; the old folder, empty, is at `retired` (relative to the tree), to be deleted once the build ends, or
        /// nil where it was replaced at once (a file system that cannot swap two folders).
        case moved(retired: String?)
        /// Left as it was.
        case notMoved
    }

    /// Moves the folder at `path` (relative to the open folder `tree`, not the tree itself) when it holds only plain
    /// files, at most `limit` of them. Left as it was when it holds more, or a folder or anything else, or a step fails.
    ///
    /// No other thread may create files in the folder meanwhile (the build's writers take one folder at a time, see
    /// `DirectoryLanes`): a file created in the old folder after it was read would be left there, and deleting the
    /// retired folder would then fail.
    static func relocate(_ path: String, in tree: Int32, holdingAtMost limit: Int) -> Outcome {
        guard !path.isEmpty else { return .notMoved }
        let old = openat(tree, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard old >= 0 else { return .notMoved }
        defer { _ = close(old) }
        guard let names = plainFiles(in: old, atMost: limit), let (newName, new) = FolderPlacement.makePassingFolder(in: tree, prefix: ".dossier-move-") else { return .notMoved }
        defer { _ = close(new) }
        var moved: [String] = []
        moved.reserveCapacity(names.count)
        for name in names {
            guard renameat(old, name, new, name) == 0 else { break }
            moved.append(name)
        }
        if moved.count == names.count {
            switch FolderExchange.exchange(newName, path, in: tree) {
            case .exchanged: return .moved(retired: newName)
            case .unsupported: if renameat(tree, newName, tree, path) == 0 { return .moved(retired: nil) }
            case .failed: break
            }
        }
        // Back as it was: the files to the old folder, the new one deleted.
        for name in moved { renameat(new, name, old, name) }
        unlinkat(tree, newName, AT_REMOVEDIR)
        return .notMoved
    }

    /// The names of the folder's entries when all are plain files and there are at most `limit`; nil otherwise.
    private static func plainFiles(in folder: Int32, atMost limit: Int) -> [String]? {
        // `fdopendir` takes over the descriptor it is given: a duplicate, so that the caller's stays open.
        let reading = dup(folder)
        guard reading >= 0 else { return nil }
        guard let stream = fdopendir(reading) else {
            _ = close(reading)
            return nil
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            guard names.count < limit, isPlainFile(name, type: entry.pointee.d_type, in: folder) else { return nil }
            names.append(name)
        }
        return names
    }

    private static func isPlainFile(_ name: String, type: UInt8, in folder: Int32) -> Bool {
        if Int(type) == Int(DT_REG) { return true }
        guard Int(type) == Int(DT_UNKNOWN) else { return false }
        var info = stat()
        return fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFREG
    }
}
