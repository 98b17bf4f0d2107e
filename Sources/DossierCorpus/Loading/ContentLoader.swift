import DossierCore
import Foundation

/// The load stage: finds the articles under the content folder and decodes them.
/// An article is any `.txt` or `.md` file under the folder; YAML files at its root are configuration.
public struct ContentLoader: Sendable {
    /// The content folder on disk.
    public let folder: URL
    /// `folder`'s path, which each file's path starts with (an article is read without a URL made for it).
    private let folderPath: String
    /// How the user named the folder, used to print paths (`content`, `../corpus`).
    public var displayPath: String

    /// A test seam: a relative path named by this environment variable is deleted between listing and reading,
    /// so that a test can see what the build says of a file that vanishes while it runs.
    public static let deleteAfterListingVariable = "DOSSIER_TEST_DELETE_AFTER_LISTING"

    public init(folder: URL, displayPath: String) {
        self.folder = folder
        folderPath = folder.path
        self.displayPath = Self.normalizedDisplayPath(displayPath)
    }

    /// The article files, as paths relative to the content folder sorted so that every build sees them in the
    /// same order, and a warning for each file or link that was left out (a name that cannot be printed, a
    /// symbolic link out of the folder or in a loop).
    public func listArticles() throws(Diagnostic) -> (paths: [String], warnings: [Diagnostic]) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folderPath, isDirectory: &isDirectory), isDirectory.boolValue,
              let base = ContentWalker.realPath(of: Array(folderPath.utf8)) else {
            throw .error("content folder not found: create it with your articles, or pass --content DIR (dossier init DIR scaffolds one)",
                         at: SourceLocation(file: displayPath))
        }
        var walker = ContentWalker(base: base, displayPath: displayPath)
        walker.walk()
        if let vanishing = ProcessInfo.processInfo.environment[Self.deleteAfterListingVariable] {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(vanishing))
        }
        return (walker.paths, walker.warnings)
    }

    /// Relative paths of the article files, sorted; the files left out are not reported (see `listArticles`).
    public func articlePaths() throws(Diagnostic) -> [String] {
        try listArticles().paths
    }

    /// Reads one article; a problem with the file is a warning naming it, and the article is skipped.
    public func load(relativePath: String) -> Result<SourceFile, Diagnostic> {
        let shown = displayPath.isEmpty ? relativePath : Self.joined(displayPath, relativePath)
        let bytes: [UInt8]
        switch FileBytes.read(path: Self.joined(folderPath, relativePath)) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return .failure(.warning(Self.message(for: failure), at: SourceLocation(file: shown)))
        }
        let text: String
        switch UTF8Check.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let invalid):
            return .failure(.warning("invalid UTF-8 at byte \(invalid.byteOffset); save the file as UTF-8; skipped",
                                     at: SourceLocation(file: shown, line: invalid.line, column: invalid.column)))
        }
        // Most files have no carriage return; Foundation's replacing copies the whole text even then.
        let normalized = text.containsByte(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var file = SourceFile(path: shown, body: normalized)
        if Self.isMarkdown(relativePath) {
            do {
                let (matter, body, startLine) = try FrontMatterParser.split(normalized, path: shown)
                file = SourceFile(path: shown, body: body, bodyStartLine: startLine, frontMatter: matter, original: normalized)
            } catch {
                return .failure(Diagnostic(.warning, error.message + "; skipped", at: error.location))
            }
        }
        // White space only (as `.whitespacesAndNewlines` counts it), found without copying the text through `NSString`.
        if file.body.unicodeScalars.allSatisfy(\.isInWhitespacesAndNewlines) {
            return .failure(.warning("the article is empty; add its text or remove the file; skipped", at: SourceLocation(file: shown)))
        }
        return .success(file)
    }

    /// `folder/path`, made at its length.
    static func joined(_ folder: String, _ path: String) -> String {
        var joined = ""
        joined.reserveCapacity(folder.utf8.count + 1 + path.utf8.count)
        joined += folder
        joined += "/"
        joined += path
        return joined
    }

    /// Whether `path` ends in `.md`, in any case: an ASCII path's last bytes tell (a byte is a character), any other
    /// is lowercased to be asked.
    static func isMarkdown(_ path: String) -> Bool {
        guard path.isAllASCII else { return path.lowercased().hasSuffix(".md") }
        let last = path.utf8.suffix(3)
        return last.elementsEqual(".md".utf8) { byte, lower in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) == lower
        }
    }

    /// What went wrong reading a listed file, and what to do.
    static func message(for failure: FileBytes.Failure) -> String {
        switch failure {
        case .system(ENOENT):
            return "the file was deleted or moved after the build listed the folder; build again when the folder is settled; skipped"
        case .system(EACCES), .system(EPERM):
            return "cannot read the file (permission denied); make it readable, e.g. chmod a+r; skipped"
        case .system(ELOOP):
            return "the file became a symbolic link after the build listed the folder; build again; skipped"
        case .system(let code):
            return "cannot read the file (\(FileBytes.describe(code))); skipped"
        case .notRegularFile:
            return "is no longer a regular file (it was replaced after the build listed the folder); build again; skipped"
        }
    }

    public static func normalizedDisplayPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "." ? "" : path
    }
}
