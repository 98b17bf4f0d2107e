import Foundation
import Testing
@testable import DossierSite

@Suite struct SearchNormaliserTests {
    /// The table the page's JavaScript is checked against too (scripts/browser-search-test.py).
    static func examples() throws -> [(text: String, terms: String)] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/search-normalisation.tsv")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "")
            }
    }

    @Test func everyExampleOfTheSharedTable() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 15)
        for example in examples {
            #expect(SearchNormaliser().terms(example.text).joined(separator: " ") == example.terms, "\(example.text)")
        }
    }

    @Test func pluralFoldRules() {
        #expect(["policies", "witnesses", "talks", "crisis", "status", "gas", "ties", "glass"].map(PluralFold.fold)
                == ["policy", "witness", "talk", "crisis", "status", "gas", "tie", "glass"])
    }

    /// The one-pass reading of ASCII text gives the words of the step-by-step one, apostrophes and all.
    @Test func asciiWordsAreTheUnicodeWords() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aZs1' '.-\"x")
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(SearchNormaliser.asciiWords(text) == SearchNormaliser().unicodeWords(text), "\(text)")
        }
        #expect(SearchNormaliser.asciiWords("O'Brien's rock''n'roll, hostages' 1,200") == ["obrien", "rock", "nroll", "hostages", "1", "200"])
    }

    @Test func theFoldIsASeam() {
        let upper = SearchNormaliser(fold: { $0 == "bibi" ? "netanyahu" : $0 })
        #expect(upper.terms("Bibi’s talks") == ["netanyahu", "talks"])
    }
}
