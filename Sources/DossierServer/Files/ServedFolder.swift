import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The output folder as the server sees it: a request path becomes a file inside it, or nothing.
/// Every answer is checked on the real path (symlinks resolved), so a link out of the folder is refused.
struct ServedFolder: Sendable {
    /// What a request path leads to.
    enum Resolution: Equatable {
        /// A regular file inside the folder, by its real path.
        case file(String)
        /// A folder asked for without its trailing slash: redirect so relative links work.
        case folderWithoutSlash
        case notFound
        /// The real path lies outside the folder (a symlink out).
        case outside
    }

    /// The folder, as the user gave it; resolved again on every request because each build swaps it.
    let root: URL

    func resolve(_ path: RequestPath) -> Resolution {
        guard let realRoot = Self.realPath(root.path) else { return .notFound }
        let candidate = path.segments.isEmpty ? realRoot : realRoot + "/" + path.relative
        guard let real = Self.realPath(candidate) else { return .notFound }
        guard Self.isInside(real, root: realRoot) else { return .outside }
        switch Self.kind(of: real) {
        case .file:
            return path.endsWithSlash ? .notFound : .file(real)
        case .folder:
            if !path.endsWithSlash && !path.segments.isEmpty { return .folderWithoutSlash }
            guard let index = Self.realPath(real + "/index.html") else { return .notFound }
            guard Self.isInside(index, root: realRoot) else { return .outside }
            return Self.kind(of: index) == .file ? .file(index) : .notFound
        case .other:
            return .notFound
        }
    }

    /// Reads a resolved file; nil when it vanished in between (a rebuild swapped the folder).
    func contents(of realPath: String) -> Data? {
        FileManager.default.contents(atPath: realPath)
    }

    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The canonical absolute path with every symlink resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private enum Kind { case file, folder, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
