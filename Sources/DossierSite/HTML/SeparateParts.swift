import Glibc
import DossierCore

/// Stretches of a page's Markdown that cmark-gfm converts apart from the rest of the page, on a thread of their own
/// (see `HTMLRenderer.withHTML`): the figures page (5 MB of Markdown) was converted on one core while the other had
/// run out of pages, and, as it holds one `www.` (in a quoted sentence), its whole inline pass ran alone, with every
/// other page's finish waiting (see `HTMLRenderer.parsing`).
///
/// cmark-gfm's HTML of a document is its blocks' HTML one after the other, each made from its own text, but for what
/// the document shares: link reference definitions, footnotes (numbered in the order they are referred to and gathered
/// at the foot), and a block left open across a blank line (a fenced code block, the raw HTML blocks a blank line
/// does not end, a list item or quote that an indented or marked line continues). So the parts must be whole blocks:
/// each starts a line with a heading's `#` after a blank line, where the page builder has no block open, and the line
/// after the last does too (or the page ends). They hold no `[^` (no footnote) and no `]:` (no definition); the page
/// builders write no definition, and corpus text is escaped (`MarkdownText`), so none can be written. Then the page's
/// HTML is the rest's up to the parts, each part's, and the rest's after them: the rest is converted with `marker`
/// where the parts were, which becomes a custom block printing the parts' HTML, and a block's HTML starts a line
/// (`cmark_html_render_cr`) whether it follows another block's or a custom block's. Pages whose parts break these
/// rules are converted whole.
///
/// Each part is converted as a page of its own, with only the optional syntax it may hold (see
/// `HTMLRenderer.optionalSyntax`), so that one `www.` no longer makes the whole page finish alone.
struct SeparateParts {
    /// The parts, consecutive UTF-8 ranges of the page's text, in order.
    let parts: [Range<Int>]

    /// The parts of `text` (the page's UTF-8, as cmark-gfm would be given it whole); nil unless they follow the rules.
    init?(_ text: UnsafeBufferPointer<UInt8>, parts: [Range<Int>]) {
        guard let first = parts.first, let last = parts.last, first.lowerBound >= 2, last.upperBound <= text.count,
              !parts.contains(where: \.isEmpty), zip(parts, parts.dropFirst()).allSatisfy({ $0.upperBound == $1.lowerBound })
        else { return nil }
        let starts = parts.map(\.lowerBound) + (last.upperBound < text.count ? [last.upperBound] : [])
        for start in starts {
            guard text[start - 2] == Self.newline, text[start - 1] == Self.newline, text[start] == Self.hash else { return nil }
        }
        let stretch = UnsafeBufferPointer(rebasing: text[first.lowerBound..<last.upperBound])
        guard !stretch.containsLiteral("[^"), !stretch.containsLiteral("]:") else { return nil }
        self.parts = parts
    }

    /// The rest of the page as cmark-gfm is given it: the text before the parts, `marker` and an empty line, the text
    /// after the parts.
    func rest(of text: UnsafeBufferPointer<UInt8>) -> [UnsafeBufferPointer<UInt8>] {
        let marker = UnsafeBufferPointer(start: Self.markerLine.utf8Start, count: Self.markerLine.utf8CodeUnitCount)
        return [UnsafeBufferPointer(rebasing: text[..<parts[0].lowerBound]), marker,
                UnsafeBufferPointer(rebasing: text[parts[parts.count - 1].upperBound...])]
    }

    /// The raw HTML block that stands for the parts in the rest, and the empty line after it. Corpus text, escaped,
    /// cannot write it; a page that wrote it itself would hold two, and be converted whole.
    static let markerLine: StaticString = "<!--dossier:separate-parts-->\n\n"

    /// Whether an HTML block's literal (as cmark-gfm holds it, with its line end) is the marker.
    static func isMarker(_ literal: UnsafePointer<CChar>) -> Bool {
        let length = markerLine.utf8CodeUnitCount - 1
        return strlen(literal) == length && memcmp(literal, markerLine.utf8Start, length) == 0
    }

    /// Parts of about `size` bytes or more (the last may be smaller) for a stretch that runs from `starts[0]` to `end`
    /// and may be cut at each of `starts` (offsets of its headings, in order).
    static func grouping(starts: [Int], end: Int, size: Int = 256 * 1024) -> [Range<Int>] {
        guard var lower = starts.first, lower < end else { return [] }
        var parts: [Range<Int>] = []
        for start in starts.dropFirst() where start - lower >= size && start < end {
            parts.append(lower..<start)
            lower = start
        }
        parts.append(lower..<end)
        return parts
    }

    private static let newline = UInt8(ascii: "\n")
    private static let hash = UInt8(ascii: "#")
}
