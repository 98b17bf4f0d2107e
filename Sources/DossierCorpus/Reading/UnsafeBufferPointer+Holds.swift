extension UnsafeBufferPointer<UInt8> {
    /// Whether all of `word`'s bytes stand in these bytes from `start` on (none cut off by their end).
    func holds(_ word: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= count else { return false }
        for offset in word.indices where self[start + offset] != word[offset] { return false }
        return true
    }
}
