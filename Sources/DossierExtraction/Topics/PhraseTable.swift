/// Values by phrase key, kept in the order the keys were first added: the keys' places are kept apart from the values
/// (`StringPlaces`), so growing the table moves neither the values nor hashes any key again, and a key is hashed once
/// whether it is new or not.
struct PhraseTable<Value: Sendable>: Sendable {
    private var places = StringPlaces()
    private(set) var values: [Value] = []

    var keys: [String] { places.keys }

    var isEmpty: Bool { values.isEmpty }

    subscript(key: String) -> Value? { places.place(of: key).map { values[$0] } }

    /// Changes the value of `key` by `change`; a key not there yet first gets `initial`.
    mutating func update(_ key: String, orAdd initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let (place, isNew) = places.place(adding: key)
        if isNew { values.append(initial()) }
        change(&values[place])
    }

    /// The same keys, in the same order and places, with each value transformed.
    func mappingValues<Other>(_ transform: (Value) -> Other) -> PhraseTable<Other> {
        var mapped = PhraseTable<Other>()
        mapped.places = places
        mapped.values = values.map(transform)
        return mapped
    }
}
