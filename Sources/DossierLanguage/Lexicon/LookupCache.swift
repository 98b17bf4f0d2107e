import Foundation

/// Answers already looked up, per key: a word's lemma or a synset is worked out once per build, whichever thread
/// asks. Two threads asking for the same new key at once may both compute it; they get the same answer.
final class LookupCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Key: Value] = [:]

    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let value = known[key] {
            lock.unlock()
            return value
        }
        lock.unlock()
        let value = compute()
        lock.lock()
        known[key] = value
        lock.unlock()
        return value
    }
}
