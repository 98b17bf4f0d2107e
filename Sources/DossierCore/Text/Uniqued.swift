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
    public func sortedOnce() -> [Element] {
        var sorted = self.sorted()
        guard sorted.count > 1 else { return sorted }
        var kept = 1
        for index in 1..<sorted.count where sorted[index] != sorted[kept - 1] {
            sorted.swapAt(kept, index)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
