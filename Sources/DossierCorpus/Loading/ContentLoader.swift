import DossierCore
import Foundation

/// The load stage: finds the articles under the content folder and decodes them.
/// An article is any `.txt` or `.md` file under the folder; YAML files at its root are configuration.
public struct ContentLoader: Sendable {
    /// The content folder on disk.
    public var folder: URL
    /// How the user named the folder, used to print paths (`content`, `../corpus`).
    public var displayPath: String

    public init(folder: URL, displayPath: String) {
        self.folder = folder
        self.displayPath = Self.normalizedDisplayPath(displayPath)
    }

    /// Relative paths of the article files, sorted so that every build sees them in the same order.
    public func articlePaths() throws(Diagnostic) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .error("content folder not found: create it with your articles, or pass --content DIR (dossier init DIR scaffolds one)",
                         at: SourceLocation(file: displayPath))
        }
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            return []
        }
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        var paths: [String] = []
        for case let url as URL in enumerator {
            let ext = url.pathExtension.lowercased()
            guard ext == "txt" || ext == "md" else { continue }
            let full = url.standardizedFileURL.resolvingSymlinksInPath().path
            guard full.hasPrefix(base + "/") else { continue }
            paths.append(String(full.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    /// Reads one article; a problem with the file is a warning naming it, and the article is skipped.
    public func load(relativePath: String) -> Result<SourceFile, Diagnostic> {
        let shown = displayPath.isEmpty ? relativePath : "\(displayPath)/\(relativePath)"
        let data: Data
        do {
            data = try Data(contentsOf: folder.appendingPathComponent(relativePath))
        } catch {
            return .failure(.warning("cannot read the file (\(error.localizedDescription)); check its permissions; skipped", at: SourceLocation(file: shown)))
        }
        let text: String
        switch UTF8Check.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let invalid):
            return .failure(.warning("invalid UTF-8 at byte \(invalid.byteOffset); save the file as UTF-8; skipped",
                                     at: SourceLocation(file: shown, line: invalid.line, column: invalid.column)))
        }
        // Most files have no carriage return; Foundation's replacing copies the whole text even then.
        let normalized = text.utf8.contains(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
        var file = SourceFile(path: shown, body: normalized)
        if relativePath.lowercased().hasSuffix(".md") {
            do {
                let (matter, body, startLine) = try FrontMatterParser.split(normalized, path: shown)
                file = SourceFile(path: shown, body: body, bodyStartLine: startLine, frontMatter: matter, original: normalized)
            } catch {
                return .failure(Diagnostic(.warning, error.message + "; skipped", at: error.location))
            }
        }
        if file.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return .failure(.warning("the article is empty; add its text or remove the file; skipped", at: SourceLocation(file: shown)))
        }
        return .success(file)
    }

    public static func normalizedDisplayPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path == "." ? "" : path
    }
}
