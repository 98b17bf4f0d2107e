import DossierCore
import Foundation
import Testing

/// The plain-Swift trimming gives Foundation's answers for the character sets it stands for.
@Suite struct ScalarTrimmingTests {
    static let samples = [
        "", " ", "\t\n", "plain", "  two words \t", "\u{00A0}no-break\u{00A0}", "\u{3000}ideographic\u{2003}", "line\u{2028}",
        "\r\ncrlf\r\n", "\u{85}next line", " \u{301}combining mark ", "¿Qué? ¡Sí!", "“quoted”,", "(brackets) [and] {braces}",
        "$5 + 3 = 8 | ~ ^ `", "…ellipsis…", "«guillemets»", "— dash –", "#tag @name 100% & more_", "\u{0009}tab\u{0009}",
        "zero\u{200B}width\u{200B}", "\u{200B}\u{2060}joiner\u{FEFF}", "é",
        // One end only (a string with neither end trimmed is given back without a copy; these must not be).
        " lead", "trail\t", "end\u{85}", "\u{0B}tab", "word.", "(word", "a\u{3000}",
    ]

    @Test(arguments: samples)
    func sameAsFoundation(_ text: String) {
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingPunctuationAndSpaces() == text.trimmingCharacters(in: CharacterSet.punctuationCharacters.union(.whitespaces)))
    }

    @Test func exactResults() {
        #expect("  \u{00A0}Gaza City\u{3000}\n".trimmingWhitespaceAndNewlines() == "Gaza City")
        #expect("\t(AP)\n".trimmingSpaces() == "(AP)\n")
        #expect("“12 comments.” ".trimmingPunctuationAndSpaces() == "12 comments")
    }
}
