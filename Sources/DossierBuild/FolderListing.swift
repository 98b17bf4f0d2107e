import Foundation

/// Everything a folder holds, every level down, by path relative to it: read with `readdir`, one open per folder.
struct FolderListing: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case file
        case folder
        /// A symbolic link or anything else that is neither a plain file nor a folder (never followed).
        case other
    }

    private(set) var entries: [String: Kind] = [:]

    /// Lists the folder open at `descriptor`; a subfolder that cannot be read is listed without its contents.
    init(of descriptor: Int32) {
        var pending = [""]
        while let folder = pending.popLast() {
            let opened = openat(descriptor, folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard opened >= 0 else { continue }
            guard let stream = fdopendir(opened) else {
                _ = close(opened)
                continue
            }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                guard name != ".", name != ".." else { continue }
                let path = folder.isEmpty ? name : folder + "/" + name
                let kind = Self.kind(of: entry.pointee.d_type, path: path, in: descriptor)
                entries[path] = kind
                if kind == .folder { pending.append(path) }
            }
        }
    }

    /// The paths of one kind, deepest first (so folders can be removed after what they hold).
    func paths(_ kind: Kind) -> [String] {
        entries.compactMap { $0.value == kind ? $0.key : nil }
            .sorted { ($0.utf8.count(where: { $0 == UInt8(ascii: "/") }), $0) > ($1.utf8.count(where: { $0 == UInt8(ascii: "/") }), $1) }
    }

    subscript(path: String) -> Kind? { entries[path] }

    /// Forgets an entry and, for a folder, what it held.
    mutating func remove(_ path: String) {
        let prefix = path + "/"
        entries = entries.filter { $0.key != path && !$0.key.hasPrefix(prefix) }
    }

    private static func kind(of type: UInt8, path: String, in descriptor: Int32) -> Kind {
        switch Int(type) {
        case Int(DT_REG): return .file
        case Int(DT_DIR): return .folder
        case Int(DT_UNKNOWN):
            var info = stat()
            guard fstatat(descriptor, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .folder
            default: return .other
            }
        default: return .other
        }
    }
}
