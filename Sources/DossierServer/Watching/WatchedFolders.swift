import Foundation

/// The folders a rebuild depends on (content with its configuration, templates), and which changes count.
/// Hidden files (editor swap files, the build's own `.output.building-…` folder), backups ending in `~`
/// and anything inside the output folder never trigger a build: the build itself writes there.
struct WatchedFolders: Sendable {
    /// Absolute, standardized paths of the folders to watch; they need not exist yet.
    let roots: [String]
    /// The output folder, whose changes are ignored even when it lies inside a watched folder.
    let output: String

    init(roots: [URL], output: URL) {
        self.roots = Array(Set(roots.map { $0.standardizedFileURL.path })).sorted()
        self.output = output.standardizedFileURL.path
    }

    /// True when a change at this absolute path should rebuild the site.
    func isRelevant(_ path: String) -> Bool {
        if path == output || path.hasPrefix(output + "/") { return false }
        guard let root = roots.first(where: { path == $0 || path.hasPrefix($0 + "/") }) else { return false }
        let inside = path.dropFirst(root.count).split(separator: "/")
        return !inside.contains { $0.hasPrefix(".") || $0.hasSuffix("~") }
    }

    /// True for a folder whose contents are watched (not hidden, not the output).
    func isWatchedFolder(_ path: String) -> Bool {
        roots.contains(path) || isRelevant(path)
    }

    /// Every folder under the roots worth watching, the roots first; missing roots are left out.
    func existingFolders() -> [String] {
        var folders: [String] = []
        for root in roots where Self.isFolder(root) {
            folders.append(root)
            folders.append(contentsOf: subfolders(of: root))
        }
        return folders
    }

    /// The folders below a folder, skipping hidden ones and the output.
    func subfolders(of folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            guard Self.isFolder(path) else { continue }
            if isWatchedFolder(path) {
                found.append(path)
            } else {
                enumerator.skipDescendants()
            }
        }
        return found.sorted()
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
