import DossierCore
import Foundation
import Testing
@testable import DossierCorpus

/// Listing the content folder and reading each article, on a small folder made in a temporary directory.
@Suite struct ContentLoaderTests {
    /// A fresh content folder holding `files` (relative path → text).
    func contentFolder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-loader-\(UUID().uuidString)")
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func listsArticlesInEveryFolderSortedAndLeavesOutOtherFiles() throws {
        let folder = try contentFolder([
            "articles/b.txt": "B.", "articles/a.MD": "A.", "articles/deep/er/c.txt": "C.",
            "articles/photo.jpg": "", "dossier.yml": "title: T", ".hidden/d.txt": "D.", "articles/.e.txt": "E.",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let listing = try ContentLoader(folder: folder, displayPath: "content").listArticles()
        #expect(listing.paths == ["articles/a.MD", "articles/b.txt", "articles/deep/er/c.txt"])
        #expect(listing.warnings.isEmpty)
    }

    @Test func fileDeletedBetweenListingAndReadingIsAWarningThatSaysSo() throws {
        let folder = try contentFolder(["articles/a.txt": "Some text."])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loader = ContentLoader(folder: folder, displayPath: "./content/")
        let paths = try loader.listArticles().paths
        try FileManager.default.removeItem(at: folder.appendingPathComponent("articles/a.txt"))
        guard case .failure(let warning) = loader.load(relativePath: paths[0]) else {
            Issue.record("a deleted file was read")
            return
        }
        #expect(warning.description == "content/articles/a.txt: warning: the file was deleted or moved after the build listed the folder; "
            + "build again when the folder is settled; skipped")
    }

    @Test func invalidUTF8IsReportedWithItsByteLineAndColumn() throws {
        let folder = try contentFolder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("ok\nab".utf8) + [0xC3, 0x28]).write(to: folder.appendingPathComponent("x.txt"))
        guard case .failure(let warning) = ContentLoader(folder: folder, displayPath: "c").load(relativePath: "x.txt") else {
            Issue.record("invalid UTF-8 was read")
            return
        }
        #expect(warning.description == "c/x.txt:2:3: warning: invalid UTF-8 at byte 5; save the file as UTF-8; skipped")
    }
}

extension ContentLoaderTests {
    /// `.md` in any case, asked of the bytes of an ASCII path and of the lowercased text of any other.
    @Test func markdownIsTheMdEndingInAnyCase() {
        for path in ["a.md", "a.MD", "dir/b.Md", ".md", "é/c.mD", "日本.md"] { #expect(ContentLoader.isMarkdown(path), "\(path)") }
        for path in ["a.txt", "md", "a.m", "a.mdx", "a.md.txt", "amd", "a\u{0E}md", "a.nd", "a.me", "a,md", "é.txt", ""] {
            #expect(!ContentLoader.isMarkdown(path), "\(path.debugDescription)")
        }
        #expect(ContentLoader.joined("content", "a/b.txt") == "content/a/b.txt")
    }

    /// A file is read whole whatever its size, at and around the sizes where the buffer's room ends.
    @Test func filesAreReadWholeAtEverySize() throws {
        let sizes = [0, 1, 15, 16, 4095, 4096, 4097, 70_000]
        var files: [String: String] = [:]
        for size in sizes { files["s\(size).txt"] = String((0..<size).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) }) }
        let folder = try contentFolder(files)
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in sizes {
            let path = folder.appendingPathComponent("s\(size).txt").path
            guard case .success(let bytes) = FileBytes.read(path: path) else {
                Issue.record("s\(size).txt was not read")
                continue
            }
            #expect(bytes == Array(files["s\(size).txt"]!.utf8))
        }
        let loader = ContentLoader(folder: folder, displayPath: "content")
        guard case .success(let file) = loader.load(relativePath: "s16.txt") else {
            Issue.record("s16.txt was not loaded")
            return
        }
        #expect(file.path == "content/s16.txt" && file.body == files["s16.txt"])
    }

    /// The walker keeps `.txt` and `.md` names in any case, after at least one other byte, and only a real dot before
    /// the ending (the control byte 0x0E is not one, though `| 0x20` turns it into one).
    @Test func walkerKeepsArticleNamesOnly() {
        for name in ["a.txt", "a.TXT", "b.Md", "note.md", "x.y.txt"] { #expect(ContentWalker.isArticle(Array(name.utf8)), "\(name)") }
        for name in ["a\u{0E}txt", "a\u{0E}md", ".txt", "a.text", "a.mdx", "atxt", "a.tx"] {
            #expect(!ContentWalker.isArticle(Array(name.utf8)), "\(name)")
        }
    }
}
