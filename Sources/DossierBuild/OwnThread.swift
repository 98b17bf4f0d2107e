import Foundation

/// Runs blocking work on a thread of its own and awaits its result: the awaiting task gives its thread back to the
/// pool meanwhile.
///
/// Swift's tasks run on libdispatch's pool of one thread per core, and so does the build's parallel work (its
/// `concurrentPerform`s and queued passes). A build run on a pool thread takes that thread out of the pool whenever it
/// waits for its own parallel work: on two cores, the extract stage's five passes (queued, then waited for) ran one at a
/// time on the one thread left, each pass's parallel maps without a helper, until libdispatch's monitor added a thread
/// (a BBC perf timeline: 0.35 s with one core busy at the start of the stage). On a thread of its own, the build's waits
/// cost the pool nothing.
public enum OwnThread {
    public static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: work()) }.start()
        }
    }
}
