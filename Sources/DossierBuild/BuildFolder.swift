import DossierCore
import DossierSite
import Foundation

/// The build folder beside the output while the site goes into it: files are written as soon as they are made, in
/// groups, so that the whole site is never held in memory. A file replaces any file of the same path from an earlier
/// group (as when each file overwrote the one before). `finish` writes the list of files last and swaps the folder in;
/// after any failure the folder is deleted and the output is left as it was.
/// The dev server's builds rewrite the site the build before replaced (the spare) instead of a new folder: only the
/// files whose bytes changed are written, and what the new site does not hold is deleted at the end.
final class BuildFolder: SiteFileSink, @unchecked Sendable {
    // Used by one thread at a time (the pipeline's); only `tree` is shared with the threads that write files.
    private let writer: OutputWriter
    private let folder: URL
    private let tree: FileTreeWriter
    private let fingerprinting: Bool
    /// Each file placed so far, by path.
    private var placed: [String: PlacedFile] = [:]
    private var madeFolders = Set<String>()
    /// What the reused spare held when it was opened (its list of files aside), updated as entries are removed.
    private var spareEntries: FolderListing?
    /// What the output held before this build, which becomes the spare when the build keeps the replaced site.
    private let previous: WrittenSite?
    private var isOpen = true

    /// Opens a build folder. With `fingerprinting`, the folder records what it holds for the next build of this
    /// process, `previous` (what that build wrote into the output) lets unchanged files be hard-linked from it, and
    /// the replaced site is kept as the spare; with `spare` (what the spare holds), the spare is rewritten in place.
    init(writer: OutputWriter, fingerprinting: Bool, previous: WrittenSite?, spare: WrittenSite? = nil) throws(Diagnostic) {
        self.writer = writer
        self.fingerprinting = fingerprinting
        self.previous = previous
        folder = writer.stagingFolder
        writer.recoverInterruptedBuilds()
        FolderRemoval.remove(folder)
        do throws(FileSystemFailure) {
            try writer.makeMissingParentFolders()
            let linkSource = fingerprinting ? PreviousFolder(path: writer.output.path, site: previous) : nil
            if fingerprinting, let spare, rename(writer.spareFolder.path, folder.path) == 0 {
                tree = try FileTreeWriter(reusing: folder.path, spare: spare, linkingFrom: linkSource)
                // No longer a complete site from here on, until `finish` writes the new list of files.
                guard unlinkat(tree.descriptor, SiteManifest.fileName, 0) == 0 || errno == ENOENT else {
                    throw FileSystemFailure("cannot rewrite", SiteManifest.fileName)
                }
                spareEntries = FolderListing(of: tree.descriptor)
            } else {
                writer.discard(writer.spareFolder)
                tree = try FileTreeWriter(creating: folder.path, linkingFrom: linkSource, detouring: true, creationClock: writer.creationClock)
            }
        } catch {
            writer.discard(folder)
            throw writer.diagnostic(for: error)
        }
    }

    deinit {
        if isOpen { discard() }
    }

    /// How many files the folder holds (the list of files aside).
    var fileCount: Int { placed.count }

    /// Places files whose bytes are those the output holds now at their paths (see `FileTreeWriter.placeUnchanged`);
    /// returns the paths it could not place, in their order, whose files must be added with their bytes.
    func addUnchanged(_ paths: [String]) throws(Diagnostic) -> [String] {
        guard fingerprinting else { return paths }
        try prepare(paths)
        let lanes = DirectoryLanes<String, Result<(placed: [PlacedFile], missing: [String]), FileSystemFailure>>(
            path: { $0 }, isFailure: Self.isFailure, write: { [tree] in tree.placeUnchanged($0) })
        _ = ParallelMap.map(Self.batches(of: paths)) { lanes.hand($0) }
        var missing = Set<String>()
        for result in lanes.finish() {
            switch result {
            case .failure(let failure): try fail(failure)
            case .success(let done):
                for file in done.placed { placed[file.path] = file }
                missing.formUnion(done.missing)
            }
        }
        return paths.filter(missing.contains)
    }

