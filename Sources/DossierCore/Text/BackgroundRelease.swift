import Dispatch

/// Frees a large value on another thread than the one that is done with it: a table of a whole corpus's phrases holds
/// hundreds of thousands of strings and arrays, and freeing them one by one took the one thread still working at the
/// end of the extract stage tens of milliseconds while the other cores waited for it (a BBC build: about 0.08 s of such
/// serial freeing, by a perf timeline).
///
/// The value is handed to a queue whose work holds the last reference, as long as the caller keeps none (pass it with
/// `consume`, or hand it over as the last use of the variable). Which thread frees it changes nothing the build makes.
public enum BackgroundRelease {
    private static let queue = DispatchQueue(label: "dossier.background-release", qos: .utility)

    public static func release<Value: Sendable>(_ value: consuming Value) {
        let held = Held(value)
        queue.async { held.drop() }
    }

    /// Whether every value handed over so far has been freed (for tests).
    static func waitUntilReleased() {
        queue.sync {}
    }
}

/// A value kept until `drop`, so that the queue's work, not the closure's capture, decides when it is freed.
private final class Held<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) { self.value = value }

    func drop() { value = nil }
}
