extension Sequence where Element: Hashable {
    /// The elements in order, each at its first place only.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

extension Array where Element: Comparable {
    /// The elements sorted, each once: what `Array(Set(self)).sorted()` gives, without hashing any (a model value's
    /// sources, asked of every person and figure on several pages; a figure's context words). Of equal elements (two
    /// spellings of one string, as `==` tells them apart), the first in the array is kept.
    @inlinable
    public func sortedOnce() -> [Element] {
        var sorted = self
        sorted.sortOnce()
        return sorted
    }

    /// Sorts the elements, each kept once, in place: `sortedOnce()` without a copy.
    ///
    /// Both are inlinable, so that each caller's module specialises them for its element type: called through the
    /// generic entry point, the standard library's sort compared and swapped through witness tables, allocating at
    /// each comparison.
    @inlinable
    public mutating func sortOnce() {
        sort()
        guard count > 1 else { return }
        var kept = 1
        for index in 1..<count where self[index] != self[kept - 1] {
            swapAt(kept, index)
            kept += 1
        }
        removeLast(count - kept)
    }
}

extension RandomAccessCollection where Index == Int {
    /// How many distinct keys the elements have: `Set(map(key)).count`, without the set where the elements are few. A
    /// model value's sources are few, and those of one source stand together: each key is compared with those before
    /// it (the one just before first); past `distinctCountedInPlace` elements they go into a set.
    @inlinable
    public func distinctCount<Key: Hashable>(of key: (Element) -> Key) -> Int {
        guard count <= distinctCountedInPlace else { return Set(lazy.map(key)).count }
        var found = 0
        for index in indices {
            let current = key(self[index])
            if index > startIndex, key(self[index - 1]) == current { continue }
            if !self[startIndex..<index].contains(where: { key($0) == current }) { found += 1 }
        }
        return found
    }
}

/// The most elements whose keys `distinctCount(of:)` compares pairwise.
@usableFromInline let distinctCountedInPlace = 32
