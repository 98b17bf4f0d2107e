import DossierCore
@testable import DossierSite
import Foundation
import Testing

/// Pages made from their template's shell (rendered once per kind of page) are the pages the whole template makes,
/// and a template that does more with a page's values than print them has no shell.
@Suite struct PageShellsTests {
    let pages = [
        MarkdownPage(path: "index", title: "Brief", template: "index", markdown: "# The brief\n\nText.\n"),
        MarkdownPage(path: "people/ann", title: "Ann & \"Bo\" <O'Neil>", template: "section", markdown: "# Ann\n\nSays *hi*.\n"),
        MarkdownPage(path: "people/bob", title: "Bob", template: "section", markdown: "# Bob\n", view: ["name": "Bob"]),
        MarkdownPage(path: "sources/001-a", title: "A story", template: "source", markdown: "Body of a story.\n"),
        MarkdownPage(path: "timeline", title: "Timeline", template: "section", markdown: "# Timeline\n"),
        MarkdownPage(path: "search", title: "Search", template: "search", markdown: ""),
        MarkdownPage(path: "people/cy", title: "", template: "section", markdown: "Cy\n"),
        MarkdownPage(path: "people/di", title: "Di\r", template: "section", markdown: "Di\n"),
    ]

    func renderer(templates: [String: String] = [:]) throws -> SiteRenderer {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("page-shells-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in templates {
            try text.write(to: folder.appendingPathComponent(name + ".mustache"), atomically: true, encoding: .utf8)
        }
        return SiteRenderer(templates: try TemplateLibrary(folder: folder),
                            configuration: DossierConfiguration(title: "Talks & more", description: "A <dossier>"), sourceCount: 3)
    }

    /// The page rendered by the whole template, without a shell.
    func whole(_ page: MarkdownPage, by renderer: SiteRenderer) -> String {
        let content = HTMLRenderer().html(fromMarkdown: page.markdown, fragments: page.fragments)
        return renderer.templates.render(page.template, context: renderer.context(
            for: page, title: page.title, path: page.path + ".html", content: content, view: page.view))
    }

    /// The page made from its shell straight away, without the check against the whole template that `html(for:)` makes
    /// of a shell's first page; nil when the page has no shell.
    func fromShell(_ page: MarkdownPage, by renderer: SiteRenderer) -> String? {
        let content = HTMLRenderer().html(fromMarkdown: page.markdown, fragments: page.fragments)
        let values = [page.title, page.path + ".html", content]
        let shapes = values.compactMap(PageShells.Shape.init)
        guard shapes.count == values.count else { return nil }
        let key = PageShells.Key(template: page.template, root: page.rootPrefix, isIndex: page.path == "index", currentSection: nil, shapes: shapes)
        let parts = PageShells.shell(key: key) { title, path, content, view in
            renderer.templates.render(page.template, context: renderer.context(for: page, title: title, path: path, content: content, view: view))
        }
        return parts.map { PageShells.html($0, values: values) }
    }

    @Test func pagesFromShellsAreThePagesTheWholeTemplatesMake() throws {
        let renderer = try renderer()
        for page in pages where page.title != "Di\r" {
            #expect(fromShell(page, by: renderer) == whole(page, by: renderer), "\(page.path)")
        }
        // `\r` and a `\n` after it would be one Character: such a page is rendered whole.
        #expect(fromShell(pages[7], by: renderer) == nil)
        // Twice: the first page of a shell is checked against the whole template, the others are made from the shell.
        for _ in 0..<2 {
            for page in pages {
                #expect(renderer.html(for: page) == whole(page, by: renderer), "\(page.path)")
            }
        }
        let html = renderer.html(for: pages[1])
        #expect(html.contains("<title>Ann &amp; &quot;Bo&quot; &lt;O&#39;Neil&gt; · Talks &amp; more</title>"))
        #expect(!html.contains(PageShells.markerPrefix))
    }

    /// The HTML files hold the bytes of `html(for:)`, whether written from a checked shell and cmark-gfm's bytes or not,
    /// also in a template that prints the content escaped and the path both ways, and one whose value names a template.
    @Test func htmlFilesHoldThePagesBytes() throws {
        let templated = [
            "section": "<h1>{{page.title}}</h1>{{&page.title}}{{{content}}}|{{content}}|{{page.path}}{{{page.path}}}",
            "source": "{{page.path}}:{{{page.path}}}:{{page.title}}{{{content}}}{{>*page.title}}",
            "note": "a note",
        ]
        let extra = MarkdownPage(path: "sources/note", title: "note", template: "source", markdown: "x & <y>\n")
        for templates in [[:], templated] {
            let renderer = try renderer(templates: templates)
            for _ in 0..<3 {
                for page in pages + [extra] {
                    let file = renderer.htmlFile(of: page)
                    #expect(file.path == page.path + ".html")
                    #expect(String(decoding: file.data, as: UTF8.self) == renderer.html(for: page), "\(page.path)")
                }
            }
        }
        // From its shell, a page's bytes are the shell's text and the page's values, the title escaped where printed so.
        let renderer = try renderer()
        _ = renderer.htmlFile(of: pages[1])
        let html = String(decoding: renderer.htmlFile(of: pages[1]).data, as: UTF8.self)
        #expect(html.contains("<title>Ann &amp; &quot;Bo&quot; &lt;O&#39;Neil&gt; · Talks &amp; more</title>"))
        #expect(html.contains("<h1>Ann</h1>\n<p>Says <em>hi</em>.</p>\n"))
    }

