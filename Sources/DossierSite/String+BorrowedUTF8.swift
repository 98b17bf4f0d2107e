extension String {
    /// The string's UTF-8 handed to `body` without a copy of the string: `var text = text; text.withUTF8 { … }` retains
    /// the string's storage for the copy and releases it after, two atomic operations per string, and the JSON and
    /// the search index write a few million strings. A native or small string (every string here) is read in place;
    /// any other is made contiguous in a copy, as `withUTF8` does.
    @inline(__always)
    func withBorrowedUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
