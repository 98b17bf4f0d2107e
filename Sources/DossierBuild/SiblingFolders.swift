import Foundation

/// The folders a build keeps beside the output folder `NAME`, each tagged with the id of the process that made it:
/// - `.NAME.building-PID`: the site being written; just after an exchange, the previous site on its way out; between
///   the dev server's builds, a copy of the output on its way to being the spare (see `SpareCopy`);
/// - `.NAME.old-PID`: the previous site between the two renames of the fallback swap;
/// - `.NAME.removing-PID`: a replaced site being deleted, never a site again;
/// - `.NAME.spare-PID`: the site the dev server's last build replaced, which its next build renames to `building` and
///   rewrites in place.
struct SiblingFolders: Sendable {
    enum Kind: String, CaseIterable, Sendable {
        case building, old, removing, spare
    }

    struct Folder: Sendable, Equatable {
        var kind: Kind
        var processID: Int32
        var url: URL
    }

    let output: URL

    func url(_ kind: Kind, processID: Int32 = ProcessInfo.processInfo.processIdentifier) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).\(kind.rawValue)-\(processID)", isDirectory: true)
    }

    /// The sibling folders there are now, of any process.
    func all() -> [Folder] {
        let parent = output.deletingLastPathComponent()
        let stem = ".\(output.lastPathComponent)."
        return ((try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []).sorted().compactMap { name in
            guard name.hasPrefix(stem) else { return nil }
            let rest = name.dropFirst(stem.count)
            guard let dash = rest.lastIndex(of: "-"), let kind = Kind(rawValue: String(rest[..<dash])),
                  let processID = Int32(rest[rest.index(after: dash)...]) else { return nil }
            return Folder(kind: kind, processID: processID, url: parent.appendingPathComponent(name, isDirectory: true))
        }
    }

    /// The sibling folders whose process has ended: nobody is writing into them any more.
    func abandoned() -> [Folder] {
        all().filter { $0.processID != ProcessInfo.processInfo.processIdentifier && !Self.isRunning($0.processID) }
    }

    private static func isRunning(_ processID: Int32) -> Bool {
        kill(processID, 0) == 0 || errno != ESRCH
    }
}

extension SiblingFolders {
    /// Deletes a folder that is no longer wanted: first renamed to this process's `removing` name, so that a
    /// deletion cut short never leaves something that looks like a site, then removed on all cores.
    func discard(_ folder: URL) {
        guard let removing = takeForRemoval(folder) else { return }
        FolderRemoval.remove(removing)
    }

    /// Renames `folder` to this process's `removing` name and returns that; nil when the folder is gone. When it cannot
    /// be renamed otherwise, it is deleted where it is (and nil returned).
    func takeForRemoval(_ folder: URL) -> URL? {
        let removing = url(.removing)
        if folder.path != removing.path {
            if rename(folder.path, removing.path) != 0 {
                guard errno != ENOENT else { return nil }
                FolderRemoval.remove(folder)
                return nil
            }
        }
        return removing
    }
}
