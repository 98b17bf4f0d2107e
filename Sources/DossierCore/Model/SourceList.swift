/// The sources a model value cites, as its `sources` give them: each id once, in order.
enum SourceList {
    /// The ids sorted, each once: what `Array(Set(ids)).sorted()` gives, without hashing every id (the site asks this
    /// of every person and figure on several pages).
    static func of(_ ids: [String]) -> [String] {
        var sorted = ids.sorted()
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
