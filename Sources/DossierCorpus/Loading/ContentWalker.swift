import DossierCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the article files under the content folder with the directory calls themselves, so that a name is kept
/// as the bytes on disk (a name that is not UTF-8 is reported as such, not mangled), symbolic links are checked
/// before they are followed, and a link loop ends. Every name it reports is shown as the user would type it.
///
/// Paths are listed relative to the content folder's real path; a link to a file or folder inside the content
/// folder is followed and its files listed under their real paths (once, however many links lead to them).
struct ContentWalker {
    /// The real path of the content folder.
    let base: [UInt8]
    /// How the user named the content folder (`content`, or empty for the current folder).
    let displayPath: String

    /// The relative paths found, sorted so that every build sees them in the same order.
    var paths: [String] { found.sorted() }
    private(set) var warnings: [Diagnostic] = []
    private var found: Set<String> = []
    /// Real paths of the folders walked, so that two links to one folder list it once.
    private var walked: Set<[UInt8]> = []

    init(base: [UInt8], displayPath: String) {
        self.base = base
        self.displayPath = displayPath
    }

    /// Walks the whole content folder.
    mutating func walk() {
        walk(directory: base)
    }

    private mutating func walk(directory: [UInt8]) {
        guard walked.insert(directory).inserted else { return }
        guard let entries = Self.entries(of: directory) else {
            warn("cannot open the folder (\(FileBytes.describe(errno))); check its permissions; its articles are skipped",
                 at: directory)
            return
        }
        for (name, type) in entries {
            let path = directory + [UInt8(ascii: "/")] + name
            let kind = type == .unknown ? Self.kind(atPath: path, followingLinks: false) : type
            switch kind {
            case .link: followLink(at: path, name: name)
            case .directory:
                guard nameIsPrintable(name, at: path, what: "folder") else { continue }
                walk(directory: path)
            case .file:
                guard Self.isArticle(name), nameIsPrintable(name, at: path, what: "file") else { continue }
                add(path)
            case .other:
                guard Self.isArticle(name) else { continue }
                warn("is not a regular file (a named pipe, socket or device); dossier reads only files; skipped", at: path)
            case .unknown:
                continue
            }
        }
    }

    /// A link is followed only to a file or folder inside the content folder.
    private mutating func followLink(at path: [UInt8], name: [UInt8]) {
        let target = Self.linkTarget(of: path)
        guard let real = Self.realPath(of: path) else {
            let code = errno
            if code == ELOOP {
                warn("symbolic link loop: the link to \(target) leads back to itself; fix or remove the link; skipped", at: path)
            } else if Self.isArticle(name) {
                let reason = code == ENOENT ? "which does not exist" : "which cannot be reached (\(FileBytes.describe(code)))"
                warn("symbolic link to \(target), \(reason); fix or remove the link; skipped", at: path)
            }
            return
        }
        let kind = Self.kind(atPath: real, followingLinks: false)
        guard kind == .directory || Self.isArticle(name) else { return }
        guard real.starts(with: base + [UInt8(ascii: "/")]) || real == base else {
            warn("symbolic link to \(target), outside the content folder: dossier reads only what is inside it, "
                 + "so that a build never publishes a file from elsewhere (each article is copied into the site); "
                 + "copy the \(kind == .directory ? "folder" : "file") in instead; skipped", at: path)
            return
        }
        guard nameIsPrintable(name, at: path, what: kind == .directory ? "folder" : "file") else { return }
        switch kind {
        case .directory:
            let parent = Array(path[..<(path.lastIndex(of: UInt8(ascii: "/")) ?? 0)])
            if parent == real || parent.starts(with: real + [UInt8(ascii: "/")]) {
                warn("symbolic link loop: the link to \(target) leads to a folder that contains it; remove the link; skipped", at: path)
            } else {
                walk(directory: real)
            }
        case .file:
            add(real)
        default:
            warn("symbolic link to \(target), which is not a regular file; dossier reads only files; skipped", at: path)
        }
    }

    private mutating func add(_ path: [UInt8]) {
        let relative = Array(path.dropFirst(base.count + 1))
        // Reached through a link, a real path can still hold a folder name that is not UTF-8.
        guard let text = String(validating: relative, as: UTF8.self) else {
            warn("the file's path is not valid UTF-8; rename the folders on its way; skipped", at: path)
            return
        }
        found.insert(text)
    }

