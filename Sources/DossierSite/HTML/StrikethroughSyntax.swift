import DossierCore

/// Whether a Markdown document may hold a GFM strikethrough, so that a parser is given cmark-gfm's strikethrough
/// extension only when it may make one. The extension declares `~` a character that starts its inline, and every parser
/// with such an extension switches its characters on and off in cmark-gfm's process-wide table when it finishes: a page
/// whose parser has none of them finishes beside other such pages (see `HTMLRenderer.parsing`).
///
/// The delimiter is a `~` byte of the Markdown as it is: a character reference (`&#126;`) is decoded into text, which
/// the parser does not scan for delimiters again, and an escaped `\~` is text too (and holds a `~` anyway). Markdown
/// with no `~` renders the same without the extension as with it.
enum StrikethroughSyntax {
    static func mayOccur(in markdown: String) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { mayOccur(inUTF8: $0) }
    }

    /// `mayOccur(in:)` of Markdown given as UTF-8.
    static func mayOccur(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.containsByte(UInt8(ascii: "~"))
    }
}
