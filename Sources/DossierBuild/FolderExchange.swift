import Foundation

/// Swaps two folders in one step, so that whoever looks at either name sees one complete folder or the other.
/// Linux has `renameat2(…, RENAME_EXCHANGE)` (glibc 2.28+, most local file systems); where it is missing or the
/// file system refuses it, `exchange` says so and the caller falls back to two renames.
enum FolderExchange {
    enum Outcome: Equatable {
        case exchanged
        /// The system or the file system cannot exchange; nothing was changed.
        case unsupported
        case failed(Int32)
    }

    /// Swaps the folders at these paths (relative to the open folder `folder`, or to the working folder).
    static func exchange(_ first: String, _ second: String, in folder: Int32 = AT_FDCWD) -> Outcome {
        #if canImport(Glibc)
        guard let renameat2 = Self.renameat2 else { return .unsupported }
        if renameat2(folder, first, folder, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        return [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(code) ? .unsupported : .failed(code)
        #else
        return .unsupported
        #endif
    }

    #if canImport(Glibc)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` from <linux/fs.h>; Glibc's Swift module does not carry the constant.
    private static let renameExchange: UInt32 = 1 << 1

    /// Looked up at run time: Swift's Glibc module does not declare `renameat2`, and `syscall` is variadic.
    private static let renameat2: RenameAt2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}
