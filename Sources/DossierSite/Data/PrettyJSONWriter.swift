import Foundation

/// Writes JSON straight into one buffer, byte for byte as `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes it: two spaces per level, `"key" : value`, members
/// one a line, an empty object or array as its brackets around an empty line.
///
/// The caller writes an object's members in the order of their keys' UTF-8 bytes (see `JSONKey.inWritingOrder`)
/// and each member's value right after its `key`, and an array's elements each after `item()`; nothing is built
/// before it is written, and nothing is copied afterwards.
public struct PrettyJSONWriter {
    public private(set) var bytes: [UInt8] = []
    public init() {}

    /// How many objects and arrays hold what is written next.
    private var level = 0
    /// Whether the innermost open object or array has no member yet.
    private var isFirstMember = true

    /// An object: `body` writes its members, each a `key(_:)` and a value.
    public mutating func object(_ body: (inout PrettyJSONWriter) throws -> Void) rethrows {
        try container(opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}"), body)
    }

    /// An array: `body` writes its elements, each an `item()` and a value.
    public mutating func array(_ body: (inout PrettyJSONWriter) throws -> Void) rethrows {
        try container(opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"), body)
    }

    /// An array of the elements, each written by `element`.
    public mutating func array<Elements: Sequence>(_ elements: Elements,
                                            _ element: (inout PrettyJSONWriter, Elements.Element) throws -> Void) rethrows {
        try array { json in
            for value in elements {
                json.item()
                try element(&json, value)
            }
        }
    }

    /// An array of strings.
    public mutating func array(_ strings: [String]) {
        array(strings) { $0.string($1) }
    }

    /// An object of the entries, sorted by their keys' UTF-8 bytes.
    public mutating func object(_ entries: [String: String]) {
        let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        object { json in
            for (key, value) in sorted {
                json.key(key)
                json.string(value)
            }
        }
    }

    private mutating func container(opening: UInt8, closing: UInt8, _ body: (inout PrettyJSONWriter) throws -> Void) rethrows {
        bytes.append(opening)
        bytes.append(UInt8(ascii: "\n"))
        let outerIsFirst = isFirstMember
        level += 1
        isFirstMember = true
        try body(&self)
        level -= 1
        isFirstMember = outerIsFirst
        bytes.append(UInt8(ascii: "\n"))
        JSONScalar.indent(level, into: &bytes)
        bytes.append(closing)
    }

    /// Starts an object's member: its key, the value comes next.
    public mutating func key(_ name: String) {
        startMember()
        JSONScalar.string(name, into: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Starts an array's element: the value comes next.
    public mutating func item() {
        startMember()
    }

    private mutating func startMember() {
        if !isFirstMember {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
        }
        isFirstMember = false
        JSONScalar.indent(level, into: &bytes)
    }

    public mutating func string(_ value: String) {
        JSONScalar.string(value, into: &bytes)
    }

    /// The string, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        bytes += String(value).utf8
    }

    /// Throws for a number JSON cannot hold (infinite, not a number), as `JSONEncoder` does.
    public mutating func number(_ value: Double) throws {
        bytes += try JSONScalar.number(value)
    }

    /// The number, or `null`.
    public mutating func number(_ value: Double?) throws {
        if let value { try number(value) } else { null() }
    }

    public mutating func bool(_ value: Bool) {
        bytes += (value ? "true" : "false").utf8
    }

    public mutating func null() {
        bytes += JSONScalar.null
    }

    /// What was written and a line feed, as a file's bytes: the line feed is appended to the writer's own buffer and
    /// taken off again, so the bytes are copied once (appended to a copy of `bytes`, they were copied twice).
    public mutating func dataEndingWithLineFeed() -> Data {
        bytes.append(0x0A)
        defer { bytes.removeLast() }
        return Data(bytes)
    }
}

/// The keys of one kind of object, written in the order `JSONEncoder` sorts them (by their UTF-8 bytes).
protocol JSONKey: RawRepresentable<String>, CaseIterable {}

extension JSONKey {
    /// Every key, sorted as `.sortedKeys` sorts them. Worked out once per kind of object (kept in a `static let`).
    static func inWritingOrder() -> [Self] {
        allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
    }
}
