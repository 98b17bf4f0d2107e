import Glibc

/// Searches in UTF-8 bytes read in place (a page's Markdown), the first byte found by the C library's `memchr`, which
/// reads many bytes at a time (glibc's `memmem` is not declared without `_GNU_SOURCE`).
enum ByteSearch {
    /// Whether the bytes hold `literal`, an ASCII string of one byte or more.
    static func contains(_ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = literal.utf8Start, count = literal.utf8CodeUnitCount
        guard let base = bytes.baseAddress, count > 0, count <= bytes.count else { return false }
        let lastStart = bytes.count - count
        var start = 0
        while start <= lastStart {
            guard let found = memchr(base + start, Int32(needle[0]), lastStart - start + 1) else { return false }
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + index, needle, count) == 0 { return true }
            start = index + 1
        }
        return false
    }
}
