import DossierCore
import Foundation

/// A spare made by copying the output, for the dev server's first rebuild (before it, no build replaced a site, so
/// there is no spare to rewrite and the rebuild would write a new folder). It runs on a thread of its own while the
/// server waits for edits: every file the last build recorded is copied (own inodes, not links) into this process's
/// build folder, then the folder is renamed to the spare. The copy holds no list of files, so crash recovery never
/// takes it for a complete site; a copy cut short is deleted.
final class SpareCopy: Sendable {
    private let cancellation: Cancellation
    private let work: BackgroundWork<WrittenSite?>

    /// Starts copying the output `writer` writes, whose files `site` records, into its spare folder.
    init(writer: OutputWriter, site: WrittenSite) {
        let cancellation = Cancellation()
        self.cancellation = cancellation
        work = BackgroundWork { Self.copy(site, from: writer, until: cancellation.isSet) }
    }

    /// Stops the copy at its next file, if it is still running (a copy cut short is deleted; `spare` is then nil).
    func cancel() {
        cancellation.set()
    }

    /// Waits for the copy to end: the spare's record (the output's fingerprints with the copies' disk stamps), or nil
    /// when it was cancelled or failed, and then no spare folder is left.
    var spare: WrittenSite? { work.value }

    /// Copies each file of `site` that the output still holds untouched; returns nil, leaving no folder, when
    /// `cancelled` says so before the end or a file cannot be copied.
    static func copy(_ site: WrittenSite, from writer: OutputWriter, until cancelled: () -> Bool) -> WrittenSite? {
        let folder = writer.stagingFolder
        FolderRemoval.remove(folder)
        let output = open(writer.output.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard output >= 0 else { return nil }
        defer { _ = close(output) }
        guard let tree = try? FileTreeWriter(creating: folder.path, linkingFrom: nil) else { return nil }
        var copied = WrittenSite()
        copied.files.reserveCapacity(site.files.count)
        let paths = site.files.keys.sorted()
        var finished = (try? tree.makeFolders(FileTreeWriter.subfolders(of: paths))) != nil
        var buffer = [UInt8](repeating: 0, count: 1 << 18)
        for path in paths where finished {
            guard !cancelled(), let record = site.files[path] else {
                finished = false
                break
            }
            switch copyFile(path, stamped: record.stamp, from: output, into: tree.descriptor, buffer: &buffer) {
            case .copied(let stamp): copied.files[path] = WrittenFile(fingerprint: record.fingerprint, stamp: stamp)
            case .changed: continue
            case .failed: finished = false
            }
        }
        tree.close()
        guard finished, !cancelled(), rename(folder.path, writer.spareFolder.path) == 0 else {
            writer.discard(folder)
            return nil
        }
        return copied
    }

    private enum Outcome {
        case copied(DiskStamp)
        /// The output's file is not the one the build wrote (changed by hand): not copied, it will be written.
        case changed
        case failed
    }

    /// Copies one file of the output, when its disk stamp is still `stamp` before and after reading, into a new file.
    private static func copyFile(_ path: String, stamped stamp: DiskStamp, from output: Int32, into folder: Int32,
                                 buffer: inout [UInt8]) -> Outcome {
        let source = openat(output, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard source >= 0 else { return .changed }
        defer { _ = close(source) }
        var info = stat()
        guard fstat(source, &info) == 0, DiskStamp(info) == stamp else { return .changed }
        let target = openat(folder, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard target >= 0 else { return .failed }
        var copiedAll = pump(from: source, to: target, buffer: &buffer)
        var copy = stat()
        copiedAll = copiedAll && fstat(target, &copy) == 0
        // Some file systems report a full disk only when the file is closed.
        copiedAll = close(target) == 0 && copiedAll
        guard copiedAll else { return .failed }
        // Changed while it was read: the copy may hold neither version.
        guard fstat(source, &info) == 0, DiskStamp(info) == stamp else {
            return unlinkat(folder, path, 0) == 0 ? .changed : .failed
        }
        return .copied(DiskStamp(copy))
    }

    /// Reads `source` to its end and writes what it reads to `target`.
    private static func pump(from source: Int32, to target: Int32, buffer: inout [UInt8]) -> Bool {
        buffer.withUnsafeMutableBytes { bytes in
            while true {
                let count = read(source, bytes.baseAddress, bytes.count)
                if count == 0 { return true }
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                var written = 0
                while written < count {
                    let step = write(target, bytes.baseAddress! + written, count - written)
                    if step < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    written += step
                }
            }
        }
    }
}

/// A flag one thread sets and another reads.
private final class Cancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    func set() { lock.withLock { value = true } }
    func isSet() -> Bool { lock.withLock { value } }
}
