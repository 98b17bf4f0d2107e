import DossierCore

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
    /// Without the character references (`CharacterReferenceSyntax`), which the caller asks about once for this and
    /// `FootnoteSyntax`.
    static func mayOccur(in markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// `mayOccur(in:)` of Markdown given as UTF-8.
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.containsByte(UInt8(ascii: "@")) || bytes.containsLiteral("://")
            || bytes.containsLiteral("www.")
    }
}
