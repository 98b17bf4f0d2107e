import Foundation
import Testing
@testable import DossierServer

@Suite struct BuildThreadTests {
    /// Builds run in the order they were handed over, one at a time, on the build thread (not the caller's), and a build
    /// handed over before `end` still runs.
    @Test func jobsRunInOrderOneAtATimeOffTheCallersThread() {
        let thread = BuildThread()
        let log = JobLog()
        let done = DispatchSemaphore(value: 0)
        let caller = pthread_self()
        for job in 0..<20 {
            thread.async {
                log.start(job, onCaller: pthread_equal(pthread_self(), caller) != 0)
                usleep(500)
                log.finish()
                if job == 19 { done.signal() }
            }
        }
        thread.end()
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(log.order == Array(0..<20))
        #expect(log.mostAtOnce == 1)
        #expect(!log.ranOnCaller)
    }
}

private final class JobLog: @unchecked Sendable {
    private let lock = NSLock()
    private var running = 0
    private(set) var order: [Int] = []
    private(set) var mostAtOnce = 0
    private(set) var ranOnCaller = false

    func start(_ job: Int, onCaller: Bool) {
        lock.withLock {
            running += 1
            mostAtOnce = max(mostAtOnce, running)
            order.append(job)
            ranOnCaller = ranOnCaller || onCaller
        }
    }

    func finish() {
        lock.withLock { running -= 1 }
    }
}
