import Foundation

/// A thread of its own that runs the builds handed to it, one at a time, in the order they came.
///
/// A build waits for its own parallel work (see `OwnThread`): on one of the dispatch pool's threads, as a serial
/// queue's blocks run, it kept that thread from the work it waited for, and the extract stage's passes ran one at a
/// time on the thread left.
final class BuildThread: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var jobs: [@Sendable () -> Void] = []
    private var ended = false

    init() {
        let thread = Thread { [self] in
            while let job = next() { job() }
        }
        thread.name = "dossier-build"
        thread.start()
    }

    /// Runs `job` after the jobs handed over before it.
    func async(_ job: @escaping @Sendable () -> Void) {
        condition.withLock {
            jobs.append(job)
            condition.signal()
        }
    }

    /// Lets the thread end once the jobs handed over are done; none is taken after this.
    func end() {
        condition.withLock {
            ended = true
            condition.signal()
        }
    }

    private func next() -> (@Sendable () -> Void)? {
        condition.withLock {
            while jobs.isEmpty && !ended { condition.wait() }
            return jobs.isEmpty ? nil : jobs.removeFirst()
        }
    }
}
