import DossierCore
import DossierSite
import Foundation

/// Writes files into a new folder with plain POSIX calls, each path relative to the folder's descriptor: one
/// open (create, write-only, truncate), the writes and one close per file. Any number of threads may place files at
/// once, as long as no two place the same path and the folders they need were made first (`makeFolders`).
struct FileTreeWriter: Sendable {
    /// The folder's descriptor, open until `close()`.
    let descriptor: Int32
    /// The folder a build of this process wrote before, whose unchanged files are hard-linked rather than written.
    private let source: LinkSource?
    /// What a reused folder held when it was opened; nil for a new folder.
    private let spare: WrittenSite?
    /// Where the new folder's files are created once creating them at their paths gets slow; nil creates each at its path.
    private let detours: CreationDetours?

    /// Creates the folder, which must not exist yet, and opens it; with `previous` (a folder and what a build of
    /// this process wrote there), a file whose bytes and disk stamp are unchanged is hard-linked from that folder
    /// instead of written. With `detouring`, files whose creation gets slow are created elsewhere in the folder and
    /// renamed into place (see `CreationDetours`; `removeSideFolders` must then come before the folder is complete),
    /// each creation timed by `creationClock` (nil: the system's clocks, see `CreationDetours.create`).
    init(creating folder: String, linkingFrom previous: PreviousFolder?, detouring: Bool = false,
         creationClock: (@Sendable () -> UInt64)? = nil) throws(FileSystemFailure) {
        let name = URL(fileURLWithPath: folder).lastPathComponent
        guard mkdir(folder, 0o777) == 0 else { throw FileSystemFailure("cannot create the build folder beside the output", name) }
        try self.init(opening: folder, spare: nil, linkingFrom: previous, detouring: detouring, creationClock: creationClock)
        FolderPlacement.markTopOfTree(descriptor)
    }

    /// Opens a folder that holds an earlier site of this process, as `spare` records it, to rewrite it in place: a file
    /// whose bytes and disk stamp are those recorded is left alone, a file with no other link is overwritten, and a
    /// file linked elsewhere (into the output) is replaced, never written through.
    init(reusing folder: String, spare: WrittenSite, linkingFrom previous: PreviousFolder?) throws(FileSystemFailure) {
        try self.init(opening: folder, spare: spare, linkingFrom: previous)
    }

