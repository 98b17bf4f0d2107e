import DossierBuild
import DossierSite
import DossierCore
import Foundation
import Testing

/// Whole builds of the fixture corpus into temporary folders.
@Suite struct EndToEndBuildTests {
    @Test func buildsEveryPageAndTheJSON() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        #expect(report.articlesRead == 3)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        for page in ["index.html", "people/index.html", "topics/index.html", "figures.html", "timeline.html", "sources/index.html", "style.css", "dossier.json", "markdown/index.md"] {
            #expect(site.exists("output/\(page)"), "missing \(page)")
        }
        let sources = try FileManager.default.contentsOfDirectory(atPath: site.path("output/sources")).filter { $0 != "index.html" }
        #expect(sources.count == 3)
        #expect(!site.exists("output/etc"))
    }

    @Test func jsonFollowsTheDocumentedFormat() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.url("output/dossier.json"))) as! [String: Any]
        #expect(json["schema"] as? Int == 1)
        #expect(json["title"] as? String == "Tiny fixture dossier")
        for key in ["people", "topics", "figures", "events"] { #expect(json[key] is [Any], "\(key)") }
        let sources = json["sources"] as! [[String: Any]]
        #expect(sources.count == 3)
        let storm = try #require(sources.first { ($0["path"] as? String)?.hasSuffix("b-front-matter.md") == true })
        #expect(storm["title"] as? String == "Storm <script>alert(1)</script> closes ports")
        #expect(storm["outlet"] as? String == "Coastal Times")
        #expect(storm["published"] as? String == "2024-02-03")
        #expect(storm["authors"] as? [String] == ["Ana Rivera"])
        #expect((storm["fields"] as? [String: String])?["desk"] == "weather")
        let page = try #require(storm["page"] as? String)
        #expect(site.exists("output/\(page)"))
        for source in sources {
            for key in ["id", "path", "title", "outlet", "origin", "published", "authors", "words", "flags", "page"] {
                #expect(source.keys.contains(key), "source lacks \(key)")
            }
        }
    }

    @Test func corpusTextIsEscapedOnEveryPage() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        for (path, data) in try site.snapshot("output") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("href=\"javascript:"), "\(path)")
        }
        let storm = try site.snapshot("output/sources").first { $0.key.contains("storm") }
        #expect(String(decoding: try #require(storm).value, as: UTF8.self).contains("Storm &lt;script&gt;alert(1)&lt;/script&gt; closes ports"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        let first = try site.snapshot("output")
        _ = Pipeline(options: site.buildOptions()).build()
        let second = try site.snapshot("output")
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first == second)
    }

    @Test func brokenTemplateLeavesTheOutputUnchanged() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        let before = try site.snapshot("output")
        try site.write("templates/source.mustache", "{{<base}}\n{{$body}}\n{{#view.title}}\n{{/body}}\n{{/base}}\n")
        try site.write("content/articles/d-new.txt", "A New Article\n\nIt says something new.\n")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(!report.wroteOutput)
        #expect(report.failed(strict: false))
        let error = try #require(report.diagnostics.errors.first)
        #expect(error.location?.file.hasSuffix("templates/source.mustache") == true)
        #expect(error.location?.line != nil)
        #expect(try site.snapshot("output") == before)
        let leftovers = try site.foldersBesideOutput()
        #expect(leftovers.isEmpty)
    }

    @Test func aBadArticleIsSkippedWithAWarning() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try Data([0x48, 0x69, 0x0A, 0x41, 0xFF, 0xFE, 0x42]).write(to: site.url("content/articles/bad-bytes.txt"))
        try site.write("content/articles/broken.md", "---\ntitle: ok\nauthors: [unclosed\n---\nBody.\n")
        try site.write("content/articles/empty.txt", "  \n\n")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        #expect(report.articlesRead == 3)
        #expect(report.articlesSkipped == 3)
        let warnings = report.diagnostics.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("bad-bytes.txt:2:2: warning: invalid UTF-8 at byte 4") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("broken.md:3:") && $0.contains("front matter is not valid YAML") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("empty.txt: warning: the article is empty") }, "\(warnings)")
        let strict = Pipeline(options: site.buildOptions(strict: true)).build()
        #expect(strict.failed(strict: true))
    }

    @Test func unknownSettingInDossierYmlIsAWarningWithItsLine() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("content/dossier.yml", "title: Tiny\ncolour: \"\"\nlanguage: en\n")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        let warning = try #require(report.diagnostics.warnings.first)
        #expect(warning.location?.file.hasSuffix("content/dossier.yml") == true)
        #expect(warning.location?.line == 2)
        #expect(warning.message.hasPrefix("unknown setting `colour`"))
    }

    @Test func noArticlesIsAnError() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.url("content/articles"))
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(!report.wroteOutput)
        #expect(report.diagnostics.errors.contains { $0.message.hasPrefix("no articles found") })
    }

    @Test func refusesToReplaceAFolderItDidNotMake() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("output/notes.txt", "my own notes")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(!report.wroteOutput)
        #expect(try site.read("output/notes.txt") == "my own notes")
    }

    @Test func userTemplateOverridesAndMissingOnesFallBack() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("templates/index.mustache", "{{<base}}{{$body}}<p class=\"custom\">{{site.title}}</p>{{/body}}{{/base}}")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        let index = try site.read("output/index.html")
        #expect(index.contains("<p class=\"custom\">Tiny fixture dossier</p>"))
        #expect(index.contains("<nav"))
    }
}
