/// Plain substring search, byte for byte on UTF-8, without bridging to Foundation.
///
/// Foundation's `String.contains(_:)` goes through `NSString` and compares character clusters; the readers ask it
/// for a dozen phrases on every line of every article, which made it a hot spot on large corpora. For the ASCII
/// phrases they look for, a byte match is the same answer.
extension String {
    /// Whether `phrase` occurs in the text (an empty phrase does not, as with Foundation).
    public func containsLiteral(_ phrase: String) -> Bool {
        var text = self, phrase = phrase
        return text.withUTF8 { haystack in
            phrase.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return false }
                var start = 0
                let lastStart = haystack.count - needle.count
                while start <= lastStart {
                    if haystack[start] == first, Self.matches(needle, in: haystack, at: start) { return true }
                    start += 1
                }
                return false
            }
        }
    }

    private static func matches(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { return false }
        return true
    }
}
