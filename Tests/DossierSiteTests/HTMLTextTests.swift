@testable import DossierSite
import Foundation
import Testing

/// `HTMLText.escape` prints a value as swift-mustache's `{{value}}` does, Character by Character, also where a mark
/// shares its Character with a scalar beyond ASCII (which its byte-by-byte escaping must leave to the Characters).
@Suite struct HTMLTextTests {
    /// The templates with one, `value`, that prints its value escaped.
    func templates() throws -> TemplateLibrary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{value}}".write(to: folder.appendingPathComponent("value.mustache"), atomically: true, encoding: .utf8)
        return try TemplateLibrary(folder: folder)
    }

    @Test func escapesAsTheTemplatesDo() throws {
        let templates = try templates()
        // Marks, ASCII, a combining accent, a prepended mark (Arabic number sign), a joiner, a two-byte letter, a line end.
        let pieces = ["&", "<", ">", "\"", "'", "a", "\u{301}", "\u{600}", "\u{200D}", "é", "\r", "\n"]
        var texts = [""]
        var last = [""]
        for _ in 0..<4 {
            last = last.flatMap { text in pieces.map { text + $0 } }
            texts += last
        }
        var checked = 0
        for text in texts {
            #expect(HTMLText.escape(text) == templates.render("value", context: ["value": text]), "\(Array(text.unicodeScalars))")
            checked += 1
        }
        #expect(checked == 1 + 12 + 144 + 1728 + 20736)
        #expect(HTMLText.escape("Ann & \"Bo\" <O'Neil>") == "Ann &amp; &quot;Bo&quot; &lt;O&#39;Neil&gt;")
        // `"` and the accent after it are one Character, left as it is; `<` is one of its own.
        let joined = HTMLText.escape("\"\u{301}<")
        let expected = "\"\u{301}&lt;"
        #expect(joined == expected)
    }

    /// Bytes are escaped as they are only where each mark stands between ASCII characters or at an end.
    @Test func marksStandAloneOnlyBetweenASCII() {
        func standAlone(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { HTMLText.marksStandAlone($0) }
        }
        #expect(standAlone("a<b & c'd\""))
        #expect(standAlone("é a<b é"))
        #expect(!standAlone("é<"))
        #expect(!standAlone("<é"))
        let quoteWithAccent = standAlone("x\"\u{301}")
        #expect(!quoteWithAccent)
    }
}
