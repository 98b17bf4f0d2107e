import DossierCore
import DossierSite

/// The copies of the article files (`originals/ID.txt`) are known as soon as the articles are parsed and have their
/// ids, long before the pages. A build opens its build folder then and writes them on a thread of its own while the
/// extract stage runs, whose steps across articles leave part of the cores idle; the write stage, after the pages,
/// has that many files fewer to create, all in one folder and so by one thread at a time (see `DirectoryLanes`).
/// Nothing changes in what is written, or in when a failure is reported: the write stage reports it, as before.
final class OriginalsInAdvance: Sendable {
    private let work: BackgroundWork<Result<BuildFolder, Diagnostic>>
    /// The paths written, which no later file of the site may replace: the data files came last before, so an
    /// original wins over a template asset of its path.
    let paths: Set<String>

    /// Checks that the output may be replaced, opens a build folder and writes `files` into it, on a thread of its own.
    init(writer: OutputWriter, files: [SiteFile]) {
        paths = Set(files.map(\.path))
        work = BackgroundWork {
            do throws(Diagnostic) {
                try writer.checkReplaceable()
                let folder = try writer.open(fingerprinting: false, previous: nil)
                try folder.add(files)
                return .success(folder)
            } catch {
                return .failure(error)
            }
        }
    }

    /// Waits for the originals to be written: the build folder that holds them, or what stopped it (the folder is gone).
    func folder() throws(Diagnostic) -> BuildFolder {
        try work.value.get()
    }

    /// Waits for the writing to end and deletes the build folder (a build that cannot be trusted).
    func abandon() {
        if case .success(let folder) = work.value { folder.discard() }
    }
}
