import DossierCore
import Foundation

/// The files a build left in the output folder: for each path, a fingerprint of its bytes and which file on disk
/// holds them, so the next build in the same process can hard-link a file whose bytes did not change instead of
/// writing it again.
struct WrittenSite: Sendable {
    var files: [String: WrittenFile] = [:]
}

/// One file as written: its bytes' fingerprint and the file on disk.
struct WrittenFile: Sendable, Equatable {
    var fingerprint: ContentFingerprint
    var stamp: DiskStamp
}

/// Which file on disk, and whether it changed since: device, inode, size and modification time
/// (a file edited or replaced by hand has another stamp, so it is written again rather than linked).
struct DiskStamp: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modifiedSeconds = Int(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
