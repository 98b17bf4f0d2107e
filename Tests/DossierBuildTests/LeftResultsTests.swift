@testable import DossierBuild
import Foundation
import Testing

@Suite struct LeftResultsTests {
    /// A build told that its process ends with it leaves its results in `LeftResults` (one entry per build) and writes
    /// the same site; a build not told so (every build of the dev server, and the tests') leaves nothing there.
    @Test func onlyABuildToldSoLeavesItsResults() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let before = LeftResults.count
        _ = Pipeline(options: site.buildOptions()).build()
        #expect(LeftResults.count == before)
        let freed = try Data(contentsOf: site.url("output/dossier.json"))

        var leaving = Pipeline(options: site.buildOptions())
        leaving.leavesResults = true
        let report = leaving.build()
        #expect(report.wroteOutput)
        #expect(LeftResults.count == before + 1)
        #expect(try Data(contentsOf: site.url("output/dossier.json")) == freed)
    }
}