    /// A name that is not UTF-8 or holds a line break or another control character cannot be printed in a
    /// message or a link, and breaks `path:line:col`; the user is asked to rename it.
    private mutating func nameIsPrintable(_ name: [UInt8], at path: [UInt8], what: String) -> Bool {
        guard let text = String(validating: name, as: UTF8.self) else {
            warn("the \(what) name is not valid UTF-8; rename the \(what)\(what == "folder" ? " (its articles are skipped)" : ""); skipped", at: path)
            return false
        }
        guard !text.unicodeScalars.contains(where: ShellQuotedName.isControl) else {
            let kind = text.contains("\n") || text.contains("\r") ? "a line break" : "a control character"
            warn("the \(what) name holds \(kind); rename the \(what)\(what == "folder" ? " (its articles are skipped)" : ""); skipped", at: path)
            return false
        }
        return true
    }

    private mutating func warn(_ message: String, at path: [UInt8]) {
        warnings.append(.warning(message, at: SourceLocation(file: shown(path))))
    }

    /// The path as the user would type it: the content folder as they named it, then each name shell-quoted.
    func shown(_ path: [UInt8]) -> String {
        let relative = path.count > base.count ? Array(path.dropFirst(base.count + 1)) : []
        let names = relative.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
            .map { ShellQuotedName.shown(Array($0)) }
        let parts = (displayPath.isEmpty ? [] : [displayPath]) + names
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    // MARK: - The system calls

    enum Kind: Equatable {
        case file, directory, link, other, unknown
    }

    /// A `.txt` or `.md` name, in any case.
    static func isArticle<Name: RandomAccessCollection<UInt8>>(_ name: Name) -> Bool where Name.Index == Int {
        func endsWith(_ suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard name.count > count else { return false }
            let start = name.endIndex - count
            // The dot as it is; a letter in either case (`| 0x20` lower-cases an ASCII capital, but would also read the
            // control byte 0x0E as a dot).
            return (0..<count).allSatisfy { position in
                let byte = name[start + position], wanted = suffix.utf8Start[position]
                return wanted == UInt8(ascii: ".") ? byte == wanted : byte | 0x20 == wanted
            }
        }
        return endsWith(".txt") || endsWith(".md")
    }

    /// The names in a folder that the walk looks at, with their type as the folder tells it: folders, links and
    /// articles, not hidden names nor other files (in a folder of 100,000 images, no name is copied). In the
    /// folder's order: what is found is sorted at the end. Nil when the folder cannot be opened.
    static func entries(of directory: [UInt8]) -> [([UInt8], Kind)]? {
        guard let stream = FileBytes.withCString(directory, { opendir($0) }) else { return nil }
        defer { closedir(stream) }
        var entries: [([UInt8], Kind)] = []
        while let entry = readdir(stream) {
            let kind = kind(ofEntryType: entry.pointee.d_type)
            let name: [UInt8]? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                let length = raw.firstIndex(of: 0) ?? raw.count
                let bytes = UnsafeRawBufferPointer(rebasing: raw[..<length])
                guard bytes.first != UInt8(ascii: "."), kind != .file || isArticle(bytes) else { return nil }
                return Array(bytes)
            }
            if let name { entries.append((name, kind)) }
        }
        return entries
    }

    static func kind(ofEntryType type: UInt8) -> Kind {
        switch Int32(type) {
        case Int32(DT_REG): return .file
        case Int32(DT_DIR): return .directory
        case Int32(DT_LNK): return .link
        case Int32(DT_UNKNOWN): return .unknown
        default: return .other
        }
    }

    static func kind(atPath path: [UInt8], followingLinks: Bool) -> Kind {
        var status = stat()
        let result = FileBytes.withCString(path) { followingLinks ? stat($0, &status) : lstat($0, &status) }
        guard result == 0 else { return .unknown }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// The path with every link resolved, or nil with `errno` set (`ELOOP`, `ENOENT`).
    static func realPath(of path: [UInt8]) -> [UInt8]? {
        guard let resolved = FileBytes.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return Array(UnsafeBufferPointer(start: resolved, count: strlen(resolved)).map { UInt8(bitPattern: $0) })
    }

    /// What the link says, as the user would type it (`../../elsewhere.txt`).
    static func linkTarget(of path: [UInt8]) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = FileBytes.withCString(path) { link in
            buffer.withUnsafeMutableBufferPointer { readlink(link, UnsafeMutableRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count - 1) }
        }
        guard count > 0 else { return "?" }
        return Array(buffer[..<count]).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { ShellQuotedName.shown(Array($0)) }.joined(separator: "/")
    }
}
