import Foundation

/// Work started on a thread of its own, to run beside what the caller does next; `value` waits for it to end.
/// A thread rather than a queue: the dispatch pool has one thread per core, and work queued there would wait for
/// (or take) the threads the caller's parallel maps are using (or the thread of a page that waits for it, when the
/// caller runs on the pool itself, as a page being rendered does).
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the thread before it signals `done`, read only after waiting for it.
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The work's result, once it has ended.
    public var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
