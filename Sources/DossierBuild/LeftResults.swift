import Foundation

/// Where a build whose process ends with it leaves its results instead of freeing them (see `Pipeline.leavesResults`).
///
/// Freeing a dossier object by object is work nobody waits for in a process about to exit, whose memory the system takes
/// back whole: at the end of a BBC build it took one core about 0.06 s (a perf timeline: destroying articles, tokens,
/// people and figures after the site was swapped in).
enum LeftResults {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [any Sendable] = []

    static func leave(_ results: any Sendable) {
        lock.withLock { kept.append(results) }
    }

    /// How many builds have left their results here.
    static var count: Int {
        lock.withLock { kept.count }
    }
}
