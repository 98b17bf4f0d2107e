import Foundation
import Testing

/// Runs the built `dossier` binary as a user would, checking exit status and messages.
@Suite struct BinaryTests {
    /// The `dossier` executable beside the test bundle.
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/dossier")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func missingContentFolderExitsWithStatusOneAndSaysWhatToDo() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let result = try run(["build", "--content", "nowhere"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("nowhere: error: content folder not found"), "\(result.stderr)")
        #expect(result.stderr.contains("--content"))
        #expect(!site.exists("output"))
    }

    @Test func buildSucceedsWithStatusZeroAndASummary() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let result = try run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("from 3 articles"), "\(result.stderr)")
        #expect(site.exists("output/index.html"))
        let quiet = try run(["build", "--quiet"], in: site.root)
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    }

    @Test func brokenTemplateExitsNonZeroNamingTheFileAndLine() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("templates/index.mustache", "{{<base}}\n{{$body}}\n<p>{{site.title</p>\n{{/body}}\n{{/base}}\n")
        let result = try run(["build"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("templates/index.mustache:3:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: template does not parse"), "\(result.stderr)")
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("content/articles/empty.txt", "")
        #expect(try run(["build"], in: site.root).status == 0)
        let strict = try run(["build", "--strict"], in: site.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("empty.txt: error: the article is empty"), "\(strict.stderr)")
    }

    @Test func initScaffoldsADossierThatBuilds() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let result = try run(["init", "new-story"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(site.exists("new-story/content/dossier.yml"))
        #expect(site.exists("new-story/templates/base.mustache"))
        #expect(site.exists("new-story/templates/style.css"))
        try site.write("new-story/content/articles/one.txt", "A Headline Here\n\nA sentence of the story.\n")
        #expect(try run(["build"], in: site.url("new-story")).status == 0)
        #expect(try run(["init", "new-story"], in: site.root).status == 1)
    }

    @Test func interruptedBuildLeavesTheOutputAsItWas() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(try run(["build", "--quiet"], in: site.root).status == 0)
        let before = try site.snapshot("output")
        // Enough articles that the build is still running when the signal comes.
        let paragraph = String(repeating: "Officials said on Monday that 1,200 people had left the city of Harbourton. ", count: 30)
        for index in 0..<1500 {
            try site.write("content/articles/bulk/\(index).txt", "Story Number \(index) Is Here\n\n\(paragraph)\n")
        }
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["build", "--quiet"]
        process.currentDirectoryURL = site.root
        process.standardError = Pipe()
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try site.snapshot("output") == before)
        let leftovers = try site.foldersBesideOutput()
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test func anOutputFolderThatCannotBeMadeExitsWithStatusOneAndSaysWhy() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try site.write("blocker", "a file where a folder should be")
        let result = try run(["build", "--quiet", "--output", "blocker/site"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("blocker/site: error: cannot write the site (cannot create the build folder beside the output `.site.building-"), "\(result.stderr)")
        #expect(result.stderr.contains(": Not a directory); check the folder that holds the output or pass another --output; the previous output is unchanged\n"), "\(result.stderr)")
    }

    @Test func anOutputInFoldersThatDoNotExistYetMakesThem() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        let result = try run(["build", "--quiet", "--output", "new/deeper/site"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("new/deeper/site/index.html").path))
    }

    @Test func aSiteThatCannotBeWrittenLeavesThePreviousOutput() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(try run(["build", "--quiet"], in: site.root).status == 0)
        let before = try site.snapshot("output")
        // A template file named like the folder of source pages: the site cannot hold both.
        try site.write("templates/sources", "not a folder")
        let result = try run(["build", "--quiet"], in: site.root)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("output: error: cannot write the site (cannot create `sources`: Is a directory);"), "\(result.stderr)")
        #expect(try site.snapshot("output") == before)
        #expect(try site.foldersBesideOutput() == [])
    }

    @Test func versionAndHelp() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        #expect(try run(["--version"], in: site.root).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try run(["build", "--help"], in: site.root)
        #expect(help.stdout.contains("--content"))
        #expect(help.stdout.contains("--strict"))
    }
}
