import CCmarkGFM
import DossierCore
import Foundation

/// The one place that calls cmark-gfm: Markdown in, HTML out.
///
/// cmark-gfm runs without `CMARK_OPT_UNSAFE`, so raw HTML in the Markdown is never copied to the page.
/// The pages we generate escape all corpus text, so the only raw HTML a page can hold is what our
/// page builders wrote; of that, only a few exact markers are turned into HTML (see `TrustedMarker`):
/// sentence anchors (marker links), the folding of boilerplate, and fragments the page builder made and escaped itself.
public struct HTMLRenderer: Sendable {
    /// Registers the GFM extensions once per process, before any rendering, concurrent or not.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// The extensions in the order they are attached; autolink only to the parsers of pages that may hold an autolink
    /// (see `AutolinkSyntax`), strikethrough only to those that may hold a strikethrough (see `StrikethroughSyntax`).
    private static let allExtensionNames = ["table", autolinkExtension, strikethroughExtension, "tagfilter"]
    private static let autolinkExtension = "autolink"
    private static let strikethroughExtension = "strikethrough"

    /// cmark-gfm keeps the characters that can start an extension's inline (`w` of `www.`, `:`, `~`) in one table
    /// for the whole process, and every parser's `cmark_parser_finish` switches its extensions' characters on before it
    /// parses the inlines and off after: a page finished while another parsed its inlines lost its `www.` links, so one
    /// build linked an address that the next left as text. A parser with autolink or strikethrough attached finishes
    /// alone; one with neither (table and tagfilter declare no such characters, so its finish switches nothing) only
    /// reads the table, and finishes beside other such parsers but never beside one that switches (`CharacterTableLock`).
    /// Parsers are fed without the lock: in cmark-gfm 0.29.0.gfm.6 (read in its disassembly) only that inline pass of
    /// the finish reads the table and only the switching around it writes it; feeding, table rows included, touches
    /// neither. The rewriting and the HTML rendering of the parsed trees run in parallel. Tests that call cmark-gfm
    /// themselves finish under it too.
    static let parsing = CharacterTableLock()

    /// Whether the cmark-gfm this process loaded is the version whose feeding was read to leave the table alone; with
    /// any other (newer versions scan table rows differently), pages are fed under the lock too, and every parser is
    /// fed and finished alone.
    static let feedingLeavesTheTable = String(cString: cmark_version_string()) == "0.29.0.gfm.6"

    /// Whether the tables of a page are converted apart (see `TablesApart`); tests compare with the page converted whole.
    var takesTablesApart = true

    public init() {
        _ = Self.registration
    }

    /// HTML for a Markdown document. `fragments` are trusted HTML blocks the page builder made,
    /// placed where the Markdown has `<!--dossier:fragment NAME-->`.
    /// Relative links to `.md` files become links to the `.html` pages.
    /// The parser, the tree and the rendered HTML are not freed one by one: `CmarkArena` takes back all of the page's
    /// memory at once when it is done. `separateParts` are stretches of the page converted apart, on another thread
    /// (see `SeparateParts`).
    public func html(fromMarkdown markdown: String, fragments: [String: String] = [:], separateParts: [Range<Int>] = []) -> String {
        withHTML(fromMarkdown: markdown, fragments: fragments, separateParts: separateParts) { String(decoding: $0, as: UTF8.self) }
    }

