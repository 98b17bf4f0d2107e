extension RandomAccessCollection where Index == Int {
    /// In a collection whose `key`s rise (equal ones allowed), the position of the first element whose key is above
    /// `value` (`endIndex` when none is), by binary search: where in a sorted list of positions a position falls.
    @inlinable
    public func firstIndex<Key: Comparable>(above value: Key, by key: (Element) -> Key) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if key(self[middle]) <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
