#if canImport(Glibc)
import Foundation
import Glibc

/// Watches folders with Linux inotify: one watch per folder, added as folders appear.
/// A root that does not exist yet is found through a watch on its parent.
final class InotifyWatcher: FolderWatcher, @unchecked Sendable {
    private let folders: WatchedFolders
    private let descriptor: Int32
    private let lock = NSLock()
    private var stopped = false
    /// Watch descriptor → the folder it watches.
    private var watched: [Int32: String] = [:]
    /// Watch descriptor → the missing roots (by name) waited for in that parent folder.
    private var waitingFor: [Int32: Set<String>] = [:]

    private static let folderEvents = UInt32(IN_CREATE) | UInt32(IN_DELETE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE)
        | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)

    /// Nil when inotify is unavailable or the folders cannot all be watched (the caller polls instead).
    init?(folders: WatchedFolders) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.folders = folders
        self.descriptor = descriptor
        guard watchRoots() else {
            close(descriptor)
            return nil
        }
    }

    func start(onChange: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            run(onChange: onChange)
        }
        thread.name = "dossier-watch"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func run(onChange: @Sendable () -> Void) {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while !isStopped {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 200) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { continue }
            if handleEvents(in: buffer[0..<count]) { onChange() }
        }
        close(descriptor)
    }

    /// Reads a batch of `inotify_event` records; true when one of them should rebuild the site.
    private func handleEvents(in bytes: ArraySlice<UInt8>) -> Bool {
        var relevant = false
        var offset = bytes.startIndex
        let header = 16
        while offset + header <= bytes.endIndex {
            let descriptor = Int32(bitPattern: Self.word(bytes, at: offset))
            let mask = Self.word(bytes, at: offset + 4)
            let length = Int(Self.word(bytes, at: offset + 12))
            let nameBytes = bytes[(offset + header)..<min(offset + header + length, bytes.endIndex)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            offset += header + length
            if handle(descriptor: descriptor, mask: mask, name: name) { relevant = true }
        }
        return relevant
    }

    private func handle(descriptor watch: Int32, mask: UInt32, name: String) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            _ = watchRoots()
            return true
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            lock.withLock {
                watched[watch] = nil
                waitingFor[watch] = nil
            }
            return false
        }
        let (folder, awaited) = lock.withLock { (watched[watch], waitingFor[watch]) }
        guard let folder else { return false }
        if let awaited {
            guard awaited.contains(name) else { return false }
            _ = watchRoots()
            return true
        }
        let path = name.isEmpty ? folder : folder + "/" + name
        let isNewFolder = mask & UInt32(IN_ISDIR) != 0 && mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0
        if isNewFolder && folders.isWatchedFolder(path) {
            addWatch(path)
            folders.subfolders(of: path).forEach { addWatch($0) }
        }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0 && folders.roots.contains(folder) {
            _ = watchRoots()
            return true
        }
        return folders.isRelevant(path)
    }

    /// Watches every existing folder, and the parent of every missing root; false when inotify refuses.
    @discardableResult
    private func watchRoots() -> Bool {
        var succeeded = true
        for folder in folders.existingFolders() where !addWatch(folder) { succeeded = false }
        for root in folders.roots where !WatchedFolders.isFolder(root) {
            let parent = (root as NSString).deletingLastPathComponent
            let name = (root as NSString).lastPathComponent
            // Inside a watched folder the new root shows up as a new folder anyway; a second watch would replace the first.
            if folders.isWatchedFolder(parent) { continue }
            let watch = inotify_add_watch(descriptor, parent, UInt32(IN_CREATE) | UInt32(IN_MOVED_TO))
            if watch >= 0 {
                lock.withLock {
                    watched[watch] = parent
                    waitingFor[watch, default: []].insert(name)
                }
            }
        }
        return succeeded
    }

    @discardableResult
    private func addWatch(_ folder: String) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.folderEvents | UInt32(IN_ONLYDIR))
        guard watch >= 0 else { return false }
        lock.withLock {
            watched[watch] = folder
            waitingFor[watch] = nil
        }
        return true
    }

    /// A 32-bit field of an `inotify_event`, in the machine's byte order.
    private static func word(_ bytes: ArraySlice<UInt8>, at offset: Int) -> UInt32 {
        bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: UInt32.self) }
    }
}
#endif
