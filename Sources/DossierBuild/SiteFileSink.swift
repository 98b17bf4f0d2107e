import DossierCore
import DossierSite

/// Where the render stage puts the files of the site as it makes them: the build folder (`BuildFolder`), or a list
/// in memory (`SiteFileList`). Of several files with one path, the last one added counts.
protocol SiteFileSink: AnyObject {
    /// Takes a group of files.
    func add(_ files: [SiteFile]) throws(Diagnostic)
    /// Takes files whose bytes are those the output holds now, without their bytes; returns the paths it cannot take
    /// so, whose files must be added with their bytes.
    func addUnchanged(_ paths: [String]) throws(Diagnostic) -> [String]
    /// Takes the files each item makes, made on all cores, the items of highest `cost` first; `paths` names an item's
    /// files before they are made.
    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], cost: (Item) -> Int,
                             making make: @Sendable (Item) -> [SiteFile]) throws(Diagnostic)
}

extension SiteFileSink {
    /// Takes the files each item makes, made on all cores in the items' order.
    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], making make: @Sendable (Item) -> [SiteFile]) throws(Diagnostic) {
        try add(items, paths: paths, cost: { _ in 0 }, making: make)
    }
}

/// The files of the site in memory, in the order they were made.
final class SiteFileList: SiteFileSink {
    private(set) var files: [SiteFile] = []

    func add(_ files: [SiteFile]) {
        self.files += files
    }

    /// A list in memory has no output to take files from.
    func addUnchanged(_ paths: [String]) -> [String] { paths }

    func add<Item: Sendable>(_ items: [Item], paths: (Item) -> [String], cost: (Item) -> Int, making make: @Sendable (Item) -> [SiteFile]) {
        files += ParallelMap.map(items, costliestFirst: cost, make).flatMap { $0 }
    }
}
