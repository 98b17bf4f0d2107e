import Dispatch
import Foundation
import Testing
@testable import DossierSite

/// The lock around cmark-gfm's finishes: pages that switch extension characters finish alone, the others side by side.
@Suite struct CharacterTableLockTests {
    /// Events in the order the threads record them.
    private final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String] = []
        func add(_ event: String) { lock.withLock { events.append(event) } }
        var all: [String] { lock.withLock { events } }
    }

    /// Waits (yielding) until `condition` holds; a guard of one minute against a lock that never lets go.
    private func waitUntil(_ condition: () -> Bool) {
        let end = Date().addingTimeInterval(60)
        while !condition(), Date() < end { usleep(200) }
    }

    /// Two shared bodies run at the same time: the second enters while the first waits for it inside.
    @Test func sharedBodiesRunSideBySide() {
        let lock = CharacterTableLock()
        let secondIn = DispatchSemaphore(value: 0)
        let firstDone = DispatchSemaphore(value: 0)
        let log = Log()
        Thread {
            lock.shared {
                log.add("first in")
                log.add(secondIn.wait(timeout: .now() + 60) == .success ? "saw second" : "second kept out")
            }
            firstDone.signal()
        }.start()
        waitUntil { log.all.contains("first in") }
        lock.shared {
            #expect(lock.runningShared == 2)
            secondIn.signal()
        }
        firstDone.wait()
        #expect(log.all == ["first in", "saw second"])
    }

    /// An exclusive body waits for the shared body running when it asks, and a shared call that asks while it waits
    /// runs after it.
    @Test func exclusiveWaitsForSharedAndGoesBeforeLaterShared() {
        let lock = CharacterTableLock()
        let log = Log()
        let releaseFirst = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        onThread(counted: done) {
            lock.shared {
                log.add("shared in")
                releaseFirst.wait()
                log.add("shared out")
            }
        }
        waitUntil { log.all.contains("shared in") }
        onThread(counted: done) {
            lock.exclusively { log.add("exclusive") }
        }
        waitUntil { lock.waitingExclusive == 1 || log.all.contains("exclusive") }
        onThread(counted: done) {
            lock.shared { log.add("later shared") }
        }
        waitUntil { lock.waitingShared == 1 || log.all.contains("later shared") }
        releaseFirst.signal()
        done.wait()
        #expect(log.all == ["shared in", "shared out", "exclusive", "later shared"])
    }

    /// A shared call waits while an exclusive body runs.
    @Test func sharedWaitsForExclusive() {
        let lock = CharacterTableLock()
        let log = Log()
        let releaseExclusive = DispatchSemaphore(value: 0)
        let done = DispatchGroup()
        onThread(counted: done) {
            lock.exclusively {
                log.add("exclusive in")
                releaseExclusive.wait()
                log.add("exclusive out")
            }
        }
        waitUntil { log.all.contains("exclusive in") }
        onThread(counted: done) {
            lock.shared { log.add("shared") }
        }
        waitUntil { lock.waitingShared == 1 || log.all.contains("shared") }
        releaseExclusive.signal()
        done.wait()
        #expect(log.all == ["exclusive in", "exclusive out", "shared"])
    }
}

/// Runs `body` on a thread of its own, counted in `done` until it returns.
private func onThread(counted done: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
    done.enter()
    Thread {
        body()
        done.leave()
    }.start()
}
