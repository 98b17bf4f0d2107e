import Dispatch

/// Maps over an array on all cores, keeping the order of the input.
public enum ParallelMap {
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        if inputs.count < 2 { return inputs.map(transform) }
        return made(count: inputs.count, startingWith: nil) { transform(inputs[$0]) }
    }

    /// The results of `make` for the positions `0..<count`, made on all cores and each put straight into its place in
    /// the array (no array of optionals to unwrap into a second one, no lock per result): position `order[i]` is the
    /// `i`th started, or position `i` without an `order`. Each position is made by exactly one iteration.
    static func made<Output: Sendable>(count: Int, startingWith order: [Int]?, _ make: @Sendable (Int) -> Output) -> [Output] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { iteration in
                let position = order?[iteration] ?? iteration
                slots.put(make(position), at: position)
            }
            initialized = count
        }
    }
}

/// The array's uninitialized storage, written at distinct positions from concurrent iterations.
private struct Slots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>

    func put(_ value: consuming Value, at position: Int) {
        (base + position).initialize(to: value)
    }
}
