#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file with the system calls themselves, keeping the reason (`errno`) when it fails,
/// so that a file that vanished is told apart from one that cannot be read.
enum FileBytes {
    /// Why a file could not be read.
    enum Failure: Error, Equatable {
        /// The system's error number (`ENOENT`, `EACCES`, …).
        case system(Int32)
        /// The path is there but is a folder, a named pipe or a device, not a file.
        case notRegularFile
    }

    /// The file's bytes. The last component is not followed if it is a symbolic link (`O_NOFOLLOW`): the listing
    /// resolved every link already, so a link here appeared after the listing. `O_NONBLOCK` keeps a named pipe
    /// swapped in for the file from blocking the build.
    static func read(path: String) -> Result<[UInt8], Failure> {
        let descriptor = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return .failure(.system(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.system(errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile) }
        // A byte more than the file's size: the read that finds the end has room, and the buffer is not grown for it.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: [UInt8](repeating: 0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, buffer, count)
        #else
        Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// Calls `body` with the bytes as a NUL-terminated C string.
    static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) }
        }
    }

    /// The system's description of an error number (`Permission denied`).
    static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
