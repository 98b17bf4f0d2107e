import Testing
@testable import DossierCore

/// `String.isAllASCII`: every byte below 0x80, wherever the first one that is not stands.
@Suite struct ASCIITextTests {
    @Test func aTextIsASCIIOnlyWhenEveryByteIs() {
        #expect("".isAllASCII)
        #expect(String(repeating: "Plain text, 2025.\t~ ", count: 40).isAllASCII)
        let long = String(repeating: "a", count: 300)
        for position in [0, 1, 150, 299] {
            var text = Array(long)
            text[position] = "é"
            #expect(!String(text).isAllASCII, "non-ASCII at \(position)")
        }
        #expect(!"\u{212A}".isAllASCII)
        #expect(!"x\u{7F}\u{80}".isAllASCII)
        #expect("\u{7F}".isAllASCII)
    }
}
