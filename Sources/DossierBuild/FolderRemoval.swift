import DossierCore
import Foundation

/// Deletes a folder tree on all cores: the entries one and two levels down are removed in parallel,
/// then the emptied folders. Best effort: what cannot be removed stays, for the next build's clean-up.
enum FolderRemoval {
    static func remove(_ folder: URL) {
        let fileManager = FileManager.default
        let root = folder.path
        if isSymbolicLink(root) {
            unlink(root)
            return
        }
        let top = (try? fileManager.contentsOfDirectory(atPath: root)) ?? []
        var subfolders: [String] = []
        var items: [String] = []
        for name in top {
            let path = root + "/" + name
            if let entries = try? fileManager.contentsOfDirectory(atPath: path), !isSymbolicLink(path) {
                subfolders.append(path)
                items.append(contentsOf: entries.map { path + "/" + $0 })
            } else {
                items.append(path)
            }
        }
        _ = ParallelMap.map(items) { try? FileManager.default.removeItem(atPath: $0) }
        for path in subfolders { rmdir(path) }
        try? fileManager.removeItem(atPath: root)
    }

    private static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
