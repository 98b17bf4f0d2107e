import DossierCore
import DossierSite
import Foundation

/// The build folder beside the output while the site goes into it: files are written as soon as they are made, in
/// groups, so that the whole site is never held in memory. A file replaces any file of the same path from an earlier
/// group (as when each file overwrote the one before). `finish` writes the list of files last and swaps the folder in;
/// after any failure the folder is deleted and the output is left as it was.
final class BuildFolder: SiteFileSink, @unchecked Sendable {
    // Used by one thread at a time (the pipeline's); only `tree` is shared with the threads that write files.
    private let writer: OutputWriter
    private let folder: URL
    private let tree: FileTreeWriter
    private let fingerprinting: Bool
    /// Each file placed so far, by path.
    private var placed: [String: PlacedFile] = [:]
    private var madeFolders = Set<String>()
    private var isOpen = true

    /// Opens a new build folder. With `fingerprinting`, the folder records what it holds for the next build of this
    /// process, and `previous` (what that build wrote into the output) lets unchanged files be hard-linked from it.
    init(writer: OutputWriter, fingerprinting: Bool, previous: WrittenSite?) throws(Diagnostic) {
        self.writer = writer
        self.fingerprinting = fingerprinting
        folder = writer.stagingFolder
        writer.recoverInterruptedBuilds()
        FolderRemoval.remove(folder)
        do throws(FileSystemFailure) {
            try writer.makeMissingParentFolders()
            let linkSource = fingerprinting ? PreviousFolder(path: writer.output.path, site: previous) : nil
            tree = try FileTreeWriter(creating: folder.path, linkingFrom: linkSource)
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

    /// Writes a group of files: of several with one path, the last.
    func add(_ files: [SiteFile]) throws(Diagnostic) {
        let group = OutputWriter.lastOfEachPath(files)
        try prepare(group.map(\.path))
        let batches = stride(from: 0, to: group.count, by: Self.filesPerTask).map { Array(group[$0..<min($0 + Self.filesPerTask, group.count)]) }
        try record(ParallelMap.map(batches) { [tree, fingerprinting] in tree.place($0, fingerprinting: fingerprinting) })
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
        try record(ParallelMap.map(items, costliestFirst: cost) { [tree, fingerprinting] in tree.place(make($0), fingerprinting: fingerprinting) })
    }

    /// Writes the list of files last, swaps the folder in for the output and deletes the previous site.
    /// Returns what the output now holds when the folder was fingerprinting.
    func finish() throws(Diagnostic) -> WrittenSite? {
        try checkOpen()
        let manifest = SiteManifest(placed.values.map { SiteManifest.Entry(path: $0.path, bytes: $0.bytes) })
        guard let encoded = try? manifest.encoded() else {
            discard()
            throw .error("cannot write the site: the list of files does not encode; the previous output is unchanged", at: writer.location)
        }
        if case .failure(let failure) = FileTreeWriter.write(SiteFile(path: SiteManifest.fileName, data: encoded), in: tree.descriptor, stamping: false) {
            try fail(failure)
        }
        tree.close()
        isOpen = false
        do throws(FileSystemFailure) {
            try writer.swapIn(folder)
        } catch {
            writer.discard(folder)
            throw writer.diagnostic(for: error)
        }
        guard fingerprinting else { return nil }
        var site = WrittenSite()
        site.files.reserveCapacity(placed.count)
        for file in placed.values {
            if let record = file.written { site.files[file.path] = record }
            if file.linked { site.linked += 1 }
        }
        return site
    }

    /// Deletes the folder (a build that stopped).
    func discard() {
        guard isOpen else { return }
        isOpen = false
        tree.close()
        writer.discard(folder)
    }

    /// How many files one task writes: large enough to keep scheduling cheap, small enough to balance two cores.
    static let filesPerTask = 64

    /// Refuses paths outside the folder and the list of files' own name; removes earlier files of these paths and
    /// makes the folders the paths need.
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
        do throws(FileSystemFailure) {
            for path in paths where placed[path] != nil {
                try tree.remove(path)
                placed[path] = nil
            }
            let folders = FileTreeWriter.subfolders(of: paths, besides: madeFolders)
            try tree.makeFolders(folders)
            madeFolders.formUnion(folders)
        } catch {
            try fail(error)
        }
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
