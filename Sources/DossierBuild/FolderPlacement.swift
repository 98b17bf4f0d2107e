import Foundation

/// Where the kernel puts a build folder's files, on ext4: away from the inodes the previous site just freed.
///
/// On ext4 without a journal a new file may not take an inode freed in the last minute, and the kernel looks at each
/// such inode on its way to a free one (`recently_deleted` in `find_inode_bit`, reading the inode's table block each
/// time). A folder's files take inodes in its block group, and a new folder lands in its parent's group, or, under a
/// folder marked as the top of a tree (`chattr +T`), in a group picked from a hash of its name. Rebuilt right after
/// the previous site was deleted (what a benchmark that empties the output between runs does, and what a second
/// build within the minute meets after the first one's swap deleted the site before it), the new sections landed
/// where the deleted ones had been: on this machine's ext4 a BBC build spent 0.6 to 2.8 s more in the kernel than into
/// memory, and a perf profile of one showed 40% of all samples in that search.
///
/// So the build folder is marked as the top of a tree, and each section folder is made under a name of its own and
/// then renamed: each lands in a block group of its own, not where the deleted site's sections were. Elsewhere the
/// mark is refused and ignored, and the rename costs nothing. The site's files and names are unchanged.
/// A section that lands where many inodes were just freed all the same is caught as its files are created (see
/// `CreationDetours`).
enum FolderPlacement {
    /// `FS_IOC_GETFLAGS`, `FS_IOC_SETFLAGS` (`<linux/fs.h>`: `_IOR('f', 1, long)`, `_IOW('f', 2, long)`) and
    /// `FS_TOPDIR_FL`; the macros do not reach Swift.
    private static let getFlags: UInt = 0x8008_6601
    private static let setFlags: UInt = 0x4008_6602
    private static let topOfTree: Int32 = 0x0002_0000

    /// Marks the open folder as the top of a directory tree where the file system has the mark; true when it has it.
    @discardableResult
    static func markTopOfTree(_ folder: Int32) -> Bool {
        #if os(Linux)
        var flags: Int32 = 0
        guard ioctl(folder, getFlags, &flags) == 0 else { return false }
        if flags & topOfTree != 0 { return true }
        flags |= topOfTree
        // Read back: a file system may take the call and keep no such mark.
        return ioctl(folder, setFlags, &flags) == 0 && isTopOfTree(folder)
        #else
        return false
        #endif
    }

    /// Whether the open folder is marked as the top of a directory tree.
    static func isTopOfTree(_ folder: Int32) -> Bool {
        #if os(Linux)
        var flags: Int32 = 0
        return ioctl(folder, getFlags, &flags) == 0 && flags & topOfTree != 0
        #else
        return false
        #endif
    }

    /// Makes the folder at `path` (relative to the open folder `parent`, whose own parent folders exist) under a
    /// passing name beside it, then renames it to `path` (or makes it as it is where that fails); false with `errno`
    /// set when it cannot be made.
    static func makeFolder(_ path: String, in parent: Int32) -> Bool {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) + "/" } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let passing = folder + ".\(name).new-\(String(UInt32.random(in: .min ... .max), radix: 16))"
        // Never onto a folder of that name, which a rename would replace if empty, where `mkdirat` refuses (the build
        // folder is this build's own: nothing else makes folders in it meanwhile).
        var existing = stat()
        guard fstatat(parent, path, &existing, AT_SYMLINK_NOFOLLOW) != 0 else {
            errno = EEXIST
            return false
        }
        if mkdirat(parent, passing, 0o777) == 0 {
            if renameat(parent, passing, parent, path) == 0 { return true }
            unlinkat(parent, passing, AT_REMOVEDIR)
        }
        // Where a passing folder cannot be made or renamed, the folder is made as it is.
        return mkdirat(parent, path, 0o777) == 0
    }

    /// A new, empty folder at the top of the open folder `tree`, named `prefix` and a random number, open; nil when none
    /// can be made. Side folders (`CreationDetours`) and moved folders (`FolderRelocation`) are made so: under the
    /// build folder's mark, each lands where the kernel picks afresh.
    static func makePassingFolder(in tree: Int32, prefix: String) -> (name: String, descriptor: Int32)? {
        for _ in 0..<4 {
            let name = prefix + String(UInt32.random(in: .min ... .max), radix: 16)
            guard mkdirat(tree, name, 0o777) == 0 else {
                if errno == EEXIST { continue }
                return nil
            }
            let descriptor = openat(tree, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else {
                unlinkat(tree, name, AT_REMOVEDIR)
                return nil
            }
            return (name, descriptor)
        }
        return nil
    }
}