    private init(opening folder: String, spare: WrittenSite?, linkingFrom previous: PreviousFolder?, detouring: Bool = false,
                 creationClock: (@Sendable () -> UInt64)? = nil) throws(FileSystemFailure) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure("cannot open the build folder beside the output", URL(fileURLWithPath: folder).lastPathComponent) }
        self.spare = spare
        source = previous.flatMap { LinkSource(previous: $0) }
        detours = detouring ? CreationDetours(tree: descriptor, creationClock: creationClock) : nil
    }

    /// Deletes the side folders files were created in (see `CreationDetours`), empty once every file is placed.
    func removeSideFolders() throws(FileSystemFailure) {
        guard let failure = detours?.removeSideFolders() else { return }
        throw FileSystemFailure("cannot delete", failure.name, code: failure.code)
    }

    func close() {
        _ = Foundation.close(descriptor)
        if let source { _ = Foundation.close(source.descriptor) }
    }

    /// Announces files about to be placed at these paths (see `CreationDetours.expect`).
    func expect(_ paths: [String]) {
        detours?.expect(paths)
    }

    /// Makes these folders, parents before children (see `subfolders(of:)`), each placed as `FolderPlacement` says.
    func makeFolders(_ folders: [String]) throws(FileSystemFailure) {
        for folder in folders where !FolderPlacement.makeFolder(folder, in: descriptor) {
            throw FileSystemFailure("cannot create the folder", folder)
        }
    }

    /// Deletes a file placed before (another file of its path replaces it: it is never written through, since it may
    /// be a link to the previous output).
    func remove(_ path: String) throws(FileSystemFailure) {
        guard unlinkat(descriptor, path, 0) == 0 || errno == ENOENT else { throw FileSystemFailure("cannot replace", path) }
    }

    /// Places each file, in order; stops at the first failure. With `fingerprinting`, each placed file is recorded
    /// with its bytes' fingerprint and disk stamp, for the next build of this process.
    func place(_ files: [SiteFile], fingerprinting: Bool) -> Result<[PlacedFile], FileSystemFailure> {
        var placed: [PlacedFile] = []
        placed.reserveCapacity(files.count)
        for file in files {
            let fingerprint = fingerprinting ? file.withUnsafeBytes(ContentFingerprint.init(bytes:)) : nil
            let here = existing(file.path)
            if let fingerprint, let here, let kept = keeps(file.path, here, fingerprint: fingerprint) {
                placed.append(PlacedFile(path: file.path, bytes: file.count, written: kept, how: .kept))
                continue
            }
            let unchanged = fingerprint.flatMap { source?.unchanged(file.path, fingerprint: $0) }
            // A sole file of a reused folder is written over (see `write`), even where the previous folder has these
            // bytes to link: deleting it would free its blocks.
            let writtenOver = here?.isSoleFile == true
            if let old = unchanged, !writtenOver {
                if here != nil && unlinkat(descriptor, file.path, 0) != 0 { return .failure(FileSystemFailure("cannot replace", file.path)) }
                if source?.link(file.path, into: descriptor) == true {
                    placed.append(PlacedFile(path: file.path, bytes: file.count, written: old, how: .linked))
                    continue
                }
            } else if let here, !here.isSoleFile, unlinkat(descriptor, file.path, 0) != 0 {
                return .failure(FileSystemFailure("cannot replace", file.path))
            }
            switch Self.write(file, in: descriptor, stamping: fingerprinting, over: writtenOver ? here?.size : nil, detours: detours) {
            case .failure(let failure): return .failure(failure)
            case .success(let stamp):
                placed.append(PlacedFile(path: file.path, bytes: file.count, written: fingerprint.map { WrittenFile(fingerprint: $0, stamp: stamp) },
                                         how: writtenOver && unchanged != nil ? .copied : .written))
            }
        }
        return .success(placed)
    }

    /// Places files whose bytes are those the previous folder holds at their paths, without having them: each is left
    /// alone where the reused folder holds the same bytes, else hard-linked from the previous folder. Returns the files
    /// placed and the paths that could not be (not recorded there, or changed since): those must be given with bytes.
    func placeUnchanged(_ paths: [String]) -> Result<(placed: [PlacedFile], missing: [String]), FileSystemFailure> {
        var placed: [PlacedFile] = []
        var missing: [String] = []
        for path in paths {
            guard let source, let old = source.intact(path) else {
                missing.append(path)
                continue
            }
            let here = existing(path)
            if let here, let kept = keeps(path, here, fingerprint: old.fingerprint) {
                placed.append(PlacedFile(path: path, bytes: old.fingerprint.count, written: kept, how: .kept))
                continue
            }
            // A sole file is written over with the previous folder's bytes rather than deleted for a link (see `write`).
            if let here, here.isSoleFile {
                guard let bytes = source.bytes(of: path, count: old.fingerprint.count) else {
                    missing.append(path)
                    continue
                }
                switch Self.write(SiteFile(path: path, data: bytes), in: descriptor, stamping: true, over: here.size) {
                case .failure(let failure): return .failure(failure)
                case .success(let stamp):
                    placed.append(PlacedFile(path: path, bytes: bytes.count, written: WrittenFile(fingerprint: old.fingerprint, stamp: stamp), how: .copied))
                }
                continue
            }
            if here != nil && unlinkat(descriptor, path, 0) != 0 { return .failure(FileSystemFailure("cannot replace", path)) }
            if source.link(path, into: descriptor) {
                placed.append(PlacedFile(path: path, bytes: old.fingerprint.count, written: old, how: .linked))
            } else {
                missing.append(path)
            }
        }
        return .success((placed, missing))
    }

    /// What a reused folder holds at `path` now; nil when it holds nothing there or the folder is new.
    private func existing(_ path: String) -> ExistingEntry? {
        guard spare != nil else { return nil }
        var info = stat()
        guard fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return ExistingEntry(info: info)
    }

    /// The record of a reused folder's file that already holds these bytes, untouched since it was recorded.
    private func keeps(_ path: String, _ here: ExistingEntry, fingerprint: ContentFingerprint) -> WrittenFile? {
        guard here.isFile, let old = spare?.files[path], old.fingerprint == fingerprint, old.stamp == DiskStamp(here.info) else { return nil }
        return old
    }

    /// Every folder the paths need, parents before children, leaving out those in `made`. A folder ends at a slash byte
    /// (as the file system reads a path); a run of paths in one folder (a site lists each section's pages together) is
    /// looked at once.
    static func subfolders(of paths: [String], besides made: Set<String> = []) -> [String] {
        var folders = Set<Substring>()
        var previous: Substring?
        for path in paths {
            guard var slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let folder = path[..<slash]
            if let previous, previous.utf8.elementsEqual(folder.utf8) { continue }
            previous = folder
            while true {
                let folder = path[..<slash]
                guard !made.contains(String(folder)), folders.insert(folder).inserted,
                      let parent = path.utf8[..<slash].lastIndex(of: UInt8(ascii: "/")) else { break }
                slash = parent
            }
        }
        return folders.map(String.init).sorted()
    }

    /// Writes one file; returns its disk stamp when asked for one (else a stamp no file has), or what went wrong.
    ///
    /// `over`, the size of a file already at the path that no other folder links to, has it written over from its start
    /// and then cut to the new length, instead of emptied first: emptying a file frees its blocks, and on a file system
    /// mounted with `discard` (this project's machines: ext4) each freed run of blocks waits for the disk to discard it,
    /// behind whatever the system is writing back meanwhile. A dev server's rebuild 30 s after the one before rewrote
    /// its spare's pages at about 1 ms a file that way.
    /// `detours`, for a file created anew (`over` nil), decides where it is created (see `CreationDetours`).
    static func write(_ file: SiteFile, in folder: Int32, stamping: Bool = true, over existingSize: Int64? = nil,
                      detours: CreationDetours? = nil) -> Result<DiskStamp, FileSystemFailure> {
        let created: CreationDetours.Created
        if let detours, existingSize == nil {
            created = detours.create(file.path)
        } else {
            let emptying = existingSize == nil ? O_TRUNC : 0
            created = CreationDetours.Created(descriptor: openat(folder, file.path, O_WRONLY | O_CREAT | emptying | O_CLOEXEC | O_NOFOLLOW, 0o666))
        }
        let descriptor = created.descriptor
        guard descriptor >= 0 else { return .failure(FileSystemFailure("cannot create", file.path)) }
        var failure: FileSystemFailure?
        file.withUnsafeBytes { buffer in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = FileSystemFailure("cannot write", file.path)
                    return
                }
                next += written
                left -= written
            }
        }
        if failure == nil, let existingSize, existingSize > Int64(file.count), ftruncate(descriptor, off_t(file.count)) != 0 {
            failure = FileSystemFailure("cannot write", file.path)
        }
        if failure == nil, let detours, !detours.settle(created, at: file.path) {
            failure = FileSystemFailure("cannot create", file.path)
        }
        var info = stat()
        let stamped = stamping && fstat(descriptor, &info) == 0
        // Some file systems report a full disk only when the file is closed.
        if Foundation.close(descriptor) != 0 && failure == nil { failure = FileSystemFailure("cannot write", file.path) }
        if let failure { return .failure(failure) }
        // A file that cannot be stamped gets a stamp no file on disk has, so it is never linked.
        return .success(stamped ? DiskStamp(info) : DiskStamp(stat()))
    }
}

