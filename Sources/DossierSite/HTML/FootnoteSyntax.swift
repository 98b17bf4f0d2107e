import DossierCore

/// Whether a Markdown document may hold a GFM footnote, so that cmark-gfm is asked to look for footnotes only when it
/// may find one: with `CMARK_OPT_FOOTNOTES`, finishing a parse walks the whole tree twice more (to collect definitions,
/// then to number references), however few footnotes the page has.
///
/// A footnote definition starts `[^` on its line, and a reference is a `[` followed by text that starts with `^`: the
/// `^` is in the Markdown as it is, after a backslash (`[\^x]`), or written as a character reference (`&#94;`,
/// `&Hat;`, see `CharacterReferenceSyntax`). Markdown with no `^` and no reference parses and renders the same with the
/// option as without it.
enum FootnoteSyntax {
    /// Without the character references (`CharacterReferenceSyntax`), which the caller asks about once for this and
    /// `AutolinkSyntax`.
    static func mayOccur(in markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// `mayOccur(in:)` of Markdown given as UTF-8.
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.containsByte(UInt8(ascii: "^"))
    }
}
