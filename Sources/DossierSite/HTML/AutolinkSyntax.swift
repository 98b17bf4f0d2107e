import Glibc

/// Whether a Markdown document may hold a link that cmark-gfm's autolink extension makes, so that a parser is given
/// the extension only when it may make one: with it, the parser stops its scan of the text at every `w` and `:` to ask
/// the extension whether a link starts there, and the extension reads the text of the finished tree again for
/// addresses around an `@`; on text without links that was about a sixth of cmark-gfm's time.
///
/// The extension links `www.` and a domain (the bytes as written: `WWW.` and `www\.` stay text), a scheme's `://`
/// (`http://`, `ftp://`) and an address around an `@`, which it also finds in the text after character references are
/// decoded (`user&#64;example.com` is linked). Markdown with none of `www.`, `://` and `@`, and no character reference
/// (see `CharacterReferenceSyntax`), renders the same without the extension as with it: the text is cut into nodes at
/// other places, and adjacent text is written out the same.
enum AutolinkSyntax {
    /// `referencesMayOccur`: `CharacterReferenceSyntax.mayOccur` of the same bytes (see `FootnoteSyntax`).
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>, referencesMayOccur: Bool) -> Bool {
        guard !referencesMayOccur else { return true }
        guard let base = bytes.baseAddress else { return false }
        if memchr(base, Int32(UInt8(ascii: "@")), bytes.count) != nil { return true }
        return contains("://", in: bytes) || contains("www.", in: bytes)
    }

    /// Found with `memchr` on the needle's first byte: a page is read once more in full, so the reading must cost little.
    private static func contains(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let needle = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let base = bytes.baseAddress, let first = needle.first else { return false }
        var start = 0
        while start + needle.count <= bytes.count,
              let found = memchr(base + start, Int32(first), bytes.count - needle.count + 1 - start) {
            let offset = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return true }
            start = offset + 1
        }
        return false
    }
}
