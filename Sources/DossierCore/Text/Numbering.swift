/// Numbers for keys, given densely from 0 in the order the keys are first met: numbers index arrays and are cheaper to
/// hash and compare than the keys themselves.
public struct Numbering<Key: Hashable>: Sendable where Key: Sendable {
    @usableFromInline var numbers: [Key: Int] = [:]
    /// The keys by number.
    public private(set) var keys: [Key] = []

    public init() {}

    /// How many keys have a number.
    @inlinable public var count: Int { keys.count }

    /// The key's number, given now (`isNew`) when the key was not met before.
    @inlinable public mutating func number(of key: Key) -> (number: Int, isNew: Bool) {
        if let known = numbers[key] { return (known, false) }
        let number = keys.count
        numbers[key] = number
        append(key)
        return (number, true)
    }

    @usableFromInline mutating func append(_ key: Key) { keys.append(key) }
}
