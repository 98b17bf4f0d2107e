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
        for text in texts {
            #expect(HTMLText.escape(text) == templates.render("value", context: ["value": text]), "\(Array(text.unicodeScalars))")
        }
        #expect(HTMLText.escape("Ann & \"Bo\" <O'Neil>") == "Ann &amp; &quot;Bo&quot; &lt;O&#39;Neil&gt;")
        // `"` and the accent after it are one Character, left as it is; `<` is one of its own.
        let joined = HTMLText.escape("\"\u{301}<")
        let expected = "\"\u{301}&lt;"
        #expect(joined == expected)
    }

    /// Bytes are escaped as they are only where each mark stands between ASCII characters or at an end.
    @Test func marksStandAloneOnlyBetweenASCII() {
        /// Whether each mark of the text stands alone, in order.
        func standAlone(_ text: String) -> [Bool] {
            var text = text
            return text.withUTF8 { bytes in
                bytes.indices.filter { "&<>\"'".utf8.contains(bytes[$0]) }.map { HTMLText.standsAlone(bytes, at: $0) }
            }
        }
        #expect(standAlone("a<b & c'd\"") == [true, true, true, true])
        #expect(standAlone("é a<b é") == [true])
        #expect(standAlone("é<") == [false])
        #expect(standAlone("<é") == [false])
        #expect(standAlone("<a>é") == [true, false])
        let quoteWithAccent = standAlone("x\"\u{301}")
        #expect(quoteWithAccent == [false])
        // The escape goes Character by Character from the first mark that may not stand alone: the accent stays with
        // its quote, the marks before and after it are escaped.
        let mixed = HTMLText.escape("<a\"\u{301}>")
        let mixedExpected = "&lt;a\"\u{301}&gt;"
        #expect(mixed == mixedExpected)
        #expect(HTMLText.escape("plain text") == "plain text")
    }
}
