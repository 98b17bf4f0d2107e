import Foundation

/// Guards cmark-gfm's process-wide table of the characters that start an extension's inline (see `HTMLRenderer.parsing`).
/// A parser with such an extension attached (autolink's `w` and `:`, strikethrough's `~`) writes the table when it
/// finishes, switching its characters on before its inline pass and off after: it finishes alone (`exclusively`). A
/// parser with none of them attached switches nothing and only reads the table in its inline pass: any number of them
/// finish at once (`shared`), but never while one switches. A finish waiting to run alone goes before shared finishes
/// that ask after it, so that it is not kept waiting while the other threads finish page after page.
final class CharacterTableLock: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var sharing = 0
    private var alone = false
    private var waitingAlone = 0
    private var waitingToShare = 0

    /// Runs `body` while no `exclusively` runs; other `shared` bodies may run at the same time.
    func shared<Result>(_ body: () throws -> Result) rethrows -> Result {
        condition.lock()
        while alone || waitingAlone > 0 {
            waitingToShare += 1
            condition.wait()
            waitingToShare -= 1
        }
        sharing += 1
        condition.unlock()
        defer {
            condition.lock()
            sharing -= 1
            if sharing == 0 { condition.broadcast() }
            condition.unlock()
        }
        return try body()
    }

    /// Runs `body` while nothing else under this lock runs.
    func exclusively<Result>(_ body: () throws -> Result) rethrows -> Result {
        condition.lock()
        waitingAlone += 1
        while alone || sharing > 0 { condition.wait() }
        waitingAlone -= 1
        alone = true
        condition.unlock()
        defer {
            condition.lock()
            alone = false
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// How many `exclusively` calls wait to run (for tests, which wait for a call to be waiting).
    var waitingExclusive: Int {
        condition.lock()
        defer { condition.unlock() }
        return waitingAlone
    }

    /// How many `shared` calls wait to run (for tests).
    var waitingShared: Int {
        condition.lock()
        defer { condition.unlock() }
        return waitingToShare
    }

    /// How many `shared` bodies run now (for tests).
    var runningShared: Int {
        condition.lock()
        defer { condition.unlock() }
        return sharing
    }
}
