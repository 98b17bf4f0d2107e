/// The index of an open-addressing hash table whose entries are numbered 0, 1, 2, … in the order they were added, the
/// entries themselves kept by its owner in arrays by number (`WordTypes`' analysed tokens, the extract stage's `Places`).
///
/// Each 64-bit slot holds the upper 32 bits of an entry's hash beside its number plus one (0 for an empty slot); the
/// slots are a power of two long and at most half full. A look-up reads one slot and, when the bits agree, asks the
/// owner whether that entry is the one sought, and nothing else: on a large table every other array read would be a
/// cache miss. Each entry's hash is kept, so growing hashes no entry again (a `Dictionary` hashes every key again).
public struct HashSlots: Sendable {
    @usableFromInline var slots: [UInt64] = []
    @usableFromInline var hashes: [UInt64] = []
    /// The slots made at the first entry (a power of two).
    @usableFromInline let firstSize: Int

    @inlinable static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    /// An empty index; its slots are made when the first entry is added.
    public init(firstSize: Int) {
        precondition(firstSize > 1 && firstSize & (firstSize - 1) == 0, "the slots are a power of two long")
        self.firstSize = firstSize
    }

    public var count: Int { hashes.count }

    /// Each entry's hash, by number, as it was added (for an owner to add its entries to another table without hashing
    /// them again).
    @inlinable public var entryHashes: [UInt64] { hashes }

    /// The number of the entry with `hash` that `isEntry` accepts, or nil; and the slot where the search ended (where
    /// such an entry is to be added).
    @inlinable public func find(hash: UInt64, where isEntry: (Int) -> Bool) -> (entry: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, -1) }
        let mask = slots.count - 1
        let tag = hash & Self.tagMask
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let stored = slots[slot]
            if stored & Self.tagMask == tag {
                let entry = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                if isEntry(entry) { return (entry, slot) }
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// Adds the next entry (number `count`) with `hash` at `slot`, where `find` ended for it; returns its number.
    @inlinable @discardableResult public mutating func add(hash: UInt64, at slot: Int) -> Int {
        let entry = hashes.count
        if slots.isEmpty {
            makeSlots(count: firstSize)
            hashes.append(hash)
            place(entry, hash: hash)
        } else {
            hashes.append(hash)
            slots[slot] = hash & Self.tagMask | UInt64(entry + 1)
        }
        if hashes.count * 2 > slots.count { grow() }
        return entry
    }

    /// The entries there are when `slots` slots grow: one past half of them (an entry is added, then the slots grow
    /// when more than half full).
    @inlinable static func entriesAtGrowth(of slots: Int) -> Int { slots / 2 + 1 }

    /// Twice the slots, and room in `hashes` for the entries they hold: the hashes grow when the slots do, not
    /// several times by themselves in between (an array grown by appending starts small).
    @usableFromInline mutating func grow() {
        makeSlots(count: slots.count * 2)
        for (entry, hash) in hashes.enumerated() { place(entry, hash: hash) }
    }

    /// Empty slots, `count` of them, and room in `hashes` for the entries they hold before they grow.
    @usableFromInline mutating func makeSlots(count: Int) {
        slots = Array(repeating: 0, count: count)
        hashes.reserveCapacity(Self.entriesAtGrowth(of: count))
    }

    /// Puts an entry in the first empty slot from its hash's.
    @usableFromInline mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = hash & Self.tagMask | UInt64(entry + 1)
    }
}
