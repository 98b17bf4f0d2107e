/// Values by phrase key, kept in the order the keys were first added: a dictionary holds only each key's place, so
/// growing it moves two words per key, not the values, and a key is hashed once whether it is new or not.
struct PhraseTable<Value: Sendable>: Sendable {
    private var places: [String: Int] = [:]
    private(set) var keys: [String] = []
    private(set) var values: [Value] = []

    var isEmpty: Bool { keys.isEmpty }

    subscript(key: String) -> Value? { places[key].map { values[$0] } }

    /// Changes the value of `key` by `change`; a key not there yet first gets `initial`.
    mutating func update(_ key: String, orAdd initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let next = values.count
        // Reading the place through the defaulting subscript's accessor stores `next` for a new key in the same lookup.
        let place = Self.read(&places[key, default: next])
        if place == next {
            keys.append(key)
            values.append(initial())
        }
        change(&values[place])
    }

    /// The same keys, in the same order and places, with each value transformed.
    func mappingValues<Other>(_ transform: (Value) -> Other) -> PhraseTable<Other> {
        var mapped = PhraseTable<Other>()
        mapped.places = places
        mapped.keys = keys
        mapped.values = values.map(transform)
        return mapped
    }

    private static func read(_ place: inout Int) -> Int { place }
}
