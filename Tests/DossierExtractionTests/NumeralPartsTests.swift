import Testing
import TestSupport
@testable import DossierExtraction

/// A number's numeral, value and rest read by bytes are those read by characters (`Character.isNumber`), for ASCII text
/// and for text that is not (which is read by characters).
@Suite struct NumeralPartsTests {
    /// The reading by characters that `NumeralParts` must agree with.
    static func byCharacters(_ text: String) -> (numeral: String, value: Double, suffix: String)? {
        let numeral = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." })
        guard let value = Double(String(numeral.filter { $0 != "," })) else { return nil }
        return (numeral, value, text.dropFirst(numeral.count).lowercased())
    }

    static let texts = ["", "7", "1,200", "1,200.5bn", "4.3bn", "15th", "1990s", "5pm", "60-day", "21-year-old", "2,000-pound",
                        "10-12", "1950-53", "3m", "5KM", "1.2.3", ",5", ".5", "1,,2", "1e5", "0x10", "12\u{BD}", "\u{661}\u{662}",
                        "5\u{2009}000", "3\u{2013}4", "7\u{301}", "9\u{FF10}", "42caf\u{E9}", "1.", "1,", "00012", "1_000",
                        "inf", "nan", "12 34", "99999999999999999999999", "2025-03-05", "1/5/17"]

    @Test func bytesAndCharactersAgree() {
        for text in Self.texts {
            let fast = NumeralParts.parts(of: text), slow = Self.byCharacters(text)
            #expect(fast?.numeral == slow?.numeral, "\(text)")
            #expect(fast?.value == slow?.value, "\(text)")
            #expect(fast?.suffix == slow?.suffix, "\(text)")
        }
    }

    /// Random ASCII texts of digits, marks and letters (from a fixed seed: a failure can be replayed).
    @Test func randomASCIITextsAgree() {
        var generator = SplitMix64(seed: 0x9E37_79B9_7F4A_7C15)
        let alphabet = Array("0123456789,.,.-kmbnKMBts%/e ")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...9, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let fast = NumeralParts.parts(of: text), slow = Self.byCharacters(text)
            #expect(fast?.numeral == slow?.numeral && fast?.value == slow?.value && fast?.suffix == slow?.suffix, "\(text)")
        }
    }
}
