import Foundation

/// Writes JSON straight into a byte buffer, byte for byte as `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes it: two spaces per level, `"key" : value`, members
/// one a line, an empty object or array as its brackets around an empty line.
///
/// The caller writes an object's members in the order of their keys' UTF-8 bytes (see `JSONKey.inWritingOrder`)
/// and each member's value right after its `key`, and an array's elements each after `item()`; nothing is built
/// before it is written; the bytes are copied once, into the file's `Data` (a stretch at a time: see `StagedBytes`).
public struct PrettyJSONWriter {
    private var output = StagedBytes()

    public init() {}

    /// All that was written.
    public var bytes: [UInt8] { output.bytes }

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
        output.pending.append(opening)
        output.pending.append(UInt8(ascii: "\n"))
        let outerIsFirst = isFirstMember
        level += 1
        isFirstMember = true
        try body(&self)
        level -= 1
        isFirstMember = outerIsFirst
        output.pending.append(UInt8(ascii: "\n"))
        JSONScalar.indent(level, into: &output.pending)
        output.pending.append(closing)
    }

    /// Starts an object's member: its key, the value comes next.
    public mutating func key(_ name: String) {
        startMember()
        JSONScalar.string(name, into: &output.pending)
        output.pending.append(UInt8(ascii: " "))
        output.pending.append(UInt8(ascii: ":"))
        output.pending.append(UInt8(ascii: " "))
    }

    /// Starts an object's member whose key is one of the document's own (`JSONKey`): its raw value is plain ASCII with
    /// nothing to escape (`JSONKey.isPlain`, checked by the tests), so it is copied as it is, without the scan of
    /// `JSONScalar.string` (a BBC `dossier.json` has a third of a million keys).
    mutating func key<Key: JSONKey>(_ key: Key) {
        startMember()
        assert(Key.isPlain(key), "a document key needs no escape")
        output.pending.append(UInt8(ascii: "\""))
        key.rawValue.withBorrowedUTF8 { output.pending.append(contentsOf: $0) }
        output.pending.append(UInt8(ascii: "\""))
        output.pending.append(UInt8(ascii: " "))
        output.pending.append(UInt8(ascii: ":"))
        output.pending.append(UInt8(ascii: " "))
    }

    /// Starts an array's element: the value comes next.
    public mutating func item() {
        startMember()
    }

    private mutating func startMember() {
        output.handOverIfLong()
        if !isFirstMember {
            output.pending.append(UInt8(ascii: ","))
            output.pending.append(UInt8(ascii: "\n"))
        }
        isFirstMember = false
        JSONScalar.indent(level, into: &output.pending)
    }

    public mutating func string(_ value: String) {
        JSONScalar.string(value, into: &output.pending)
    }

    /// The string, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        DecimalDigits.append(value, to: &output.pending)
    }

    /// Throws for a number JSON cannot hold (infinite, not a number), as `JSONEncoder` does.
    public mutating func number(_ value: Double) throws {
        output.pending += try JSONScalar.number(value)
    }

    /// The number, or `null`.
    public mutating func number(_ value: Double?) throws {
        if let value { try number(value) } else { null() }
    }

    public mutating func bool(_ value: Bool) {
        output.pending += (value ? "true" : "false").utf8
    }

    public mutating func null() {
        output.pending += JSONScalar.null
    }

    /// What was written and a line feed, as a file's bytes: the writer's stretches put together once, with the line
    /// feed written as the last byte (the writer is done; one still used afterwards is copied first, and keeps what it had).
    public consuming func dataEndingWithLineFeed() -> Data {
        output.pending.append(0x0A)
        return output.takeData()
    }
}

/// The keys of one kind of object, written in the order `JSONEncoder` sorts them (by their UTF-8 bytes).
protocol JSONKey: RawRepresentable<String>, CaseIterable {}

extension JSONKey {
    /// Every key, sorted as `.sortedKeys` sorts them. Worked out once per kind of object (kept in a `static let`).
    static func inWritingOrder() -> [Self] {
        allCases.sorted { $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8) }
    }

    /// Whether the key's raw value is written by `JSONScalar.string` as it is, between quotes: printable ASCII without
    /// `"` or a backslash.
    static func isPlain(_ key: Self) -> Bool {
        key.rawValue.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
}
