import Foundation

/// Work started on a thread of its own, to run beside what the caller does next; `value` waits for it to end.
/// A thread rather than a queue: the pages are rendered on the dispatch pool's threads, one per core, and work queued
/// there would wait for (or take) the thread of a page that waits for it.
final class SideThreadWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the thread before it signals `done`, read only after waiting for it.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The work's result, once it has ended.
    var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}

/// Bytes handed to another thread while their owner keeps them alive and unchanged until that thread is done with them.
struct SendableBytes: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
}