    /// `html(fromMarkdown:fragments:separateParts:)` as the bytes cmark-gfm rendered (empty when it failed), handed to
    /// `body` before the arena takes them back: a page can be written from them without a String made of them first.
    /// `sentenceParagraphs`: the stretch of a source's text, written without cmark-gfm when it can be (see
    /// `SentenceParagraphs`); `linkLists`: lists of text and links, likewise (see `LinkLists`).
    public func withHTML<Result>(fromMarkdown markdown: String, fragments: [String: String] = [:], separateParts: [Range<Int>] = [],
                                 sentenceParagraphs: Range<Int>? = nil, linkLists: [Range<Int>] = [],
                                 footnotedTable: (table: Range<Int>, notes: Range<Int>)? = nil,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if !separateParts.isEmpty, let result = withHTML(fromMarkdown: markdown, fragments: fragments, apart: separateParts,
                                                         footnotedTable: footnotedTable, body) {
            return result
        }
        if separateParts.isEmpty, takesTablesApart,
           let result = withHTML(fromMarkdown: markdown, fragments: fragments, tablesApart: (), sentenceParagraphs: sentenceParagraphs,
                                 linkLists: linkLists, body) {
            return result
        }
        return CmarkArena.withArena { memory in
            // Footnotes and autolinks are looked for only where there may be one (see `FootnoteSyntax`, `AutolinkSyntax`).
            // Strikethrough only where there may be one (see `StrikethroughSyntax`).
            let syntax = Self.optionalSyntax(of: markdown)
            guard let parser = Self.parser(for: syntax, memory: memory) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            let parsed = markdown.withCString { pointer in
                Self.parse([UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))],
                           with: parser, syntax: syntax)
            }
            guard let document = parsed else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            _ = rewrite(document, fragments: fragments, memory: memory)
            return render(document, parser: parser, syntax: syntax, memory: memory, body)
        }
    }

    /// `withHTML` of a page whose `parts` are converted apart, one after the other on a thread of their own, while the
    /// rest of the page is converted on this one, with a marker where the parts were that becomes their HTML (see
    /// `SeparateParts`); nil (before `body` is called) when the page cannot be converted so, to be converted whole.
    /// `footnotedTable`: a table with footnote references before the parts and its notes at the page's end, written
    /// without cmark-gfm when they can be (`FootnotedTable`) and put in as the parts are.
    func withHTML<Result>(fromMarkdown markdown: String, fragments: [String: String], apart parts: [Range<Int>],
                          footnotedTable: (table: Range<Int>, notes: Range<Int>)? = nil,
                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        // The text as the whole conversion gives it to cmark-gfm: up to its first NUL (`withCString`, `strlen`).
        var markdown = markdown
        return markdown.withUTF8 { whole -> Result? in
            guard let base = whole.baseAddress else { return nil }
            let text = UnsafeBufferPointer(start: base, count: memchr(base, 0, whole.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? whole.count)
            guard let separate = SeparateParts(text, parts: parts) else { return nil }
            // The pointer stays valid beside this thread: the string is held (`markdown`) until the side work has ended.
            let sideText = SendableBytes(bytes: text)
            let side = BackgroundWork { [self] () -> [UInt8]? in
                var html: [UInt8] = []
                for part in separate.parts {
                    // A part's tables are converted apart too (it holds no footnote and no definition).
                    if takesTablesApart, withHTML(ofUTF8: UnsafeBufferPointer(rebasing: sideText.bytes[part]), fragments: fragments,
                                                  tablesApart: (), { rendered in html.append(contentsOf: rendered) }) != nil {
                        continue
                    }
                    let converted = CmarkArena.withArena { memory -> Bool in
                        let bytes = UnsafeBufferPointer(rebasing: sideText.bytes[part])
                        let syntax = Self.optionalSyntax(ofUTF8: [bytes])
                        guard let parser = Self.parser(for: syntax, memory: memory),
                              let document = Self.parse([bytes], with: parser, syntax: syntax) else { return false }
                        _ = rewrite(document, fragments: fragments, memory: memory)
                        return render(document, parser: parser, syntax: syntax, memory: memory) { rendered in
                            html.append(contentsOf: rendered)
                            return true
                        }
                    }
                    guard converted else { return nil }
                }
                html.append(0)
                return html
            }
            // The footnoted table and its notes, when they lie where they should and can be written.
            var footnoted: (table: Range<Int>, tableHTML: [UInt8], notes: Range<Int>, sectionHTML: [UInt8])?
            if let (table, notes) = footnotedTable, let first = separate.parts.first, let last = separate.parts.last,
               table.upperBound <= first.lowerBound, notes.lowerBound >= last.upperBound, notes.upperBound == text.count,
               Self.isBlocksBetweenEmptyLines(table, in: text), Self.isBlocksBetweenEmptyLines(notes, in: text),
               let html = FootnotedTable.html(table: UnsafeBufferPointer(rebasing: text[table]),
                                              notes: UnsafeBufferPointer(rebasing: text[notes])) {
                footnoted = (table, html.table, notes, html.section)
            }
            let result = CmarkArena.withArena { memory -> Result? in
                var pieces = separate.rest(of: text)
                if let footnoted, let first = separate.parts.first, let last = separate.parts.last {
                    let tableMarker = UnsafeBufferPointer(start: TablesApart.markerLine.utf8Start, count: TablesApart.markerLine.utf8CodeUnitCount)
                    pieces = [UnsafeBufferPointer(rebasing: text[..<footnoted.table.lowerBound]), tableMarker,
                              UnsafeBufferPointer(rebasing: text[footnoted.table.upperBound..<first.lowerBound]), pieces[1],
                              UnsafeBufferPointer(rebasing: text[last.upperBound..<footnoted.notes.lowerBound]), tableMarker]
                }
                let syntax = Self.optionalSyntax(ofUTF8: pieces)
                guard let parser = Self.parser(for: syntax, memory: memory),
                      let document = Self.parse(pieces, with: parser, syntax: syntax) else { return nil }
                let markers = rewrite(document, fragments: fragments, memory: memory,
                                      findingMarker: footnoted == nil ? SeparateParts.isMarker : { SeparateParts.isMarker($0) || TablesApart.isMarker($0) })
                guard let partsHTML = side.value else { return nil }
                // The HTML of each marker, in the page's order.
                let htmls = footnoted.map { [$0.tableHTML, partsHTML, $0.sectionHTML] } ?? [partsHTML]
                guard markers.count == htmls.count else { return nil }
                for (marker, html) in zip(markers, htmls) {
                    guard let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { return nil }
                    html.withUnsafeBufferPointer { html in
                        html.baseAddress!.withMemoryRebound(to: CChar.self, capacity: html.count) { _ = cmark_node_set_on_enter(custom, $0) }
                    }
                    guard cmark_node_replace(marker, custom) == 1 else { return nil }
                    cmark_node_free(marker)
                }
                return render(document, parser: parser, syntax: syntax, memory: memory, body)
            }
            // The side work has ended unless the rest failed before waiting for it; it reads `markdown` until then.
            _ = side.value
            return result
        }
    }

    /// `withHTML` of a page whose tables are converted apart (see `TablesApart`): their cells in one document, the rest
    /// of the page in another, with a marker for each table that becomes the table's HTML; nil (before `body` is
    /// called) when the page has no such table, or cannot be converted so, to be converted whole.
    func withHTML<Result>(fromMarkdown markdown: String, fragments: [String: String], tablesApart: Void,
                          sentenceParagraphs: Range<Int>? = nil, linkLists: [Range<Int>] = [],
                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        markdown.withCString { pointer -> Result? in
            // The text as the whole conversion gives it to cmark-gfm: up to its first NUL.
            let text = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
            return withHTML(ofUTF8: text, fragments: fragments, tablesApart: (), sentenceParagraphs: sentenceParagraphs,
                            linkLists: linkLists, body)
        }
    }

    /// `withHTML(fromMarkdown:fragments:tablesApart:_:)` of Markdown given as UTF-8 (a page, or a part of one). The
    /// stretch `sentenceParagraphs` and the lists `linkLists`, when their HTML can be written without cmark-gfm
    /// (`SentenceParagraphs`, `LinkLists`), are put in as the tables are.
    func withHTML<Result>(ofUTF8 text: UnsafeBufferPointer<UInt8>, fragments: [String: String], tablesApart: Void,
                          sentenceParagraphs: Range<Int>? = nil, linkLists: [Range<Int>] = [],
                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let apart = TablesApart(text)
        func isApartFromTables(_ range: Range<Int>) -> Bool {
            !(apart?.tables.contains { $0.lines.overlaps(range) } ?? false)
        }
        // The stretches whose HTML is written here, when they lie in the text apart from the tables and their HTML can
        // be written: the sentences' stretch, and each list between headings.
        var written: [(range: Range<Int>, html: [UInt8])] = []
        if let range = sentenceParagraphs, Self.isBlocksBetweenEmptyLines(range, in: text), isApartFromTables(range),
           let html = SentenceParagraphs.html(of: UnsafeBufferPointer(rebasing: text[range])) {
            written.append((range, html))
        }
        for range in linkLists where Self.isBlocksBetweenHeadings(range, in: text) && isApartFromTables(range)
            && !(written.first?.range.overlaps(range) ?? false) {
            if let html = LinkLists.html(of: UnsafeBufferPointer(rebasing: text[range])) { written.append((range, html)) }
        }
        guard apart != nil || !written.isEmpty else { return nil }
        if let html = Self.blocksHTML(of: text, apart: apart, written: written) {
            return html.withUnsafeBufferPointer(body)
        }
        return CmarkArena.withArena { memory -> Result? in
            // Each stretch converted apart, in the text's order, and its HTML.
            var stretches: [(range: Range<Int>, html: [UInt8], start: Int)] = []
            if let apart {
                guard let tables = tablesHTML(apart, fragments: fragments, memory: memory) else { return nil }
                for (table, start) in zip(apart.tables, tables.starts) { stretches.append((table.lines, tables.html, start)) }
            }
            for stretch in written { stretches.append((stretch.range, stretch.html, 0)) }
            stretches.sort { $0.range.lowerBound < $1.range.lowerBound }
            let pieces = TablesApart.rest(of: text, apart: stretches.map(\.range))
            let syntax = Self.optionalSyntax(ofUTF8: pieces)
            guard let parser = Self.parser(for: syntax, memory: memory),
                  let document = Self.parse(pieces, with: parser, syntax: syntax) else { return nil }
            let markers = rewrite(document, fragments: fragments, memory: memory, findingMarker: TablesApart.isMarker)
            guard markers.count == stretches.count else { return nil }
            for (marker, stretch) in zip(markers, stretches) {
                guard let custom = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { return nil }
                stretch.html.withUnsafeBufferPointer { html in
                    UnsafeRawPointer(html.baseAddress! + stretch.start).withMemoryRebound(to: CChar.self, capacity: html.count - stretch.start) {
                        _ = cmark_node_set_on_enter(custom, $0)
                    }
                }
                guard cmark_node_replace(marker, custom) == 1 else { return nil }
                cmark_node_free(marker)
            }
            return render(document, parser: parser, syntax: syntax, memory: memory, body)
        }
    }

    /// Whether `range` of `text` is whole lines after an empty line, with an empty line (or the end) after them: where
    /// the builder opens no block, and the marker put in its place is a block of its own.
    private static func isBlocksBetweenEmptyLines(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let lineFeed = UInt8(ascii: "\n")
        return range.lowerBound >= 2 && range.upperBound <= text.count && !range.isEmpty
            && text[range.lowerBound - 2] == lineFeed && text[range.lowerBound - 1] == lineFeed && text[range.upperBound - 1] == lineFeed
            && (range.upperBound == text.count || text[range.upperBound] == lineFeed)
    }

    /// The whole page's HTML written without cmark-gfm (`BlocksHTML`), when its tables' cells are all written (no cells
    /// document) and the rest around the stretches is headings and one-line paragraphs; nil otherwise.
    private static func blocksHTML(of text: UnsafeBufferPointer<UInt8>, apart: TablesApart?,
                                   written: [(range: Range<Int>, html: [UInt8])]) -> [UInt8]? {
        guard apart.map({ $0.convertedCount == 0 }) ?? true else { return nil }
        let tables = apart.map { $0.html(cells: []) }
        var ranges: [(range: Range<Int>, html: [UInt8], start: Int)] = []
        if let apart, let tables {
            for (table, start) in zip(apart.tables, tables.starts) { ranges.append((table.lines, tables.html, start)) }
        }
        for stretch in written { ranges.append((stretch.range, stretch.html, 0)) }
        ranges.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Each stretch's HTML as a buffer, held while the page is written (the arrays outlive the call).
        func withBuffers(_ index: Int, _ buffers: [(range: Range<Int>, html: UnsafeBufferPointer<UInt8>)]) -> [UInt8]? {
            guard index < ranges.count else { return BlocksHTML.html(of: text, stretches: buffers) }
            return ranges[index].html.withUnsafeBufferPointer { html in
                withBuffers(index + 1, buffers + [(ranges[index].range, UnsafeBufferPointer(rebasing: html[ranges[index].start...]))])
            }
        }
        return withBuffers(0, [])
    }

    /// Whether `range` of `text` is blocks between empty lines (`isBlocksBetweenEmptyLines`) with an ATX heading's line
    /// (`#` to `######` and a space) before the empty line before them, and another after the empty line after them or
    /// the text's end: a list there neither continues a list before it nor is continued by what follows.
    private static func isBlocksBetweenHeadings(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isBlocksBetweenEmptyLines(range, in: text), let base = text.baseAddress else { return false }
        // The line before the empty line: back from the line end at `range.lowerBound - 2`.
        var previousStart = range.lowerBound - 2
        while previousStart > 0, text[previousStart - 1] != UInt8(ascii: "\n") { previousStart -= 1 }
        guard isHeadingStart(UnsafeBufferPointer(start: base + previousStart, count: range.lowerBound - 2 - previousStart)) else { return false }
        let next = range.upperBound + 1
        return next >= text.count || isHeadingStart(UnsafeBufferPointer(rebasing: text[next...]))
    }

    /// Whether `line` starts with an ATX heading's opening: one to six `#` and a space.
    private static func isHeadingStart(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        while count < line.count, count < 7, line[count] == UInt8(ascii: "#") { count += 1 }
        return (1...6).contains(count) && count < line.count && line[count] == UInt8(ascii: " ")
    }

    /// The HTML of the tables taken apart, one after the other, each NUL-terminated, and where each starts: their
    /// cells' document converted (each cell a paragraph, its markers rewritten as in a table cell), each paragraph's
    /// HTML cut out of the document's and framed as cmark-gfm frames a table; nil when the cells do not convert to one
    /// paragraph each.
    private func tablesHTML(_ apart: TablesApart, fragments: [String: String],
                            memory: UnsafeMutablePointer<cmark_mem>) -> (html: [UInt8], starts: [Int])? {
        // Every cell written without cmark-gfm (`InlineHTML`): no cells document to convert.
        guard apart.convertedCount > 0 else { return apart.html(cells: []) }
        return apart.cellsText.withUnsafeBufferPointer { cellsText -> (html: [UInt8], starts: [Int])? in
            let syntax = Self.optionalSyntax(ofUTF8: [cellsText])
            guard let parser = Self.parser(for: syntax, memory: memory),
                  let document = Self.parse([cellsText], with: parser, syntax: syntax) else { return nil }
            _ = rewrite(document, fragments: fragments, memory: memory, asTableCells: true)
            return render(document, parser: parser, syntax: syntax, memory: memory) { rendered -> (html: [UInt8], starts: [Int])? in
                TablesApart.paragraphs(of: rendered, count: apart.convertedCount).map(apart.html(cells:))
            }
        }
    }

    /// A parser with the options and the extensions of `syntax`, in `memory`.
    private static func parser(for syntax: Syntax, memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer? {
        guard let parser = cmark_parser_new_with_mem(options(of: syntax), memory) else { return nil }
        for name in extensionNames(autolinks: syntax.autolinks, strikethrough: syntax.strikethrough) {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }

    private static func options(of syntax: Syntax) -> Int32 {
        CMARK_OPT_DEFAULT | (syntax.footnotes ? CMARK_OPT_FOOTNOTES : 0)
    }

    /// Feeds the pieces of a document, in order, and finishes it (see `parsing`).
    private static func parse(_ pieces: [UnsafeBufferPointer<UInt8>], with parser: OpaquePointer, syntax: Syntax) -> OpaquePointer? {
        let finishesAlone = syntax.autolinks || syntax.strikethrough || !feedingLeavesTheTable
        for piece in pieces where !piece.isEmpty {
            piece.baseAddress!.withMemoryRebound(to: CChar.self, capacity: piece.count) { pointer in
                if feedingLeavesTheTable {
                    cmark_parser_feed(parser, pointer, piece.count)
                } else {
                    parsing.exclusively { cmark_parser_feed(parser, pointer, piece.count) }
                }
            }
        }
        return finishesAlone ? parsing.exclusively { cmark_parser_finish(parser) } : parsing.shared { cmark_parser_finish(parser) }
    }

    /// Renders the parsed document and hands its bytes to `body` (empty when rendering failed).
    private func render<Result>(_ document: OpaquePointer, parser: OpaquePointer, syntax: Syntax, memory: UnsafeMutablePointer<cmark_mem>,
                                _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let rendered = cmark_render_html_with_mem(document, Self.options(of: syntax), cmark_parser_get_syntax_extensions(parser), memory)
        else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        return body(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
    }

    /// Which of the optional syntaxes a document may hold (see `optionalSyntax`).
    typealias Syntax = (footnotes: Bool, autolinks: Bool, strikethrough: Bool)

    /// Whether the page may hold a footnote, an autolink and a strikethrough: its bytes read once for the character
    /// references the first two ask about (a strikethrough's `~` cannot be written as one).
    static func optionalSyntax(of markdown: String) -> Syntax {
        var markdown = markdown
        return markdown.withUTF8 { optionalSyntax(ofUTF8: [$0]) }
    }

    /// `optionalSyntax(of:)` of a document given in pieces, each starting a line: what one of them may hold.
    static func optionalSyntax(ofUTF8 pieces: [UnsafeBufferPointer<UInt8>]) -> Syntax {
        let references = pieces.contains { CharacterReferenceSyntax.mayOccur(inUTF8: $0) }
        return (references || pieces.contains { FootnoteSyntax.mayOccur(inUTF8: $0) },
                references || pieces.contains { AutolinkSyntax.mayOccur(inUTF8: $0) },
                pieces.contains { StrikethroughSyntax.mayOccur(inUTF8: $0) })
    }

    /// The names of the extensions a page's parser is given, in the order they are attached.
    static func extensionNames(autolinks: Bool, strikethrough: Bool) -> [String] {
        allExtensionNames.filter { name in
            (autolinks || name != autolinkExtension) && (strikethrough || name != strikethroughExtension)
        }
    }

    /// Turns our trusted markers into custom nodes and `.md` links into `.html` links.
    /// A node is replaced once the iterator has moved past it: on entering a leaf (the HTML of a marker comment),
    /// on leaving a link. A link's URL is read as the bytes cmark-gfm holds, and only a changed URL is set again.
    /// With `findingMarker`, the HTML blocks that are the marker of separate parts (`SeparateParts.marker`) are left
    /// for the caller and returned.
    /// With `asTableCells`, the document is the cells of tables taken apart, each a paragraph (see `TablesApart`): a
    /// marker in one is rewritten as in a table cell, which may not hold a custom node (`wrappedInEmphasis`).
    private func rewrite(_ document: OpaquePointer, fragments: [String: String], memory: UnsafeMutablePointer<cmark_mem>,
                         findingMarker isMarker: ((UnsafePointer<CChar>) -> Bool)? = nil, asTableCells: Bool = false) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        var markers: [OpaquePointer] = []
        var anchor: [UInt8] = []
        var rewritten: [UInt8] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if let isMarker, event == CMARK_EVENT_ENTER, type == CMARK_NODE_HTML_BLOCK,
               let literal = cmark_node_get_literal(node), isMarker(literal) {
                markers.append(node)
            } else if event == CMARK_EVENT_ENTER, type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK {
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let html = TrustedMarker.html(for: literal, fragments: fragments) {
                    html.withCString {
                        replace(node, withHTML: $0, isBlock: type == CMARK_NODE_HTML_BLOCK, inTableCell: asTableCells && isInCell(node), memory: memory)
                    }
                }
            } else if event == CMARK_EVENT_EXIT, type == CMARK_NODE_LINK, let pointer = cmark_node_get_url(node) {
                let url = UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
                if cmark_node_first_child(node) == nil, let id = TrustedMarker.anchorID(inLinkURL: url) {
                    anchor.removeAll(keepingCapacity: true)
                    anchor += TrustedMarker.anchorOpening
                    anchor += id
                    anchor += TrustedMarker.anchorClosing
                    anchor.append(0)
                    anchor.withUnsafeBufferPointer { html in
                        html.baseAddress!.withMemoryRebound(to: CChar.self, capacity: html.count) {
                            replace(node, withHTML: $0, isBlock: false, inTableCell: asTableCells && isInCell(node), memory: memory)
                        }
                    }
                } else if LinkRewriter.htmlLink(forUTF8: url, into: &rewritten) {
                    rewritten.withUnsafeBufferPointer { link in
                        link.baseAddress!.withMemoryRebound(to: CChar.self, capacity: link.count) { cmark_node_set_url(node, $0) }
                    }
                }
            }
        }
        return markers
    }

    /// Whether a node of a cells document (see `TablesApart`) is a cell's own child: its paragraph stands for the cell.
    private func isInCell(_ node: OpaquePointer) -> Bool {
        cmark_node_parent(node).map { cmark_node_get_type($0) == CMARK_NODE_PARAGRAPH } ?? false
    }

    /// Puts a custom node with `html` (its output on entering; nothing on leaving) where `node` was, and frees `node`.
    /// `inTableCell`: `node` stands in a table cell's paragraph (see `TablesApart`), and is replaced as in the cell.
    private func replace(_ node: OpaquePointer, withHTML html: UnsafePointer<CChar>, isBlock: Bool, inTableCell: Bool = false,
                         memory: UnsafeMutablePointer<cmark_mem>) {
        guard let custom = cmark_node_new_with_mem(isBlock ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE, memory) else { return }
        cmark_node_set_on_enter(custom, html)
        if !inTableCell, cmark_node_replace(node, custom) == 1 {
            cmark_node_free(node)
        } else if !isBlock, let wrapper = wrappedInEmphasis(custom, memory: memory), cmark_node_replace(node, wrapper) == 1 {
            cmark_node_free(node)
        } else {
            cmark_node_free(custom)
        }
    }

    /// A table cell may not hold a custom node, but it may hold emphasis, which may: `<em><a id=…></a></em>`.
    private func wrappedInEmphasis(_ custom: OpaquePointer, memory: UnsafeMutablePointer<cmark_mem>) -> OpaquePointer? {
        guard let emphasis = cmark_node_new_with_mem(CMARK_NODE_EMPH, memory) else { return nil }
        guard cmark_node_append_child(emphasis, custom) == 1 else {
            cmark_node_free(emphasis)
            return nil
        }
        return emphasis
    }
}
