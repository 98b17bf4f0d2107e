#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain substring search, byte for byte on UTF-8, without bridging to Foundation.
///
/// Foundation's `String.contains(_:)` goes through `NSString` and compares character clusters; the readers ask it
/// for a dozen phrases on every line of every article, which made it a hot spot on large corpora. For the ASCII
/// phrases they look for, a byte match is the same answer.
extension String {
    /// Whether the text's UTF-8 holds `byte`, found by the C library's memchr. `utf8.contains(_:)` walks the bytes one
    /// at a time through the view's iterator: whole articles are asked for a carriage return, and words for a hyphen,
    /// a full stop or a space on every token.
    public func containsByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.containsByte(byte) }
    }

    /// Whether `phrase` occurs in the text (an empty phrase does not, as with Foundation).
    public func containsLiteral(_ phrase: String) -> Bool {
        var text = self, phrase = phrase
        return text.withUTF8 { haystack in phrase.withUTF8 { haystack.containsLiteral($0) } }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether these bytes hold `byte`, found by the C library's memchr, read in place.
    public func containsByte(_ byte: UInt8) -> Bool {
        guard let base = baseAddress else { return false }
        return memchr(base, Int32(byte), count) != nil
    }

    /// Whether these bytes hold `needle` (an empty needle is not held), read in place.
    public func containsLiteral(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needleBase = needle.baseAddress, let haystackBase = baseAddress, !needle.isEmpty,
              needle.count <= count else { return false }
        // The first byte is found by the C library's memchr, which reads many bytes at a time, the rest compared by
        // memcmp.
        let text = UnsafeRawPointer(haystackBase)
        let lastStart = count - needle.count
        var start = 0
        while start <= lastStart {
            guard let found = memchr(text + start, Int32(needle[0]), lastStart - start + 1) else { return false }
            let position = text.distance(to: UnsafeRawPointer(found))
            if memcmp(text + position + 1, needleBase + 1, needle.count - 1) == 0 { return true }
            start = position + 1
        }
        return false
    }

    /// Whether these bytes hold `literal` (a page's Markdown asked for `www.`, `[^`...).
    public func containsLiteral(_ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { containsLiteral($0) }
    }
}
