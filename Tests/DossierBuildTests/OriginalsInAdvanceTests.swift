import DossierBuild
import DossierSite
import DossierCore
import Foundation
import Testing

/// A build writes the originals into its build folder while the extract stage runs (`OriginalsInAdvance`): the output
/// must hold what the same site made in memory holds, and a build that fails afterwards must leave nothing behind.
@Suite struct OriginalsInAdvanceTests {
    /// The files of the site made in memory, the last of each path.
    func siteInMemory(_ site: FixtureSite) throws -> [String: Data] {
        var report = BuildReport()
        let files = try #require(Pipeline(options: site.buildOptions()).site(report: &report))
        var byPath: [String: Data] = [:]
        for file in files { byPath[file.path] = file.data }
        return byPath
    }

    @Test func theOutputHoldsTheSiteMadeInMemory() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(Pipeline(options: site.buildOptions()).build().wroteOutput)
        var written = try site.snapshot("output")
        #expect(written.removeValue(forKey: "dossier-files.json") != nil)
        let inMemory = try siteInMemory(site)
        #expect(written.keys.filter { $0.hasPrefix("originals/") }.count == 3)
        #expect(written.keys.sorted() == inMemory.keys.sorted())
        #expect(written == inMemory)
    }

    @Test func anOriginalWinsOverATemplateFileOfItsPath() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        let original = try #require(try site.snapshot("output/originals").keys.sorted().first { !$0.contains(".removed.") })
        let given = try site.read("output/originals/\(original)")
        try site.write("templates/originals/\(original)", "a template file of the same path\n")
        #expect(Pipeline(options: site.buildOptions()).build().wroteOutput)
        #expect(try site.read("output/originals/\(original)") == given)
        #expect(try siteInMemory(site)["originals/\(original)"] == Data(given.utf8))
    }

    @Test func aBuildThatFailsAfterReadingTheArticlesLeavesTheOutputAndNoBuildFolder() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        _ = Pipeline(options: site.buildOptions()).build()
        let before = try site.snapshot("output")
        try site.write("content/articles/a-plain.txt", "Changed Title\n\nA changed article that says another thing.\n")
        try Data([0x48, 0x69, 0x0A, 0x41, 0xFF, 0xFE, 0x42]).write(to: site.url("content/articles/bad-bytes.txt"))
        let report = Pipeline(options: site.buildOptions(strict: true)).build()
        #expect(!report.wroteOutput)
        #expect(report.failed(strict: true))
        #expect(try site.snapshot("output") == before)
        let leftovers = try site.foldersBesideOutput()
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}