    /// A value's shape read on its UTF-8 is the shape read on its Characters.
    @Test func shapesOfBytesAreShapesOfStrings() {
        for value in ["", "a", "a\n", "\n", "\r", "a\r", "\r\n", "a\r\n", "\n\n", "é\n", "e\u{301}\n", "\n\u{301}", "a\u{2028}"] {
            var bytes = Array(value.utf8)
            let fromBytes = bytes.withUnsafeMutableBufferPointer { PageShells.Shape(utf8: UnsafeBufferPointer($0)) }
            #expect(fromBytes == PageShells.Shape(value), "\(Array(value.unicodeScalars))")
        }
    }

    /// In a build, a shell's first page is checked with a stand-in for its content, of the content's shape.
    @Test func standInContentsHaveTheShapesTheyStandFor() {
        for shape in [PageShells.Shape.empty, .endsLine, .other] {
            #expect(PageShells.Shape(PageShells.standInContent(shaped: shape)) == shape)
        }
    }

    @Test func aTemplateThatPrintsValuesInOtherWaysStillMakesTheSamePages() throws {
        let renderer = try renderer(templates: [
            "section": "<h1>{{page.title}}</h1>{{#page.title}}[{{.}}]{{/page.title}}{{^content}}none{{/content}}"
                + "{{{content}}}{{page.path}}{{&page.title}}{{%CONTENT_TYPE:TEXT}}{{page.title}}",
        ])
        for page in pages where page.template == "section" && page.title != "Di\r" {
            #expect(fromShell(page, by: renderer) != nil)
            #expect(fromShell(page, by: renderer) == whole(page, by: renderer), "\(page.path)")
        }
    }

    @Test func aTemplateThatDoesMoreThanPrintAPageValueHasNoShell() throws {
        let templates = [
            "{{uppercased(page.title)}}",
            "{{view.name}}",
            "{{#view}}x{{/view}}{{view}}",
            "{{#content}}{{site.title}}{{/content}}",
            "{{page.title.count}}",
        ]
        for template in templates {
            let renderer = try renderer(templates: ["section": template])
            let page = pages[2]
            let key = PageShells.Key(template: "section", root: "../", isIndex: false, currentSection: nil,
                                     shapes: [.other, .other, .endsLine])
            let shell = PageShells.shell(key: key) { title, path, content, view in
                renderer.templates.render("section", context: renderer.context(for: page, title: title, path: path, content: content, view: view))
            }
            #expect(shell == nil, "\(template)")
            #expect(renderer.html(for: page) == whole(page, by: renderer), "\(template)")
        }
    }

    @Test func aPageWhoseValueNamesATemplateIsRenderedWhole() throws {
        // `{{>*page.title}}` includes the template the title names: a shell would print nothing there.
        let renderer = try renderer(templates: ["section": "<{{>*page.title}}>", "note": "a note"])
        let page = MarkdownPage(path: "people/note", title: "note", template: "section", markdown: "x\n")
        #expect(renderer.html(for: pages[2]) == "<>")
        #expect(renderer.html(for: page) == "<a note>")
        // So is its HTML file, whose content comes as cmark-gfm's bytes.
        for _ in 0..<2 { #expect(String(decoding: renderer.htmlFile(of: page).data, as: UTF8.self) == "<a note>") }
        #expect(Array("note".utf8).withUnsafeBufferPointer { PageShells.namesTemplate(utf8: $0, in: ["note"]) })
        #expect(!Array("notes".utf8).withUnsafeBufferPointer { PageShells.namesTemplate(utf8: $0, in: ["note"]) })
    }

    @Test func theOutputIsCutAtEachPrintingOfASlot() {
        let title = Array((PageShells.markerPrefix + "0&\u{E000}").utf8)
        let escaped = Array((PageShells.markerPrefix + "0&amp;\u{E000}").utf8)
        let markers: [(bytes: [UInt8], part: PageShells.Part)] = [(title, .value(.title, escaped: false)), (escaped, .value(.title, escaped: true))]
        let parts = PageShells.cut(Array("<a>".utf8) + escaped + Array("|".utf8) + title, at: markers)
        #expect(parts.map { PageShells.html($0, values: ["A&B", "p", "c"]) } == "<a>A&amp;B|A&B")
        #expect(PageShells.cut(Array((PageShells.markerPrefix + "9&\u{E000}").utf8), at: markers) == nil)
    }

    /// A shell's first page is checked by reading the whole template's HTML along the shell: only the very bytes pass.
    @Test func aShellMakesExactlyTheBytesOfItsPage() {
        let parts: [PageShells.Part] = [.text("<t>"), .value(.title, escaped: true), .text("</t>"), .value(.path, escaped: false),
                                        .value(.content, escaped: false), .text("!")]
        let values = ["Ann & <Bo>", "people/ann.html", "<p>Hi é</p>\n"]
        let made = PageShells.html(parts, values: values)
        #expect(made == "<t>Ann &amp; &lt;Bo&gt;</t>people/ann.html<p>Hi é</p>\n!")
        #expect(PageShells.makes(made, from: parts, values: values))
        for other in ["", made + " ", String(made.dropLast()), made.replacingOccurrences(of: "&amp;", with: "&"),
                      "<t>Ann &amp; &lt;Bo&gt;</t>people/ann.html<p>Hi e\u{301}</p>\n!", made.replacingOccurrences(of: "ann.html", with: "bob.html")] {
            #expect(!PageShells.makes(other, from: parts, values: values), "\(other)")
        }
        #expect(PageShells.makes("", from: [], values: values))
        #expect(!PageShells.makes("x", from: [], values: values))
    }
}
