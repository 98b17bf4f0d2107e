import DossierBuild
import Foundation

/// Runs the builds one at a time on a thread of their own (`BuildThread`), so the server keeps answering while they
/// run. Changes are debounced on a queue: a build starts once nothing has changed for `quietPeriod` (or after
/// `longestWait`).
final class RebuildLoop: @unchecked Sendable {
    private let pipeline: Pipeline
    private let liveReload: LiveReload
    private let observer: any ServeObserver
    private let quietPeriod: TimeInterval
    private let longestWait: TimeInterval
    /// Whether a spare is copied from the output after a build that left none (when rebuilds will follow).
    private let preparesSpare: Bool
    private let queue = DispatchQueue(label: "dossier-build-timing")
    private let builder = BuildThread()
    private let lock = NSLock()
    private var firstChange: Date?
    private var lastChange = Date.distantPast
    private var stopped = false

    init(pipeline: Pipeline, liveReload: LiveReload, observer: any ServeObserver,
         quietPeriod: TimeInterval = 0.15, longestWait: TimeInterval = 2, preparesSpare: Bool = false) {
        self.pipeline = pipeline
        self.liveReload = liveReload
        self.observer = observer
        self.quietPeriod = quietPeriod
        self.longestWait = longestWait
        self.preparesSpare = preparesSpare
    }

    deinit {
        builder.end()
    }

    /// Builds now, off the caller's thread, and tells open pages; returns when the build is done.
    func buildNow() async -> BuildReport {
        await withCheckedContinuation { continuation in
            builder.async { continuation.resume(returning: self.build()) }
        }
    }

    /// Called by the watcher for every change; schedules one build for a burst of changes.
    func noteChange() {
        let shouldSchedule = lock.withLock { () -> Bool in
            guard !stopped else { return false }
            lastChange = Date()
            guard firstChange == nil else { return false }
            firstChange = lastChange
            return true
        }
        if shouldSchedule { schedule(after: quietPeriod) }
    }

    /// No build starts after this; one already running finishes. A spare being copied is cancelled and deleted.
    func stop() {
        lock.withLock { stopped = true }
        pipeline.stopPreparingSpare()
    }

    private func schedule(after delay: TimeInterval) {
        queue.asyncAfter(deadline: .now() + delay) { self.buildIfQuiet() }
    }

    private func buildIfQuiet() {
        let wait = lock.withLock { () -> TimeInterval? in
            guard !stopped, let first = firstChange else { return nil }
            let now = Date()
            let quietLeft = quietPeriod - now.timeIntervalSince(lastChange)
            let patienceLeft = longestWait - now.timeIntervalSince(first)
            if quietLeft > 0 && patienceLeft > 0 { return min(quietLeft, patienceLeft) }
            firstChange = nil
            return 0
        }
        guard let wait else { return }
        if wait > 0 { return schedule(after: wait) }
        builder.async {
            // Stopped while an earlier build ran: this one does not start.
            guard !self.lock.withLock({ self.stopped }) else { return }
            self.observer.rebuildStarted()
            _ = self.build()
        }
    }

    /// Runs on the build thread: builds, reports, and tells the pages; then prepares a spare for the next build, if asked.
    private func build() -> BuildReport {
        let report = pipeline.build()
        observer.buildFinished(report, strict: pipeline.options.strict)
        liveReload.publish(problems: BuildStatus.problems(of: report, strict: pipeline.options.strict))
        // Under the lock, so that `stop` either sees this copy to cancel or comes first and no copy starts.
        if preparesSpare { lock.withLock { if !stopped { pipeline.prepareSpare() } } }
        return report
    }
}