/// A file as placed in the folder: its size for the list of files, and, when asked for, what the next build needs
/// to link it.
struct PlacedFile: Sendable {
    enum How: Sendable {
        /// Written from its bytes.
        case written
        /// Hard-linked from the previous folder.
        case linked
        /// Copied from the previous folder over a reused folder's own file at its path.
        case copied
        /// Left as a reused folder held it.
        case kept
    }

    var path: String
    var bytes: Int
    var written: WrittenFile?
    var how: How
}

/// An entry a reused folder holds, as `fstatat` saw it (links not followed).
private struct ExistingEntry {
    var info: stat

    var isFile: Bool { info.st_mode & S_IFMT == S_IFREG }
    var size: Int64 { Int64(info.st_size) }
    /// A plain file that no other folder links to: it may be overwritten in place.
    var isSoleFile: Bool { isFile && info.st_nlink == 1 }
}

/// A folder a build of this process wrote, and what it wrote there.
struct PreviousFolder: Sendable {
    var path: String
    var site: WrittenSite?
}

/// The previous folder, open, for hard-linking its unchanged files into the new one.
private struct LinkSource: Sendable {
    let descriptor: Int32
    let site: WrittenSite

    init?(previous: PreviousFolder) {
        guard let site = previous.site else { return nil }
        let descriptor = open(previous.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.site = site
    }

    /// The record of the previous folder's file at `path` when it holds these bytes, untouched since they were written.
    func unchanged(_ path: String, fingerprint: ContentFingerprint) -> WrittenFile? {
        guard let old = site.files[path], old.fingerprint == fingerprint else { return nil }
        return intact(path)
    }

    /// The record of the previous folder's file at `path` when it is untouched since it was written.
    func intact(_ path: String) -> WrittenFile? {
        guard let old = site.files[path] else { return nil }
        var info = stat()
        guard fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0, DiskStamp(info) == old.stamp else { return nil }
        return old
    }

    /// The bytes of the previous folder's file at `path` when it holds `count` of them; nil when it cannot be read so.
    func bytes(of path: String, count: Int) -> Data? {
        let file = openat(descriptor, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard file >= 0 else { return nil }
        defer { _ = Foundation.close(file) }
        var bytes = Data(count: count + 1)
        var total = 0
        let complete = bytes.withUnsafeMutableBytes { buffer -> Bool in
            while total < buffer.count {
                let read = Foundation.read(file, buffer.baseAddress! + total, buffer.count - total)
                if read < 0 && errno == EINTR { continue }
                guard read > 0 else { return read == 0 }
                total += read
            }
            return true
        }
        guard complete, total == count else { return nil }
        bytes.count = count
        return bytes
    }

    /// Hard-links the previous folder's file at `path` into `folder`, where nothing is at that path.
    func link(_ path: String, into folder: Int32) -> Bool {
        linkat(descriptor, path, folder, path, 0) == 0
    }
}
