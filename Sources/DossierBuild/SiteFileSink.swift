import DossierCore
import DossierSite

/// Where the render stage puts the files of the site as it makes them: the build folder (`BuildFolder`), or a list
/// in memory (`SiteFileList`). Of several files with one path, the last one added counts.
protocol SiteFileSink: AnyObject {
    /// Takes a group of files.
    func add(_ files: [SiteFile]) throws(Diagnostic)
    /// Takes the files each item makes, made on all cores; `paths` names an item's files before they are made.
    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], making make: @Sendable (Item) -> [SiteFile]) throws(Diagnostic)
}

/// The files of the site in memory, in the order they were made.
final class SiteFileList: SiteFileSink {
    private(set) var files: [SiteFile] = []

    func add(_ files: [SiteFile]) {
        self.files += files
    }

    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], making make: @Sendable (Item) -> [SiteFile]) {
        files += ParallelMap.map(items, make).flatMap { $0 }
    }
}
