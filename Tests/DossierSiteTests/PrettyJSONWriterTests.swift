import Foundation
import Testing
@testable import DossierSite

/// Keys that `isPlain` must tell apart.
private enum OddKey: String, JSONKey {
    case quoted = "a\"b", backslash = "a\\b", newline = "a\nb", plain = "a_b"
}

@Suite struct PrettyJSONWriterTests {
    /// The document's keys are written without the escape scan (`key(_: some JSONKey)`): each must need no escape, and
    /// a key so written is the key `JSONScalar.string` writes.
    @Test func documentKeysNeedNoEscape() {
        func check<Key: JSONKey>(_: Key.Type) {
            for key in Key.allCases {
                #expect(Key.isPlain(key), "\(key.rawValue)")
                var plain = PrettyJSONWriter()
                plain.object { $0.key(key); $0.int(1) }
                var scanned = PrettyJSONWriter()
                scanned.object { $0.key(key.rawValue); $0.int(1) }
                #expect(plain.bytes == scanned.bytes, "\(key.rawValue)")
            }
        }
        check(DossierJSON.DocumentKey.self)
        check(DossierJSON.SourceKey.self)
        check(DossierJSON.FlagKey.self)
        check(DossierJSON.ReferenceKey.self)
        check(DossierJSON.PersonKey.self)
        check(DossierJSON.PersonPartKey.self)
        check(DossierJSON.TopicKey.self)
        check(DossierJSON.FigureKey.self)
        check(DossierJSON.ValueKey.self)
        check(DossierJSON.EventKey.self)
        #expect(!OddKey.isPlain(.quoted) && !OddKey.isPlain(.backslash) && !OddKey.isPlain(.newline) && OddKey.isPlain(.plain))
    }

    @Test func writesNestedContainersAsJSONEncoderDoes() throws {
        struct Value: Encodable {
            var b: [String: String]
            var a: [[Double]]
            var c: Bool
            var d: String?
            var e: [String]

            /// `d` as `null` when it is missing (the synthesized encoding would leave it out).
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Key.self)
                try container.encode(b, forKey: .b)
                try container.encode(a, forKey: .a)
                try container.encode(c, forKey: .c)
                try container.encode(d, forKey: .d)
                try container.encode(e, forKey: .e)
            }

            enum Key: String, CodingKey { case b, a, c, d, e }
        }
        let keys = ["b": "1", "a": "2", "B": "3", "é": "4", "z": "5", "aa": "6", "a b": "7", "10": "8", "9": "9", "": DossierJSONTests.oddText]
        let value = Value(b: keys, a: [[], DossierJSONTests.doubles, [2]], c: false, d: nil, e: [DossierJSONTests.oddText, ""])
        let expected = try DossierJSONReference.encoder().encode(value)
        var json = PrettyJSONWriter()
        try json.object { json in
            json.key("a")
            try json.array(value.a) { json, numbers in try json.array(numbers) { try $0.number($1) } }
            json.key("b")
            json.object(value.b)
            json.key("c")
            json.bool(value.c)
            json.key("d")
            json.string(value.d)
            json.key("e")
            json.array(value.e)
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func exactBytesOfASmallValue() {
        var json = PrettyJSONWriter()
        json.object { json in
            json.key("a")
            json.array { _ in }
            json.key("b")
            json.array { json in
                json.item()
                json.int(-2)
                json.item()
                json.null()
            }
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == "{\n  \"a\" : [\n\n  ],\n  \"b\" : [\n    -2,\n    null\n  ]\n}")
        // As a file: the bytes and a line feed, the writer's bytes left as they were.
        let written = json.bytes
        let file = json.dataEndingWithLineFeed()
        #expect(Array(file) == written + [0x0A])
        #expect(json.bytes == written)
    }

    /// Longer than many stretches of `StagedBytes`: the same bytes as `JSONEncoder`'s, as the writer's bytes and as its file.
    @Test func writesALargeValueAsJSONEncoderDoes() throws {
        let rows = (0..<6000).map { ["n\($0)": "row \($0) \(DossierJSONTests.oddText)", "x": String(repeating: "é\"", count: $0 % 50)] }
        let expected = try DossierJSONReference.encoder().encode(rows)
        var json = PrettyJSONWriter()
        json.array(rows) { $0.object($1) }
        #expect(json.bytes == Array(expected))
        #expect(json.dataEndingWithLineFeed() == expected + [0x0A])
    }

    @Test func sortsKeysByTheirBytes() {
        enum Key: String, JSONKey { case b, B, a, aa, é, a_b = "a b", ten = "10", nine = "9" }
        #expect(Key.inWritingOrder().map(\.rawValue) == ["10", "9", "B", "a", "a b", "aa", "b", "é"])
    }
}
