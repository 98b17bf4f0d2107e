import DossierCore
import DossierSite
import Foundation

/// Writes files into a new folder with plain POSIX calls: every folder made once up front, then the files'
/// prepared bytes on all cores (open, write, close), each path relative to the folder's descriptor.
struct FileTreeWriter: Sendable {
    /// The folder to create; it must not exist yet.
    let folder: String

    /// How many files one task writes: large enough to keep scheduling cheap, small enough to balance two cores.
    static let filesPerTask = 64

    /// Creates the folder and writes every file, then `last` once all the others are written;
    /// on failure, throws the first one (the folder is left as it is).
    func write(_ files: [SiteFile], last: SiteFile) throws(FileSystemFailure) {
        _ = try write(files, last: last, linkingFrom: nil)
    }

    /// As `write(_:last:)`; with `previous` (a folder and what a build of this process wrote there), a file whose bytes
    /// and disk stamp are unchanged is hard-linked from that folder instead of written, and the result records every
    /// file (`last` aside) for the next build.
    func write(_ files: [SiteFile], last: SiteFile, linkingFrom previous: PreviousFolder?) throws(FileSystemFailure) -> WrittenSite? {
        let name = URL(fileURLWithPath: folder).lastPathComponent
        guard mkdir(folder, 0o777) == 0 else { throw FileSystemFailure("cannot create the build folder beside the output", name) }
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure("cannot open the build folder beside the output", name) }
        defer { close(descriptor) }
        for subfolder in Self.subfolders(of: files.map(\.path)) where mkdirat(descriptor, subfolder, 0o777) != 0 {
            throw FileSystemFailure("cannot create the folder", subfolder)
        }
        let source = previous.flatMap { LinkSource(previous: $0) }
        defer { if let source { close(source.descriptor) } }
        let tasks = stride(from: 0, to: files.count, by: Self.filesPerTask).map { files[$0..<min($0 + Self.filesPerTask, files.count)] }
        let results = ParallelMap.map(tasks) { batch -> Result<[(String, WrittenFile?, Bool)], FileSystemFailure> in
            var done: [(String, WrittenFile?, Bool)] = []
            done.reserveCapacity(batch.count)
            for file in batch {
                let fingerprint = previous == nil ? nil : ContentFingerprint(file.data)
                if let fingerprint, let linked = source?.link(file.path, fingerprint: fingerprint, into: descriptor) {
                    done.append((file.path, linked, true))
                    continue
                }
                switch Self.write(file, in: descriptor) {
                case .failure(let failure): return .failure(failure)
                case .success(let stamp): done.append((file.path, fingerprint.map { WrittenFile(fingerprint: $0, stamp: stamp) }, false))
                }
            }
            return .success(done)
        }
        var site = WrittenSite()
        site.files.reserveCapacity(files.count)
        for result in results {
            switch result {
            case .failure(let failure): throw failure
            case .success(let done):
                for (path, written, linked) in done {
                    if let written { site.files[path] = written }
                    if linked { site.linked += 1 }
                }
            }
        }
        if case .failure(let failure) = Self.write(last, in: descriptor) { throw failure }
        return previous == nil ? nil : site
    }

    /// Every folder the paths need, parents before children.
    static func subfolders(of paths: [String]) -> [String] {
        var folders = Set<Substring>()
        for path in paths {
            var end = path.endIndex
            while let slash = path[..<end].lastIndex(of: "/") {
                guard folders.insert(path[..<slash]).inserted else { break }
                end = slash
            }
        }
        return folders.map(String.init).sorted()
    }

    /// Writes one file; returns its disk stamp, or what went wrong.
    static func write(_ file: SiteFile, in folder: Int32) -> Result<DiskStamp, FileSystemFailure> {
        let descriptor = openat(folder, file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { return .failure(FileSystemFailure("cannot create", file.path)) }
        var failure: FileSystemFailure?
        file.data.withUnsafeBytes { buffer in
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
        var info = stat()
        let stamped = fstat(descriptor, &info) == 0
        // Some file systems report a full disk only when the file is closed.
        if close(descriptor) != 0 && failure == nil { failure = FileSystemFailure("cannot write", file.path) }
        if let failure { return .failure(failure) }
        // A file that cannot be stamped gets a stamp no file on disk has, so it is never linked.
        return .success(stamped ? DiskStamp(info) : DiskStamp(stat()))
    }
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

    /// Links `path` into `folder` when the previous folder holds the same bytes there, untouched since they were
    /// written; nil when it cannot (then the file is written).
    func link(_ path: String, fingerprint: ContentFingerprint, into folder: Int32) -> WrittenFile? {
        guard let old = site.files[path], old.fingerprint == fingerprint else { return nil }
        var info = stat()
        guard fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0, DiskStamp(info) == old.stamp,
              linkat(descriptor, path, folder, path, 0) == 0 else { return nil }
        return old
    }
}
