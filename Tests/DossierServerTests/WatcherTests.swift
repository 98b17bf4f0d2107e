@testable import DossierServer
import Foundation
import Testing

/// Counts the changes a watcher reports, from its thread.
private final class ChangeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}

@Suite("Folder watchers: inotify and the polling fallback", .timeLimit(.minutes(1)))
struct WatcherTests {
    enum Kind: String, CaseIterable { case inotify, polling }

    private func makeWatcher(_ kind: Kind, _ folders: WatchedFolders) throws -> any FolderWatcher {
        switch kind {
        case .inotify: return try #require(InotifyWatcher(folders: folders))
        case .polling: return PollingWatcher(folders: folders, interval: 0.05)
        }
    }

    @Test("A saved file is seen; a hidden file and the output folder are not; a new subfolder is watched", arguments: Kind.allCases)
    func seesRelevantChanges(kind: Kind) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let folders = WatchedFolders(roots: [site.content], output: site.content.appendingPathComponent("output"))
        let watcher = try makeWatcher(kind, folders)
        let changes = ChangeCounter()
        watcher.start { changes.increment() }
        defer { watcher.stop() }
        try await Task.sleep(nanoseconds: 200_000_000)

        try site.write("content/.article.txt.swp", "swap")
        try site.write("content/output/index.html", "<p>built</p>")
        try await Task.sleep(nanoseconds: 500_000_000)
        #expect(changes.value == 0)

        try site.write("content/articles/bridge.txt", "Harbour Bridge Closes Again\n\nThe bridge closed.\n")
        #expect(try await eventually(within: 5) { changes.value > 0 })

        try await Task.sleep(nanoseconds: 300_000_000)
        let seen = changes.value
        try site.write("content/articles/new/ferry.txt", "Ferry\n\nThe ferry sailed.\n")
        #expect(try await eventually(within: 5) { changes.value > seen })
        try await Task.sleep(nanoseconds: 300_000_000)
        let settled = changes.value
        try site.write("content/articles/new/ferry.txt", "Ferry\n\nThe ferry sailed twice.\n")
        #expect(try await eventually(within: 5) { changes.value > settled })
    }

    @Test("A templates folder created after the start is watched", arguments: Kind.allCases)
    func missingRootAppears(kind: Kind) async throws {
        let site = try TestSite()
        defer { site.remove() }
        let later = site.root.appendingPathComponent("late-templates")
        let folders = WatchedFolders(roots: [site.content, later], output: site.output)
        let watcher = try makeWatcher(kind, folders)
        let changes = ChangeCounter()
        watcher.start { changes.increment() }
        defer { watcher.stop() }
        try await Task.sleep(nanoseconds: 200_000_000)

        try site.write("late-templates/base.mustache", "<p>{{{content}}}</p>")
        #expect(try await eventually(within: 5) { changes.value > 0 })
        try await Task.sleep(nanoseconds: 300_000_000)
        let settled = changes.value
        try site.write("late-templates/base.mustache", "<div>{{{content}}}</div>")
        #expect(try await eventually(within: 5) { changes.value > settled })
    }
}
