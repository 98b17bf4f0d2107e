@testable import DossierBuild
import Foundation
import Testing

/// `dossier build` over an existing output hands the replaced site to a detached `dossier remove-replaced-site`.
@Suite struct ReplacedSiteHandOffTests {
    /// Waits (a minute at most) until nothing is left beside the site's output: the detached process takes the folder
    /// under a name of its own before it deletes it.
    private func waitUntilNothingBesideOutput(_ site: FixtureSite) throws -> Bool {
        let deadline = Date().addingTimeInterval(60)
        while try !site.foldersBesideOutput().isEmpty {
            if Date() > deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    @Test func theStartedProcessDeletesTheFolder() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let output = site.url("output")
        let removing = SiblingFolders(output: output).url(.removing)
        for index in 0..<50 { try site.write(".output.removing-\(getpid())/sources/\(index).html", "old page \(index)") }
        #expect(ReplacedSiteHandOff.start(removing: removing, besideOutput: output, executable: BinaryTests.binary.path))
        #expect(try waitUntilNothingBesideOutput(site))
    }

    @Test func theCommandDeletesOnlyAReplacedSiteBesideTheOutput() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write(".output.building-999999/index.html", "a build folder")
        try site.write("elsewhere/index.html", "the user's folder")
        try site.write(".output.removing-999999/index.html", "a replaced site")
        let binary = BinaryTests()
        for refused in [".output.building-999999", "elsewhere", ".other.removing-999999"] {
            let result = try binary.run(["remove-replaced-site", site.path("output"), site.path(refused)], in: site.root)
            #expect(result.status == 1, "\(refused)")
            #expect(result.stderr.contains("is not a replaced site beside"), "\(result.stderr)")
        }
        #expect(site.exists(".output.building-999999/index.html"))
        #expect(site.exists("elsewhere/index.html"))
        let removed = try binary.run(["remove-replaced-site", site.path("output"), site.path(".output.removing-999999")], in: site.root)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(!site.exists(".output.removing-999999"))
        #expect(!removed.stdout.contains("remove-replaced-site"))
    }

    @Test func theCommandIsNotInTheHelp() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let help = try BinaryTests().run(["--help"], in: site.root)
        #expect(help.stdout.contains("build"))
        #expect(!help.stdout.contains(ReplacedSiteHandOff.commandName))
    }

    @Test func aRebuildOfALargeSiteLeavesTheNewSiteAndNothingBesideIt() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        for index in 0..<400 {
            try site.write("content/articles/bulk/\(index).txt", "Story Number \(index) Is Here\n\nOfficials in Harbourton said on Monday that \(index + 10) families had left.\n")
        }
        let binary = BinaryTests()
        #expect(try binary.run(["build", "--quiet"], in: site.root).status == 0)
        let first = try site.snapshot("output")
        // Large enough to be handed off.
        #expect(first.count >= ReplacedSiteHandOff.minimumFiles)
        try site.write("content/articles/bulk/0.txt", "Story Number Zero Is Here\n\nOfficials in Harbourton said on Tuesday that 7 families had left.\n")
        let rebuild = try binary.run(["build", "--quiet"], in: site.root)
        #expect(rebuild.status == 0, "\(rebuild.stderr)")
        #expect(try site.snapshot("output") != first)
        #expect(SiteManifest.isCompleteSite(site.url("output")))
        #expect(try waitUntilNothingBesideOutput(site))
    }
}
