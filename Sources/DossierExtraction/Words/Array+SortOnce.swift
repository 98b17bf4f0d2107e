extension Array where Element: Comparable {
    /// Sorts the elements, each kept once, in place: what `sortedOnce()` (DossierCore) returns, without its copy. Of
    /// equal elements (two spellings of one string, as `==` tells them apart), the first in the array is kept.
    ///
    /// Written in this module so the sort is specialised for the element type: `sortedOnce()`, generic and not
    /// inlinable, sorted through the standard library's unspecialised code, which allocated a frame at every
    /// comparison and swap (two mallocs each) for the context words of every clause with a number.
    mutating func sortOnce() {
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
