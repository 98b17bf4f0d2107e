import Glibc

/// Whether a Markdown document may hold a GFM footnote, so that cmark-gfm is asked to look for footnotes only when it
/// may find one: with `CMARK_OPT_FOOTNOTES`, finishing a parse walks the whole tree twice more (to collect definitions,
/// then to number references), however few footnotes the page has.
///
/// A footnote definition starts `[^` on its line, and a reference is a `[` followed by text that starts with `^`: the
/// `^` is in the Markdown as it is, after a backslash (`[\^x]`), or written as an entity or a numeric character
/// reference (`&#94;`, `&Hat;`), which starts with an `&` that no backslash escapes. Markdown with no `^` and no such
/// `&` parses and renders the same with the option as without it.
enum FootnoteSyntax {
    static func mayOccur(in markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// Found with `memchr`: a page is read once more in full, so the reading must cost little beside the walks saved.
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        if memchr(base, Int32(UInt8(ascii: "^")), bytes.count) != nil { return true }
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