    /// Writes a group of files: of several with one path, the last.
    func add(_ files: [SiteFile]) throws(Diagnostic) {
        let group = OutputWriter.lastOfEachPath(files)
        try prepare(group.map(\.path))
        let lanes = fileLanes()
        _ = ParallelMap.map(Self.batches(of: group)) { lanes.hand($0) }
        try record(lanes.finish())
    }

    /// Makes the files of each item and writes them on all cores, each item's as soon as they are made, the items of
    /// highest `cost` first (so that the largest page is not made alone at the end). `paths` names the files an item
    /// makes before it makes them; when two items name one path, the files are made first and written as one group.
    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], cost: (Item) -> Int,
                             making make: @Sendable (Item) -> [SiteFile]) throws(Diagnostic) {
        let named = items.flatMap(paths)
        guard Set(named).count == named.count else {
            try add(ParallelMap.map(items, costliestFirst: cost, make).flatMap { $0 })
            return
        }
        try prepare(named)
        let lanes = fileLanes()
        _ = ParallelMap.map(items, costliestFirst: cost) { lanes.hand(make($0)) }
        try record(lanes.finish())
    }

    /// Lanes that place files into the folder, one folder by one thread at a time (see `DirectoryLanes`).
    private func fileLanes() -> DirectoryLanes<SiteFile, Result<[PlacedFile], FileSystemFailure>> {
        DirectoryLanes(path: \.path, isFailure: Self.isFailure) { [tree, fingerprinting] in tree.place($0, fingerprinting: fingerprinting) }
    }

    private static func isFailure<Success>(_ result: Result<Success, FileSystemFailure>) -> Bool {
        if case .failure = result { return true }
        return false
    }

    /// Consecutive runs of `filesPerTask` elements, handed to the lanes from all cores.
    private static func batches<Element>(of elements: [Element]) -> [[Element]] {
        stride(from: 0, to: elements.count, by: filesPerTask).map { Array(elements[$0..<min($0 + filesPerTask, elements.count)]) }
    }

    /// Deletes what a reused spare holds that the new site does not, writes the list of files last, swaps the folder
    /// in for the output and keeps the previous site as the spare (when fingerprinting) or deletes it.
    func finish() throws(Diagnostic) -> FinishedSite {
        try checkOpen()
        do throws(FileSystemFailure) {
            try removeLeftovers()
            try tree.removeSideFolders()
        } catch {
            try fail(error)
        }
        let manifest = SiteManifest(placed.values.map { SiteManifest.Entry(path: $0.path, bytes: $0.bytes) })
        let encoded = manifest.encoded()
        if case .failure(let failure) = FileTreeWriter.write(SiteFile(path: SiteManifest.fileName, data: encoded), in: tree.descriptor, stamping: false) {
            try fail(failure)
        }
        tree.close()
        isOpen = false
        let keptSpare: Bool
        do throws(FileSystemFailure) {
            keptSpare = try writer.swapIn(folder, keepingReplaced: fingerprinting, siteFiles: placed.count)
        } catch {
            writer.discard(folder)
            throw writer.diagnostic(for: error)
        }
        var finished = FinishedSite(fileCount: placed.count)
        for file in placed.values {
            switch file.how {
            case .written: break
            case .linked: finished.linked += 1
            case .copied: finished.copied += 1
            case .kept: finished.kept += 1
            }
        }
        guard fingerprinting else { return finished }
        var site = WrittenSite()
        site.files.reserveCapacity(placed.count)
        for file in placed.values {
            if let record = file.written { site.files[file.path] = record }
        }
        finished.written = site
        // A replaced site this process did not record (the first build's) is still a spare: its files are rewritten.
        if keptSpare { finished.spare = previous ?? WrittenSite() }
        return finished
    }

    /// Deletes the files and folders a reused spare held that the new site does not hold.
    private func removeLeftovers() throws(FileSystemFailure) {
        guard let spareEntries else { return }
        for path in spareEntries.paths(.file) + spareEntries.paths(.other) where placed[path] == nil {
            guard unlinkat(tree.descriptor, path, 0) == 0 || errno == ENOENT else { throw FileSystemFailure("cannot delete", path) }
        }
        let needed = Set(FileTreeWriter.subfolders(of: Array(placed.keys)))
        for path in spareEntries.paths(.folder) where !needed.contains(path) {
            guard unlinkat(tree.descriptor, path, AT_REMOVEDIR) == 0 || errno == ENOENT else { throw FileSystemFailure("cannot delete", path) }
        }
    }

    /// Deletes the folder (a build that stopped).
    func discard() {
        guard isOpen else { return }
        isOpen = false
        tree.close()
        writer.discard(folder)
    }

    /// How many files one task hands to the lanes: large enough to keep scheduling cheap, small enough to balance cores.
    static let filesPerTask = 64

    /// Refuses paths outside the folder and the list of files' own name; removes earlier files of these paths, makes
    /// the folders the paths need and announces the paths to the folder's detours (see `CreationDetours.expect`).
    private func prepare(_ paths: [String]) throws(Diagnostic) {
        try checkOpen()
        if let unsafe = paths.first(where: { !SafePath.isContained($0) }) {
            discard()
            throw .error("refused to write `\(unsafe)` outside the output folder")
        }
        if paths.contains(SiteManifest.fileName) {
            discard()
            throw .error("`\(SiteManifest.fileName)` is the name of the site's list of files; rename the template file of that name",
                         at: writer.location)
        }
        // Room for the paths before they are recorded: growing the table as they come hashed each path again per growth.
        placed.reserveCapacity(placed.count + paths.count)
        do throws(FileSystemFailure) {
            for path in paths where placed[path] != nil {
                try tree.remove(path)
                placed[path] = nil
            }
            let folders = FileTreeWriter.subfolders(of: paths, besides: madeFolders)
            try tree.makeFolders(try foldersToMake(folders))
            madeFolders.formUnion(folders)
            tree.expect(paths)
            if spareEntries != nil {
                for path in paths where spareEntries?[path] == .folder {
                    FolderRemoval.remove(folder.appendingPathComponent(path, isDirectory: true))
                    spareEntries?.remove(path)
                }
            }
        } catch {
            try fail(error)
        }
    }

    /// Of the folders the paths need, those a reused spare does not hold yet; a file in the spare where a folder is
    /// needed is deleted first.
    private func foldersToMake(_ folders: [String]) throws(FileSystemFailure) -> [String] {
        guard spareEntries != nil else { return folders }
        var missing: [String] = []
        for path in folders {
            switch spareEntries?[path] {
            case .folder?: continue
            case nil: break
            case .file?, .other?:
                try tree.remove(path)
                spareEntries?.remove(path)
            }
            missing.append(path)
        }
        return missing
    }

    private func record(_ results: [Result<[PlacedFile], FileSystemFailure>]) throws(Diagnostic) {
        for result in results {
            switch result {
            case .failure(let failure): try fail(failure)
            case .success(let files):
                for file in files { placed[file.path] = file }
            }
        }
    }

    private func fail(_ failure: FileSystemFailure) throws(Diagnostic) -> Never {
        discard()
        throw writer.diagnostic(for: failure)
    }

    private func checkOpen() throws(Diagnostic) {
        guard isOpen else { throw .error("the build folder was already closed", at: writer.location) }
    }
}

/// What `BuildFolder.finish` did: how many files the site holds and how each got there, and with fingerprinting, what
/// the output holds now and what the spare (the replaced site, kept for the next build to rewrite) holds.
struct FinishedSite: Sendable {
    var fileCount: Int
    var linked = 0
    var kept = 0
    var copied = 0
    var written: WrittenSite?
    var spare: WrittenSite?
}
