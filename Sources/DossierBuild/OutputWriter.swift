import DossierCore
import DossierSite
import Foundation

/// Stage "write": writes the site into a build folder beside the output, then swaps it in.
/// At every instant the output folder is either the complete previous site or the complete new one:
/// the swap is one atomic exchange where the system has it, and two renames that never delete the only
/// complete copy elsewhere. A failed or interrupted build leaves the previous output exactly as it was.
public struct OutputWriter: Sendable {
    public var output: URL
    public var displayPath: String
    /// False makes the writer swap with two renames even where an atomic exchange exists (for tests of the fallback).
    var usesExchange = true
    /// True hands a large replaced site to a detached process to delete (`ReplacedSiteHandOff`), for a process that
    /// ends after its build (`dossier build`); false deletes it before the build returns.
    public var handsOffReplacedSites = false
    /// The clock that times each file's creation in a new build folder (see `CreationDetours`); nil for the creating
    /// thread's processor time. Tests give one of their own, e.g. one that makes every creation slow.
    var creationClock: (@Sendable () -> UInt64)?

    public init(output: URL, displayPath: String) {
        self.output = output.standardizedFileURL
        self.displayPath = displayPath
    }

    private var siblings: SiblingFolders { SiblingFolders(output: output) }

    /// The build folder this process writes into.
    public var stagingFolder: URL { siblings.url(.building) }

    /// The site a build of this process replaced, kept for the next build to rewrite in place (the dev server).
    var spareFolder: URL { siblings.url(.spare) }

