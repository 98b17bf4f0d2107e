import DossierCore
import Foundation
import Testing
@testable import DossierSite

@Suite struct PrettyJSONEncoderTests {
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    struct Inner: Encodable {
        var b: String
        var a: Int?
        var z: [Double]
        var e: [String: Int]
    }

    /// Encodes by hand, in an order that is not sorted, with nested containers asked for and filled after.
    struct Outer: Encodable {
        var zeta: String
        var alpha: [Inner]
        var empty: [Int] = []
        var emptyObject: [String: String] = [:]
        var missing: String?
        var flag = true
        var large: Int64 = -9_223_372_036_854_775_807
        var byte: UInt8 = 255
        var single: Float = 3.25
        var nested: [[String]] = [[], ["a"], ["b", "c"]]

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(zeta, forKey: .zeta)
            try c.encode(alpha, forKey: .Alpha)
            try c.encode(empty, forKey: .empty)
            try c.encode(emptyObject, forKey: .emptyObject)
            try c.encode(missing, forKey: .missing)
            try c.encodeIfPresent(missing, forKey: .absent)
            try c.encode(flag, forKey: .flag)
            try c.encode(large, forKey: .large)
            try c.encode(byte, forKey: .byte)
            try c.encode(single, forKey: .single)
            try c.encode(nested, forKey: .nested)
            var later = c.nestedContainer(keyedBy: Key.self, forKey: .later)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try later.encode("a/b", forKey: .zeta)
            try list.encode(1)
            try list.encodeNil()
            try list.encode("é")
        }

        enum Key: String, CodingKey { case zeta, Alpha, empty, emptyObject, missing, absent, flag, large, byte, single, nested, later, list }
    }

    /// Every ASCII character (each control character among them), separators JavaScript minds, a byte-order mark,
    /// combining marks, a joined emoji, DEL and a C1 control.
    static let oddText: String = {
        var text = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
        text += "\u{2028}\u{2029}\u{FEFF}e\u{301}\u{301}👩‍👩‍👧\u{7F}\u{85}/\\\""
        return text
    }()

    static let doubles: [Double] = [0, -0.0, 1, 1.5, 1900, 1.9e6, 11_000_000_000, 1e15, 1e16, 1e20, 1e21, 1e-7, 0.1, 1.0 / 3,
                                    123_456_789.123, -42, 5e-324, 1.7976931348623157e308, 2.5e-5]

    @Test func writesWhatJSONEncoderWrites() throws {
        let keys = ["b": 1, "a": 2, "B": 3, "é": 4, "z": 5, "aa": 6, "a b": 7, "10": 8, "9": 9, "": 10]
        let value = Outer(zeta: Self.oddText, alpha: [Inner(b: "b", a: nil, z: Self.doubles, e: keys), Inner(b: "", a: 3, z: [], e: [:])])
        let expected = try Self.jsonEncoder().encode(value)
        let written = try PrettyJSONEncoder().encode(value)
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(written == [UInt8](expected))
    }

    @Test func writesTheDossierAsJSONEncoderDoes() throws {
        let dossier = SearchIndexTests.dossier
        let expected = try Self.jsonEncoder().encode(DossierJSON.Document(dossier)) + [0x0A]
        #expect(try DossierJSON.encode(dossier) == expected)
    }

    @Test func exactBytesOfASmallValue() throws {
        let written = try PrettyJSONEncoder().encode(["b": [1.5, 2], "a": []])
        #expect(String(decoding: written, as: UTF8.self) == "{\n  \"a\" : [\n\n  ],\n  \"b\" : [\n    1.5,\n    2\n  ]\n}")
    }

    @Test func refusesNumbersJSONCannotHold() {
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSONEncoder().encode(["x": Double.infinity]) }
    }
}
