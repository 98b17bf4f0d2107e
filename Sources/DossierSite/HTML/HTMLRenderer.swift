import CCmarkGFM
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

    public init() {
        _ = Self.registration
    }

    /// HTML for a Markdown document. `fragments` are trusted HTML blocks the page builder made,
    /// placed where the Markdown has `<!--dossier:fragment NAME-->`.
    /// Relative links to `.md` files become links to the `.html` pages.
    /// The parser, the tree and the rendered HTML are not freed one by one: `CmarkArena` takes back all of the page's
    /// memory at once when it is done.
    public func html(fromMarkdown markdown: String, fragments: [String: String] = [:]) -> String {
        withHTML(fromMarkdown: markdown, fragments: fragments) { String(decoding: $0, as: UTF8.self) }
    }

    /// `html(fromMarkdown:fragments:)` as the bytes cmark-gfm rendered (empty when it failed), handed to `body` before
    /// the arena takes them back: a page can be written from them without a String made of them first.
    public func withHTML<Result>(fromMarkdown markdown: String, fragments: [String: String] = [:],
                                 _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        CmarkArena.withArena { memory in
            // Footnotes and autolinks are looked for only where there may be one (see `FootnoteSyntax`, `AutolinkSyntax`).
            // Strikethrough only where there may be one (see `StrikethroughSyntax`).
            let syntax = Self.optionalSyntax(of: markdown)
            let options = CMARK_OPT_DEFAULT | (syntax.footnotes ? CMARK_OPT_FOOTNOTES : 0)
            guard let parser = cmark_parser_new_with_mem(options, memory) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            for name in Self.extensionNames(autolinks: syntax.autolinks, strikethrough: syntax.strikethrough) {
                if let syntaxExtension = cmark_find_syntax_extension(name) {
                    cmark_parser_attach_syntax_extension(parser, syntaxExtension)
                }
            }
            let finishesAlone = syntax.autolinks || syntax.strikethrough || !Self.feedingLeavesTheTable
            let parsed = markdown.withCString { pointer in
                if Self.feedingLeavesTheTable {
                    cmark_parser_feed(parser, pointer, strlen(pointer))
                } else {
                    Self.parsing.exclusively { cmark_parser_feed(parser, pointer, strlen(pointer)) }
                }
                return finishesAlone ? Self.parsing.exclusively { cmark_parser_finish(parser) }
                    : Self.parsing.shared { cmark_parser_finish(parser) }
            }
            guard let document = parsed else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            rewrite(document, fragments: fragments, memory: memory)
            guard let rendered = cmark_render_html_with_mem(document, options, cmark_parser_get_syntax_extensions(parser), memory)
            else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
        }
    }

    /// Whether the page may hold a footnote, an autolink and a strikethrough: its bytes read once for the character
    /// references the first two ask about (a strikethrough's `~` cannot be written as one).
    static func optionalSyntax(of markdown: String) -> (footnotes: Bool, autolinks: Bool, strikethrough: Bool) {
        let references = CharacterReferenceSyntax.mayOccur(in: markdown)
        return (references || FootnoteSyntax.mayOccur(in: markdown), references || AutolinkSyntax.mayOccur(in: markdown),
                StrikethroughSyntax.mayOccur(in: markdown))
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
    private func rewrite(_ document: OpaquePointer, fragments: [String: String], memory: UnsafeMutablePointer<cmark_mem>) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var anchor: [UInt8] = []
        var rewritten: [UInt8] = []
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER, type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK {
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let html = TrustedMarker.html(for: literal, fragments: fragments) {
                    html.withCString { replace(node, withHTML: $0, isBlock: type == CMARK_NODE_HTML_BLOCK, memory: memory) }
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
                            replace(node, withHTML: $0, isBlock: false, memory: memory)
                        }
                    }
                } else if LinkRewriter.htmlLink(forUTF8: url, into: &rewritten) {
                    rewritten.withUnsafeBufferPointer { link in
                        link.baseAddress!.withMemoryRebound(to: CChar.self, capacity: link.count) { cmark_node_set_url(node, $0) }
                    }
                }
            }
        }
    }

    /// Puts a custom node with `html` (its output on entering; nothing on leaving) where `node` was, and frees `node`.
    private func replace(_ node: OpaquePointer, withHTML html: UnsafePointer<CChar>, isBlock: Bool, memory: UnsafeMutablePointer<cmark_mem>) {
        guard let custom = cmark_node_new_with_mem(isBlock ? CMARK_NODE_CUSTOM_BLOCK : CMARK_NODE_CUSTOM_INLINE, memory) else { return }
        cmark_node_set_on_enter(custom, html)
        if cmark_node_replace(node, custom) == 1 {
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
