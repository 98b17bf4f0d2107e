import DossierBuild
import Foundation
import Testing

/// Whole pages of the fixture dossier compared with golden files in `Golden/`.
/// After an intended change of the pages, re-record them: `DOSSIER_RECORD_GOLDEN=1 swift test --filter GoldenPageTests`.
@Suite(.serialized) struct GoldenPageTests {
    static let pages = [
        "index.html", "sources/index.html", "people/index.html", "topics/index.html", "figures.html", "timeline.html",
        "markdown/index.md", "dossier.json", "figures.csv",
    ]

    static var goldenFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test func pagesMatchTheirGoldenFiles() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let report = Pipeline(options: BuildOptions(workingDirectory: site.root)).build()
        #expect(report.wroteOutput)
        let sourcePages = try FileManager.default.contentsOfDirectory(atPath: site.path("output/sources")).filter { $0 != "index.html" }.sorted()
        let record = ProcessInfo.processInfo.environment["DOSSIER_RECORD_GOLDEN"] == "1"
        let compared = Self.pages + sourcePages.map { "sources/\($0)" }
        let goldenNames = Set(compared.map { $0.replacingOccurrences(of: "/", with: "__") })
        if record { try? FileManager.default.removeItem(at: Self.goldenFolder) }
        let stale = ((try? FileManager.default.contentsOfDirectory(atPath: Self.goldenFolder.path)) ?? []).filter { !goldenNames.contains($0) }
        #expect(stale.isEmpty, "golden files for pages the build no longer writes: \(stale.sorted())")
        for page in compared {
            let actual = try site.read("output/\(page)")
            let golden = Self.goldenFolder.appendingPathComponent(page.replacingOccurrences(of: "/", with: "__"))
            if record {
                try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: golden)
                continue
            }
            let expected = try? String(contentsOf: golden, encoding: .utf8)
            #expect(expected != nil, "no golden file for \(page): record with DOSSIER_RECORD_GOLDEN=1")
            if let expected, expected != actual {
                Issue.record("\(page) differs from its golden file: \(Self.firstDifference(expected, actual))")
            }
        }
    }

    /// The first differing line, to make a failure readable.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(left.count, right.count) {
            let l = index < left.count ? String(left[index]) : "<end>"
            let r = index < right.count ? String(right[index]) : "<end>"
            if l != r { return "line \(index + 1): expected `\(l)`, got `\(r)`" }
        }
        return "same lines, different bytes"
    }
}
