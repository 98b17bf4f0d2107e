import Glibc

/// Whether a Markdown document may hold an entity or a numeric character reference (`&#64;`, `&commat;`): one starts
/// with an `&` that no backslash escapes. cmark-gfm decodes them into the text, where a decoded character can make
/// what a raw one would (a footnote reference's `^`, an address's `@`), so a document that may hold one is read as if
/// it held any character (see `FootnoteSyntax`, `AutolinkSyntax`).
enum CharacterReferenceSyntax {
    /// Found with `memchr`: a page is read once more in full, so the reading must cost little.
    static func mayOccur(in markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// `mayOccur(in:)` of Markdown given as UTF-8.
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "&")), bytes.count - start) {
            let ampersand = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            var backslashes = 0
            while ampersand - backslashes > 0, bytes[ampersand - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes % 2 == 0 { return true }
            start = ampersand + 1
        }
        return false
    }
}