    /// Refuses to replace a folder that dossier did not make (it would delete the user's files).
    public func checkReplaceable() throws(Diagnostic) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw .error("the output path is a file, not a folder; pass another --output", at: location)
        }
        let entries = (try? fm.contentsOfDirectory(atPath: output.path)) ?? []
        if !entries.isEmpty && !entries.contains("dossier.json") {
            throw .error("the output folder exists and was not made by dossier (no dossier.json in it); it is left alone: pass another --output or empty it",
                         at: location)
        }
    }

    /// Restores the output from what a killed build left beside it, and deletes those leftovers when that is safe.
    public func recoverInterruptedBuilds() {
        InterruptedSwapRecovery(siblings: siblings).run()
    }

    /// Writes every file and swaps the new site in; throws, leaving the old output untouched, on any failure.
    /// The replaced site is deleted after the swap.
    public func write(_ files: [SiteFile]) throws(Diagnostic) {
        let folder = try open(fingerprinting: false, previous: nil)
        try folder.add(files)
        _ = try folder.finish()
    }

    /// As `write(_:)`, for a process that builds again (the dev server): a file whose bytes are those `previous`
    /// records and that is still in the output untouched is hard-linked into the build folder instead of written,
    /// so only files whose bytes changed are written; the swap is the same. Returns what is now in the output.
    /// The replaced site is kept as the spare; with `spare` (what it holds), the spare is rewritten in place instead of
    /// writing a new folder, and only the files whose bytes changed are written.
    func write(_ files: [SiteFile], linkingUnchangedFrom previous: WrittenSite?, spare: WrittenSite? = nil) throws(Diagnostic) -> FinishedSite {
        let folder = try open(fingerprinting: true, previous: previous, spare: spare)
        try folder.add(files)
        return try folder.finish()
    }

    /// A build folder to write the site into as it is made (see `BuildFolder`); with `fingerprinting`, as for
    /// `write(_:linkingUnchangedFrom:spare:)`.
    func open(fingerprinting: Bool, previous: WrittenSite?, spare: WrittenSite? = nil) throws(Diagnostic) -> BuildFolder {
        try BuildFolder(writer: self, fingerprinting: fingerprinting, previous: previous, spare: spare)
    }

    /// Makes the folders that hold the output when none of that path exists yet (`--output new/site`), as `mkdir -p`
    /// would; a path that exists but is no folder is left for the build folder's own error to name.
    func makeMissingParentFolders() throws(FileSystemFailure) {
        let parent = output.deletingLastPathComponent().path
        var info = stat()
        guard lstat(parent, &info) != 0, errno == ENOENT else { return }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw FileSystemFailure("cannot create the folder that holds the output", parent)
        }
    }

    /// Deletes this process's build folder (an interrupted build) and its spare. Each is first renamed away, so that a
    /// swap running at the same moment either has already happened or fails, and never swaps in a folder being deleted.
    public func removeStaging() {
        discard(stagingFolder)
        discard(spareFolder)
    }

    /// Deletes a build folder or a replaced site (see `SiblingFolders.discard`).
    func discard(_ folder: URL) {
        siblings.discard(folder)
    }

    var location: SourceLocation { SourceLocation(file: displayPath) }

    /// Exchanges the build folder with the output (then the previous site is under the build folder's name and is
    /// deleted, or with `keepingReplaced` renamed to the spare); without an exchange, the output is renamed aside first
    /// and renamed back if the second rename fails. Returns true when the replaced site is now the spare.
    /// `siteFiles`, the new site's number of files, stands for the replaced site's size.
    @discardableResult
    func swapIn(_ staging: URL, keepingReplaced: Bool = false, siteFiles: Int = 0) throws(FileSystemFailure) -> Bool {
        var info = stat()
        guard lstat(output.path, &info) == 0 else {
            guard rename(staging.path, output.path) == 0 else { throw FileSystemFailure("cannot rename the build folder to", output.path) }
            return false
        }
        if usesExchange {
            switch FolderExchange.exchange(staging.path, output.path) {
            case .exchanged:
                return keep(staging, asSpare: keepingReplaced, siteFiles: siteFiles)
            case .failed(let code):
                throw FileSystemFailure("cannot swap the build folder with", output.path, code: code)
            case .unsupported:
                break
            }
        }
        let previous = siblings.url(.old)
        guard rename(output.path, previous.path) == 0 else { throw FileSystemFailure("cannot move aside", output.path) }
        guard rename(staging.path, output.path) == 0 else {
            let failure = FileSystemFailure("cannot rename the build folder to", output.path)
            rename(previous.path, output.path)
            throw failure
        }
        return keep(previous, asSpare: keepingReplaced, siteFiles: siteFiles)
    }

    /// Renames a replaced site to the spare when asked and it can; else deletes it, or has a detached process delete it
    /// (see `handsOffReplacedSites`).
    private func keep(_ replaced: URL, asSpare: Bool, siteFiles: Int) -> Bool {
        if asSpare && rename(replaced.path, spareFolder.path) == 0 { return true }
        guard handsOffReplacedSites, siteFiles >= ReplacedSiteHandOff.minimumFiles else {
            siblings.discard(replaced)
            return false
        }
        guard let removing = siblings.takeForRemoval(replaced) else { return false }
        if !ReplacedSiteHandOff.start(removing: removing, besideOutput: output) {
            FolderRemoval.remove(removing)
        }
        return false
    }

    /// The message for a failed write, with what to do.
    func diagnostic(for failure: FileSystemFailure) -> Diagnostic {
        let advice = failure.isOutOfSpace ? "free some space on that disk or pass another --output"
            : failure.isNotPermitted ? "make the folder that holds the output writable or pass another --output"
            : "check the folder that holds the output or pass another --output"
        return .error("cannot write the site (\(failure.description)); \(advice); the previous output is unchanged",
                      at: location)
    }

    /// One file per path, the last one given (as when each file overwrote the one before).
    static func lastOfEachPath(_ files: [SiteFile]) -> [SiteFile] {
        var index: [String: Int] = [:]
        index.reserveCapacity(files.count)
        for (position, file) in files.enumerated() { index[file.path] = position }
        guard index.count < files.count else { return files }
        return files.enumerated().filter { index[$0.element.path] == $0.offset }.map(\.element)
    }
}
