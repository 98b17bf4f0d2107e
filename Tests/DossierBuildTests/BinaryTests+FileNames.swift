import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bad file names and paths in the content folder: each is one warning naming the file as the user would type
/// it, and the build goes on with the other articles.
extension BinaryTests {
    /// Builds the `tiny` fixture after `prepare` spoils it, and returns the exit status and stderr of `--quiet`.
    func buildTiny(environment: [String: String] = [:], _ prepare: (FixtureSite) throws -> Void) throws -> Run {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try prepare(site)
        return try run(["build", "--quiet"], in: site.root, environment: environment)
    }

    /// Creates a file whose name is any bytes, which `FileManager` (taking a `String`) cannot.
    func writeFile(named name: [UInt8], in folder: URL, _ text: String) throws {
        let path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let descriptor = path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == text.utf8.count)
    }

    @Test func fileNameThatIsNotUTF8IsShownShellQuotedAndSkipped() throws {
        let result = try buildTiny { site in
            try writeFile(named: Array("bad".utf8) + [0xFF] + Array("name.txt".utf8), in: site.url("content/articles"), "Some text.\n")
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "content/articles/$'bad\\xffname.txt': warning: the file name is not valid UTF-8; rename the file; skipped\n")
    }

    @Test func fileNameWithALineBreakIsShownShellQuotedAndSkipped() throws {
        let result = try buildTiny { site in
            try site.write("content/articles/two\nlines.txt", "Some text.\n")
            try site.write("content/articles/tab\there.md", "Some text.\n")
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            content/articles/$'tab\\there.md': warning: the file name holds a control character; rename the file; skipped
            content/articles/$'two\\nlines.txt': warning: the file name holds a line break; rename the file; skipped

            """)
    }

    @Test func folderNameThatIsNotUTF8IsReportedOnce() throws {
        let result = try buildTiny { site in
            let folder = site.url("content/articles")
            let name = Array("caf".utf8) + [0xE9]
            let made = (Array(folder.path.utf8) + [UInt8(ascii: "/")] + name + [0]).withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { mkdir($0.baseAddress!, 0o755) }
            }
            try #require(made == 0)
            try writeFile(named: name + Array("/inside.txt".utf8), in: folder, "Some text.\n")
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "content/articles/$'caf\\xe9': warning: the folder name is not valid UTF-8; rename the folder (its articles are skipped); skipped\n")
    }

    @Test func symbolicLinkOutOfTheContentFolderIsSkippedSayingWhy() throws {
        let result = try buildTiny { site in
            try site.write("elsewhere.txt", "A private note that must not be published.\n")
            try FileManager.default.createSymbolicLink(atPath: site.path("content/articles/outside.txt"), withDestinationPath: "../../elsewhere.txt")
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "content/articles/outside.txt: warning: symbolic link to ../../elsewhere.txt, outside the content folder: "
            + "dossier reads only what is inside it, so that a build never publishes a file from elsewhere (each article is copied into the site); "
            + "copy the file in instead; skipped\n")
    }

    @Test func symbolicLinkInsideTheContentFolderIsReadOnce() throws {
        let site = try FixtureSite("tiny")
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.path("content/articles/again.txt"), withDestinationPath: "a-plain.txt")
        try FileManager.default.createSymbolicLink(atPath: site.path("content/more"), withDestinationPath: "articles")
        let result = try run(["build"], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("from 3 articles (0 skipped)"), "\(result.stderr)")
    }

    @Test func symbolicLinkLoopsAreWarningsAndTheBuildGoesOn() throws {
        let result = try buildTiny { site in
            try FileManager.default.createSymbolicLink(atPath: site.path("content/articles/loop.txt"), withDestinationPath: "loop.txt")
            try FileManager.default.createSymbolicLink(atPath: site.path("content/articles/up"), withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(atPath: site.path("content/articles/gone.md"), withDestinationPath: "nowhere.md")
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == """
            content/articles/gone.md: warning: symbolic link to nowhere.md, which does not exist; fix or remove the link; skipped
            content/articles/loop.txt: warning: symbolic link loop: the link to loop.txt leads back to itself; fix or remove the link; skipped
            content/articles/up: warning: symbolic link loop: the link to .. leads to a folder that contains it; remove the link; skipped

            """)
    }

    @Test func fileThatVanishesBetweenListingAndReadingIsAWarning() throws {
        let result = try buildTiny(environment: ["DOSSIER_TEST_DELETE_AFTER_LISTING": "articles/a-plain.txt"]) { _ in }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "content/articles/a-plain.txt: warning: the file was deleted or moved after the build listed the folder; "
            + "build again when the folder is settled; skipped\n")
    }

    @Test func namedPipeWithAnArticleNameIsSkippedInsteadOfBlocking() throws {
        let result = try buildTiny { site in
            #expect(mkfifo(site.path("content/articles/pipe.txt"), 0o644) == 0)
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "content/articles/pipe.txt: warning: is not a regular file (a named pipe, socket or device); dossier reads only files; skipped\n")
    }

    /// A folder of many files (here 3,000; `scripts/many-files.sh` times 100,000) is listed and built.
    @Test func folderOfManyFilesBuilds() throws {
        let result = try buildTiny { site in
            let folder = site.url("content/articles/bulk")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for index in 0..<3_000 {
                let name = index % 100 == 0 ? "note-\(index).txt" : "image-\(index).jpg"
                try Data("Note \(index) says the talks went on.\n".utf8).write(to: folder.appendingPathComponent(name))
            }
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
