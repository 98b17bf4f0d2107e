import Foundation

/// Puts right what killed builds left beside the output, before a new build writes anything.
/// The rule: a folder that could be the last complete site is never deleted while the output is not a complete site.
/// - The output is missing (a build was killed between the two renames of the fallback swap): the newest complete
///   site among the abandoned folders is renamed back to the output.
/// - Abandoned folders (a killed dev server's spare among them) are then deleted, except complete sites while the
///   output is still not a complete site.
struct InterruptedSwapRecovery: Sendable {
    let siblings: SiblingFolders

    func run() {
        var abandoned = siblings.abandoned()
        guard !abandoned.isEmpty else { return }
        let output = siblings.output
        if !FileManager.default.fileExists(atPath: output.path), let site = newestCompleteSite(in: abandoned),
           rename(site.url.path, output.path) == 0 {
            abandoned.removeAll { $0 == site }
        }
        let outputIsSite = SiteManifest.isCompleteSite(output)
        for folder in abandoned where outputIsSite || folder.kind == .removing || !SiteManifest.isCompleteSite(folder.url) {
            siblings.discard(folder.url)
        }
    }

    /// A finished build folder before a moved-away previous site (it is the later of the two), that before a spare
    /// (the site before the previous), then the newest manifest.
    private func newestCompleteSite(in folders: [SiblingFolders.Folder]) -> SiblingFolders.Folder? {
        let sites = folders.filter { $0.kind != .removing && SiteManifest.isCompleteSite($0.url) }
        return sites.max { a, b in
            if a.kind != b.kind { return Self.rank(a.kind) < Self.rank(b.kind) }
            return Self.manifestDate(a.url) < Self.manifestDate(b.url)
        }
    }

    private static func rank(_ kind: SiblingFolders.Kind) -> Int {
        switch kind {
        case .removing: 0
        case .spare: 1
        case .old: 2
        case .building: 3
        }
    }

    private static func manifestDate(_ folder: URL) -> Date {
        let path = folder.appendingPathComponent(SiteManifest.fileName, isDirectory: false).path
        return ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
