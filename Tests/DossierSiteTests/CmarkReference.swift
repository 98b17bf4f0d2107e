import CCmarkGFM
import Foundation
@testable import DossierSite

/// cmark-gfm's own rendering of Markdown, with all four extensions attached and footnotes looked for: what the
/// renderer's gates (`AutolinkSyntax`, `StrikethroughSyntax`, `FootnoteSyntax`) must render the same as.
enum CmarkReference {
    static func withEveryExtension(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "autolink", "strikethrough", "tagfilter"] {
            cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name))
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        // Finished alone under the renderer's lock: other tests render at the same time (see `HTMLRenderer.parsing`).
        let document = HTMLRenderer.parsing.exclusively { cmark_parser_finish(parser) }!
        defer { cmark_node_free(document) }
        let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))!
        defer { free(html) }
        return String(cString: html)
    }
}
