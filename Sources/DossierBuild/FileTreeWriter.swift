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
        let name = URL(fileURLWithPath: folder).lastPathComponent
        guard mkdir(folder, 0o777) == 0 else { throw FileSystemFailure("cannot create the build folder beside the output", name) }
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemFailure("cannot open the build folder beside the output", name) }
        defer { close(descriptor) }
        for subfolder in Self.subfolders(of: files.map(\.path)) where mkdirat(descriptor, subfolder, 0o777) != 0 {
            throw FileSystemFailure("cannot create the folder", subfolder)
        }
        let tasks = stride(from: 0, to: files.count, by: Self.filesPerTask).map { files[$0..<min($0 + Self.filesPerTask, files.count)] }
        let failures = ParallelMap.map(tasks) { batch -> FileSystemFailure? in
            for file in batch {
                if let failure = Self.write(file, in: descriptor) { return failure }
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        if let failure = Self.write(last, in: descriptor) { throw failure }
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

    /// Writes one file; returns what went wrong, if anything.
    static func write(_ file: SiteFile, in folder: Int32) -> FileSystemFailure? {
        let descriptor = openat(folder, file.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard descriptor >= 0 else { return FileSystemFailure("cannot create", file.path) }
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
        // Some file systems report a full disk only when the file is closed.
        if close(descriptor) != 0 && failure == nil { failure = FileSystemFailure("cannot write", file.path) }
        return failure
    }
}
