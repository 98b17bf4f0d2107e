import Foundation
import Testing
@testable import DossierExtraction

/// The given-names list is read by bytes where a line is ASCII: the names, genders and nicknames are those that
/// cutting each line at its space Characters gives.
@Suite struct GivenNamesReadingTests {
    static let text = """
    # a comment line
    Jane F
    John  M
    Alex ?
    Kim
    José M
    Zoë  F extra
    DeShawn M
      McKENZIE   F
    o'neil ?
    Jane M
    = Bill William
    =  Bob   Robert
    = Pepe José
    = Only
    \r\nSam M\r\n
    """

    /// The list as the Character-based reading made it.
    static func reference(_ text: String) -> (names: [String: Character], equivalents: [String: Set<String>]) {
        var names: [String: Character] = [:], equivalents: [String: Set<String>] = [:]
        for bytes in text.utf8.split(whereSeparator: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) {
            let line = Substring(bytes)
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("=") {
                let parts = line.dropFirst().split(separator: " ").map { NameKey.fold(String($0)) }
                guard parts.count == 2 else { continue }
                equivalents[parts[0], default: []].insert(parts[1])
                equivalents[parts[1], default: []].insert(parts[0])
            } else {
                let parts = line.split(separator: " ")
                if parts.isEmpty { continue }
                names[NameKey.fold(String(parts[0]))] = parts.count > 1 ? parts[1].first ?? "?" : "?"
            }
        }
        return (names, equivalents)
    }

    /// Without a carriage return the lines end where memchr finds a line feed, and the names are lowered from the
    /// whole text's bytes, eight at a time while they are ASCII (`ASCIINameLines`): the same list.
    @Test func readAsByCharactersWithoutCarriageReturns() {
        let text = Self.text.replacingOccurrences(of: "\r", with: "")
        let read = GivenNames(text: text), expected = Self.reference(text)
        #expect(read.names == expected.names)
        #expect(read.equivalents == expected.equivalents)
        let ascii = "Ann F\nBOB M\n  Cy ?\nDorotheaAnneMarie F\nEVELYN-ROSE   M\n\n# note\nZed"
        #expect(GivenNames(text: ascii).names == Self.reference(ascii).names)
        #expect(GivenNames(text: ascii).names["dorotheaannemarie"] == "F" && GivenNames(text: ascii).names["zed"] == "?")
    }

    @Test func readAsByCharacters() {
        let read = GivenNames(text: Self.text)
        let expected = Self.reference(Self.text)
        #expect(read.names == expected.names)
        #expect(read.equivalents == expected.equivalents)
        #expect(read.names["john"] == "M" && read.names["kim"] == "?" && read.names["jose"] == "M" && read.names["sam"] == "M")
        #expect(read.equivalents["bob"] == ["robert"] && read.equivalents["pepe"] == ["jose"] && read.equivalents["only"] == nil)
        #expect(GivenNames.asciiWords("  two  words ".utf8[...]) == ["two", "words"])
        // Capitals inside and leading spaces are folded as NameKey folds them; a later line of a name wins.
        #expect(read.names["deshawn"] == "M" && read.names["mckenzie"] == "F" && read.names["o'neil"] == "?" && read.names["jane"] == "M")
        // A line of spaces names nobody.
        #expect(GivenNames(text: "   \nAnn F").names == ["ann": "F"])
    }

    /// The bundled list, read from its bytes, is what the Character-based reading makes of it.
    @Test func bundledListReadAsByCharacters() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/DossierExtraction/Resources/given-names.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = Self.reference(text)
        let read = GivenNames(text: text)
        #expect(read.names.count > 80_000)
        #expect(read.names == expected.names)
        #expect(read.equivalents == expected.equivalents)
        #expect(GivenNames.bundled().names == expected.names)
    }
}
