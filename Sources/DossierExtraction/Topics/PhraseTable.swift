/// Values by phrase key, kept in the order the keys were first added: the keys' places are kept apart from the values
/// (`StringPlaces`), so growing the table moves neither the values nor hashes any key again, and a key is hashed once
/// whether it is new or not. Each key's hash is kept (by the places), so that another table the values are added to
/// need not hash the key again either.
struct PhraseTable<Value: Sendable>: Sendable {
    private var places = StringPlaces()
    private(set) var values: [Value] = []

    /// Each key's hash (`StringPlaces.hash`), by place: the places' own, not a copy kept beside them.
    var hashes: [UInt64] { places.hashes }

    var keys: [String] { places.keys }

    var isEmpty: Bool { values.isEmpty }

    /// How many keys.
    var count: Int { values.count }

    /// Room for `count` keys and values, made at once: a table whose size is known beforehand (at most) is not grown
    /// by doubling, which copies its values (about a hundred bytes each, for the phrase counts) and keys at each step.
    mutating func reserveCapacity(_ count: Int) {
        places.reserveCapacity(count)
        values.reserveCapacity(count)
    }

    subscript(key: String) -> Value? { self[key, hash: StringPlaces.hash(key)] }

    /// The value of `key`, whose hash (`StringPlaces.hash`) the caller has.
    subscript(key: String, hash hash: UInt64) -> Value? { places.place(of: key, hash: hash).map { values[$0] } }

    /// Changes the value of `key` by `change`; a key not there yet first gets `initial`.
    mutating func update(_ key: String, orAdd initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        update(key, hash: StringPlaces.hash(key), orAdd: initial(), change)
    }

    /// `update` of a key whose hash (`StringPlaces.hash`) the caller has (from another table's `hashes`).
    mutating func update(_ key: String, hash: UInt64, orAdd initial: @autoclosure () -> Value, _ change: (inout Value) -> Void) {
        let index = place(adding: key, hash: hash, orAdd: initial())
        change(&values[index])
    }

    /// The place of `key`, whose hash (`StringPlaces.hash`) the caller has; a key not there yet is added with `initial`.
    mutating func place(adding key: String, hash: UInt64, orAdd initial: @autoclosure () -> Value) -> Int {
        let (place, isNew) = places.place(adding: key, hash: hash)
        if isNew { values.append(initial()) }
        return place
    }

    /// Changes the value at `place` (of `place(adding:hash:orAdd:)`) by `change`, in place.
    mutating func updateValue(at place: Int, _ change: (inout Value) -> Void) {
        change(&values[place])
    }
}
