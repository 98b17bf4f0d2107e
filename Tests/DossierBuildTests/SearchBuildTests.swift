@testable import DossierBuild
import DossierCore
import DossierSite
import Foundation
import Testing

/// The search page and index in whole builds, and `search: false` in dossier.yml.
@Suite struct SearchBuildTests {
    @Test func everyPageGetsTheBoxAndTheSiteItsIndex() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        for file in ["search.html", "search.js", "search/index.js", "search/d0.js"] {
            #expect(site.exists("output/\(file)"), "missing \(file)")
        }
        let source = try #require(try FileManager.default.contentsOfDirectory(atPath: site.path("output/sources")).first { $0 != "index.html" })
        let page = try site.read("output/sources/\(source)")
        #expect(page.contains("<form class=\"site-search\" role=\"search\" action=\"../search.html\" method=\"get\" data-root=\"../\">"))
        #expect(page.contains("<script src=\"../search.js\"></script>"))
        let search = try site.read("output/search.html")
        #expect(search.contains("<noscript><p class=\"search-noscript\">"))
        #expect(search.contains("<ol id=\"search-results\""))
        #expect(!site.exists("output/markdown/search.md"))
    }

    /// The dev server's memory keeps the index with the pages: a template edit reuses it, a new article makes it again.
    @Test func aRebuildKeepsTheIndexUntilTheDossierChanges() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let pipeline = Pipeline(options: site.buildOptions())
        var remembered = RememberedBuild()
        var first = BuildReport()
        let built = try #require(pipeline.site(report: &first, remembered: &remembered))
        let made = try #require(remembered.pages?.searchIndex)
        #expect(made == built.filter { $0.path.hasPrefix("search/") })
        // A marker in place of the kept index shows which builds used it.
        let marker = SiteFile(path: "search/index.js", text: "kept\n")
        remembered.pages?.searchIndex = [marker]
        try site.write("templates/style.css", "body { color: black; }\n")
        var second = BuildReport()
        let restyled = try #require(pipeline.site(report: &second, remembered: &remembered))
        #expect(restyled.filter { $0.path.hasPrefix("search/") } == [marker])
        #expect(restyled.contains { $0.path == "search.html" })

        try site.write("content/articles/d-ferry.txt", "Ferry Service Resumes\n\nThe ferry service resumed on Tuesday, the operator said.\n")
        var third = BuildReport()
        let grown = try #require(pipeline.site(report: &third, remembered: &remembered))
        let remade = grown.filter { $0.path.hasPrefix("search/") }
        #expect(!remade.contains(marker))
        #expect(remade.contains { $0.path == "search/t-f.js" && String(decoding: $0.data, as: UTF8.self).contains("\n\"fe\":") })
        #expect(remembered.pages?.searchIndex == remade)
    }

    @Test func searchFalseLeavesItAllOut() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("content/dossier.yml", "title: Tiny\nsearch: false\n")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.all)")
        for file in ["search.html", "search.js", "search"] {
            #expect(!site.exists("output/\(file)"), "\(file) written with search: false")
        }
        let index = try site.read("output/index.html")
        #expect(!index.contains("site-search") && !index.contains("search.js"))
    }

    @Test func aSearchSettingThatIsNotAYesOrNoIsAWarning() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("content/dossier.yml", "title: Tiny\nsearch: sometimes\n")
        let report = Pipeline(options: site.buildOptions()).build()
        #expect(report.wroteOutput)
        let warning = try #require(report.diagnostics.warnings.first)
        #expect(warning.location?.line == 2)
        #expect(warning.message == "`search: sometimes` in dossier.yml is not `true` or `false`; search stays on")
        #expect(site.exists("output/search.html"))
    }
}
