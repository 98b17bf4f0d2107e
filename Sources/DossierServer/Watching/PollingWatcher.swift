import Foundation

/// Watches folders by listing them a few times a second: the fallback where inotify is missing or refused.
final class PollingWatcher: FolderWatcher, @unchecked Sendable {
    private let folders: WatchedFolders
    private let interval: TimeInterval
    private let lock = NSLock()
    private var stopped = false

    init(folders: WatchedFolders, interval: TimeInterval = 0.3) {
        self.folders = folders
        self.interval = interval
    }

    func start(onChange: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in
            var last = snapshot()
            while !lock.withLock({ stopped }) {
                Thread.sleep(forTimeInterval: interval)
                let now = snapshot()
                if now != last {
                    last = now
                    onChange()
                }
            }
        }
        thread.name = "dossier-poll"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    /// Path → size and modification time of every relevant file; folders count by their presence only
    /// (their own time changes with every hidden file written in them).
    private func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders.existingFolders() {
            stamps[folder] = FileStamp(size: 0, modified: 0)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = folder + "/" + name
                if folders.isRelevant(path) && !WatchedFolders.isFolder(path) { stamps[path] = FileStamp(path: path) }
            }
        }
        return stamps
    }
}
