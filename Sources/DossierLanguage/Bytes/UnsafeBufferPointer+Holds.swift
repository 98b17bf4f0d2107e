extension UnsafeBufferPointer<UInt8> {
    /// Whether all of `word`'s bytes stand in these bytes from `start` on (none cut off by their end): a phrase at a
    /// place in a line, a suffix at the end of a word.
    @inlinable public func holds(_ word: some Collection<UInt8>, at start: Int) -> Bool {
        guard start >= 0, start + word.count <= count else { return false }
        var position = start
        for byte in word {
            guard self[position] == byte else { return false }
            position += 1
        }
        return true
    }
}
