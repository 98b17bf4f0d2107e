import Dispatch

/// Maps over an array on all cores, keeping the order of the input.
///
/// The maps are inlinable, so that each caller's module specialises them for its types: through the generic entry
/// point, reading an input copied the whole value (an `Article`, retaining each of its strings and arrays) through its
/// witness table, for a transform that reads one field. The inputs are handed over in place, from the array's buffer
/// (`ParallelInputs`).
public enum ParallelMap {
    @inlinable
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        inputs.withUnsafeBufferPointer { buffer in
            let inputs = ParallelInputs(buffer)
            return made(count: buffer.count, startingWith: nil) { transform(inputs[$0]) }
        }
    }

    /// The results of `make` for the positions `0..<count`, made on all cores and each put straight into its place in
    /// the array: position `order[i]` is the `i`th started, or position `i` without an `order`, which must then list
    /// every position once. Fewer than two are made on the calling thread.
    @inlinable
    static func made<Output: Sendable>(count: Int, startingWith order: [Int]?, _ make: @Sendable (Int) -> Output) -> [Output] {
        if count < 2 { return (0..<count).map(make) }
        assert(order.map { $0.count == count && Set($0) == Set(0..<count) } ?? true, "the order lists every position once")
        return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = ParallelSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: count) { iteration in
                let position = order?[iteration] ?? iteration
                slots.put(make(position), at: position)
            }
            initialized = count
        }
    }
}

/// An array's elements, read in place from concurrent iterations while the array is borrowed: read by the array's
/// subscript, each input was copied whole for its transform (a page's eight strings, arrays and dictionaries retained,
/// then released: `initializeWithCopy for MarkdownPage`, 0.11% of a BBC build's samples, in the render stage alone).
@usableFromInline
struct ParallelInputs<Element: Sendable>: @unchecked Sendable {
    @usableFromInline let buffer: UnsafeBufferPointer<Element>

    @inlinable
    init(_ buffer: UnsafeBufferPointer<Element>) { self.buffer = buffer }

    @inlinable
    subscript(position: Int) -> Element {
        unsafeAddress { buffer.baseAddress! + position }
    }
}

/// The array's uninitialized storage, written at distinct positions from concurrent iterations.
@usableFromInline
struct ParallelSlots<Value>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Value>

    @inlinable
    init(base: UnsafeMutablePointer<Value>) { self.base = base }

    @inlinable
    func put(_ value: consuming Value, at position: Int) {
        (base + position).initialize(to: value)
    }
}
