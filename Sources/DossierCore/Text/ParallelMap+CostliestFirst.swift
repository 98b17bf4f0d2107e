extension ParallelMap {
    /// Maps on all cores like `map(_:_:)`, but starts the inputs of highest `cost` first, so that a large input is not
    /// left to run alone on one core at the end; the results keep the order of the input, each put in its place as it
    /// is made.
    @inlinable
    public static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], costliestFirst cost: (Input) -> Int,
                                                              _ transform: @Sendable (Input) -> Output) -> [Output] {
        inputs.withUnsafeBufferPointer { buffer in
            let inputs = ParallelInputs(buffer)
            let order = buffer.count < 2 ? nil : schedule(costliestFirst: buffer.indices.map { cost(inputs[$0]) })
            return made(count: buffer.count, startingWith: order) { transform(inputs[$0]) }
        }
    }

    /// The positions of the inputs in the order they are started: highest cost first, equal costs in input order.
    public static func schedule(costliestFirst costs: [Int]) -> [Int] {
        costs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
    }
}
