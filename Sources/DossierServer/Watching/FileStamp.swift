import Foundation

/// What the polling watcher compares: a file's size and modification time.
struct FileStamp: Equatable {
    var size: Int64
    var modified: Double

    init(size: Int64, modified: Double) {
        self.size = size
        self.modified = modified
    }

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            size = -1
            modified = 0
            return
        }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        modified = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
