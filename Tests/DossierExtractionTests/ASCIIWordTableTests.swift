import Testing
@testable import DossierExtraction

/// The asked words found by their bytes (`ASCIIWordTable`), and the capitals told eight bytes at a time
/// (`ASCIICapitals`), as `StringPlaces` and `NameKey.foldsToItself` answer.
@Suite struct ASCIIWordTableTests {
    private func place(_ table: ASCIIWordTable, _ word: String) -> Int? {
        var word = word
        return word.withUTF8 { bytes in ASCIIWordHash.hash(bytes).flatMap { table.place(ofASCII: bytes, hash: $0) } }
    }

    @Test func findsEachASCIIWordAtItsPlace() {
        var places = StringPlaces()
        let words = ["smith", "", "a", "ab", "abc", "abcd", "seven77", "eightchr", "a much longer word with spaces", "café", "jones"]
        for word in words { _ = places.place(adding: word) }
        let table = ASCIIWordTable(places)
        #expect(table.answersASCII)
        for word in words where word != "café" { #expect(place(table, word) == places.place(of: word), "\(word)") }
        for word in ["smit", "smiths", "caf", "abce", "eightchx", "b", "Smith"] { #expect(place(table, word) == nil, "\(word)") }
    }

    /// A word holding a scalar whose canonical form is ASCII (the Kelvin sign is `K`) equals an ASCII word as a string:
    /// the table then answers nothing by bytes.
    @Test func refusesATableWithAWordEqualToAnASCIIOne() {
        var places = StringPlaces()
        _ = places.place(adding: "\u{212A}elvin")
        #expect(!ASCIIWordTable(places).answersASCII)
    }

    @Test func capitalsAreToldAtEveryLengthAndPosition() {
        for length in 0...20 {
            Array(repeating: UInt8(ascii: "a"), count: length).withUnsafeBufferPointer { #expect(!ASCIICapitals.holdsCapital(asciiBytes: $0), "\(length)") }
            for position in 0..<length {
                for capital in ["A", "M", "Z"] {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = capital.utf8.first!
                    bytes.withUnsafeBufferPointer { #expect(ASCIICapitals.holdsCapital(asciiBytes: $0), "\(length) \(position)") }
                }
            }
        }
        // The bytes around `A`–`Z`, and DEL.
        for byte: UInt8 in [0x00, 0x40, 0x5B, 0x60, 0x61, 0x7A, 0x7F] {
            for length in [1, 5, 9] {
                Array(repeating: byte, count: length).withUnsafeBufferPointer { #expect(!ASCIICapitals.holdsCapital(asciiBytes: $0), "\(byte)") }
            }
        }
        for text in ["lower", "o'brien", "a@[`{ 1-2", "Brown", "NATO", "mcDonald", "a long lower text, with 1-2 numbers", "a long text that ends in a capitaL"] {
            let holds = Array(text.utf8).withUnsafeBufferPointer { ASCIICapitals.holdsCapital(asciiBytes: $0) }
            #expect(holds == !NameKey.foldsToItself(text), "\(text)")
        }
    }
}
