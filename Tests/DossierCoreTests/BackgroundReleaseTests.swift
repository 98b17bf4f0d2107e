@testable import DossierCore
import Foundation
import Testing

@Suite struct BackgroundReleaseTests {
    /// Records the thread that frees it.
    final class Tracked: @unchecked Sendable {
        let freed: FreedOn
        init(_ freed: FreedOn) { self.freed = freed }
        deinit { freed.record(pthread_self()) }
    }

    final class FreedOn: @unchecked Sendable {
        private let lock = NSLock()
        private var threads: [pthread_t] = []
        func record(_ thread: pthread_t) { lock.withLock { threads.append(thread) } }
        var recorded: [pthread_t] { lock.withLock { threads } }
    }

    @Test func aValueHandedOverIsFreedOnAnotherThreadOnce() {
        let freed = FreedOn()
        for _ in 0..<20 {
            let value = [Tracked(freed), Tracked(freed)]
            BackgroundRelease.release(consume value)
        }
        BackgroundRelease.waitUntilReleased()
        #expect(freed.recorded.count == 40)
        #expect(freed.recorded.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
    }

    @Test func aValueTheCallerStillHoldsIsNotFreedUnderIt() {
        let freed = FreedOn()
        let kept = Tracked(freed)
        BackgroundRelease.release(kept)
        BackgroundRelease.waitUntilReleased()
        #expect(freed.recorded.isEmpty)
        withExtendedLifetime(kept) {}
    }
}
