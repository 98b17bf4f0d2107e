import DossierCore
import DossierSite
import Foundation

/// Stage "write": writes the site into a temporary folder beside the output, then swaps it in.
/// A failed or interrupted build leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var output: URL
    public var displayPath: String

    public init(output: URL, displayPath: String) {
        self.output = output.standardizedFileURL
        self.displayPath = displayPath
    }

    /// The temporary folder this process builds into.
    public var stagingFolder: URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).building-\(ProcessInfo.processInfo.processIdentifier)")
    }

    /// Refuses to replace a folder that dossier did not make (it would delete the user's files).
    public func checkReplaceable() throws(Diagnostic) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .error("the output path is a file, not a folder; pass another --output", at: SourceLocation(file: displayPath))
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains("dossier.json") {
            throw .error("the output folder exists and was not made by dossier (no dossier.json in it); it is left alone: pass another --output or empty it",
                         at: SourceLocation(file: displayPath))
        }
    }

    /// Writes every file and swaps the new site in; throws, leaving the old output untouched, on any failure.
    public func write(_ files: [SiteFile]) throws(Diagnostic) {
        let fm = FileManager.default
        let staging = stagingFolder
        try? fm.removeItem(at: staging)
        removeAbandonedFolders()
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            var made = Set<String>()
            for file in files {
                guard SafePath.isContained(file.path) else {
                    throw Diagnostic.error("refused to write `\(file.path)` outside the output folder")
                }
                let url = staging.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent().path
                if made.insert(folder).inserted {
                    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                try file.data.write(to: url)
            }
            try swapIn(staging)
        } catch let diagnostic as Diagnostic {
            try? fm.removeItem(at: staging)
            throw diagnostic
        } catch {
            try? fm.removeItem(at: staging)
            throw .error("cannot write the site: \(error.localizedDescription); the previous output is unchanged", at: SourceLocation(file: displayPath))
        }
    }

    /// Removes temporary folders left by builds that were killed (their process is gone).
    func removeAbandonedFolders() {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).building-", ".\(output.lastPathComponent).old-"]
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if pid != ProcessInfo.processInfo.processIdentifier && kill(pid, 0) != 0 && errno == ESRCH {
                try? fm.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    /// Removes the temporary folder of an interrupted build.
    public func removeStaging() {
        try? FileManager.default.removeItem(at: stagingFolder)
    }

    private func swapIn(_ staging: URL) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: output.path) {
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
            try? fm.removeItem(at: old)
            try fm.moveItem(at: output, to: old)
            do {
                try fm.moveItem(at: staging, to: output)
            } catch {
                try? fm.moveItem(at: old, to: output)
                throw error
            }
            try? fm.removeItem(at: old)
        } else {
            try fm.moveItem(at: staging, to: output)
        }
    }
}

/// A relative path that stays inside its folder: no absolute path, no `..`, no backslash, no empty part.
public enum SafePath {
    public static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != ".." && $0 != "." && !$0.isEmpty }
    }
}
