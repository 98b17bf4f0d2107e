import Testing
import DossierCore

/// `lowercasedFast()` gives `lowercased()`'s answer for every kind of text the readers see.
@Suite struct FastLowercaseTests {
    static let texts = [
        "", "plain ascii", "MIXED Case 123 ABC xyz @[`{", "“Quoted,” he said: £5.", "ÀÉÎÕÜ and àéîõü, ĀĒĪ",
        "İstanbul DİYARBAKIR", "STRASSE Straße ẞ", "ΣΟΦΙΑ ΟΔΟΣ", "Ǆ ǅ ǆ", "e\u{301}E\u{301}", "A\u{0130}\u{212A}",
        "Emoji 👍🏽 FAMILY 👨‍👩‍👧 ＡＢＣ", "ЖУРНАЛ Киев", "TAB\tLF\nCR\r", "\u{0}NUL\u{7F}",
    ]

    @Test func sameAsLowercased() {
        for text in Self.texts {
            #expect(text.lowercasedFast() == text.lowercased(), "\(text)")
            #expect(Array(text.lowercasedFast().utf8) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    /// The fast path copies a scalar outside ASCII as it is when Changes_When_Lowercased is false: that property holds
    /// exactly when the scalar's lowercase mapping is not the scalar itself, for every scalar.
    @Test func changesWhenLowercasedIsExactlyAChangedMapping() {
        var disagreeing: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mapped = scalar.properties.lowercaseMapping
            let changed = mapped.unicodeScalars.count != 1 || mapped.unicodeScalars.first != scalar
            if scalar.properties.changesWhenLowercased != changed { disagreeing.append(value) }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(10))")
    }
}
