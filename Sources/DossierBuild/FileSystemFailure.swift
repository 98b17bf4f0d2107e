import Foundation

/// A system call on the file system that failed: what was being done, to which path, and the `errno` it gave.
struct FileSystemFailure: Error, Sendable, CustomStringConvertible {
    var action: String
    var path: String
    var code: Int32

    /// Takes the current `errno`; call it right after the failing call.
    init(_ action: String, _ path: String, code: Int32 = errno) {
        self.action = action
        self.path = path
        self.code = code
    }

    /// The system's own words for the error, e.g. "No space left on device".
    var reason: String { String(cString: strerror(code)) }

    var isOutOfSpace: Bool { code == ENOSPC || code == EDQUOT }
    var isNotPermitted: Bool { code == EACCES || code == EPERM || code == EROFS }

    var description: String { "\(action) `\(path)`: \(reason)" }
}
