/// Writes what `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes, byte for byte, for
/// the values `dossier.json` is made of (structs, arrays, dictionaries with String keys, optionals, strings, integers,
/// Booleans and finite doubles), in one pass: each value is written out as soon as it is encoded and only an object's
/// entries wait, to be sorted, so no tree of the whole document is built first. Dates, data, URLs and decimals, which
/// `JSONEncoder` treats specially, are not handled here.
struct PrettyJSONEncoder {
    func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let writer = JSONValueWriter(level: 0, codingPath: [])
        try value.encode(to: writer)
        var bytes: [UInt8] = []
        writer.write(into: &bytes)
        return bytes
    }
}

/// One value being encoded, at `level` (how many containers hold it, which sets its closing bracket's indent).
final class JSONValueWriter: Encoder {
    let level: Int
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var value: Written = .nothing

    init(level: Int, codingPath: [any CodingKey]) {
        self.level = level
        self.codingPath = codingPath
    }

    /// What the value is so far.
    enum Written {
        case nothing
        case scalar([UInt8])
        case object(JSONObjectEntries)
        case array(JSONArrayElements)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let entries: JSONObjectEntries
        if case .object(let existing) = value {
            entries = existing
        } else {
            entries = JSONObjectEntries()
            value = .object(entries)
        }
        return KeyedEncodingContainer(JSONKeyedWriter<Key>(entries: entries, level: level, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let elements: JSONArrayElements
        if case .array(let existing) = value {
            elements = existing
        } else {
            elements = JSONArrayElements()
            value = .array(elements)
        }
        return JSONUnkeyedWriter(elements: elements, level: level, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueWriter(writer: self)
    }

    fileprivate func setScalar(_ bytes: [UInt8]) {
        value = .scalar(bytes)
    }

    /// The value's bytes; a value that encoded nothing is `{}`, as `JSONEncoder` writes it.
    func write(into bytes: inout [UInt8]) {
        switch value {
        case .nothing: JSONObjectEntries().write(level: level, into: &bytes)
        case .scalar(let scalar): bytes += scalar
        case .object(let entries): entries.write(level: level, into: &bytes)
        case .array(let elements): elements.write(level: level, into: &bytes)
        }
    }

    /// The bytes of a value encoded by its own `encode(to:)` one level further in.
    static func bytes<Value: Encodable>(of value: Value, level: Int, codingPath: [any CodingKey]) throws -> [UInt8] {
        if let scalar = try JSONScalar.bytes(of: value) { return scalar }
        let writer = JSONValueWriter(level: level, codingPath: codingPath)
        try value.encode(to: writer)
        var bytes: [UInt8] = []
        writer.write(into: &bytes)
        return bytes
    }
}

/// A member of a container: its bytes, or a container asked for with `nestedContainer` and filled later.
enum JSONMember {
    case bytes([UInt8])
    case nested(JSONValueWriter)

    func write(into bytes: inout [UInt8]) {
        switch self {
        case .bytes(let written): bytes += written
        case .nested(let writer): writer.write(into: &bytes)
        }
    }
}

/// An object's entries in the order they were encoded; written sorted by the keys' UTF-8 bytes, as `JSONEncoder`
/// sorts them (of two entries with one key, the later counts).
final class JSONObjectEntries {
    var entries: [(key: String, member: JSONMember)] = []

    func write(level: Int, into bytes: inout [UInt8]) {
        let order = entries.indices.sorted { left, right in
            let a = entries[left].key, b = entries[right].key
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        let kept = order.indices.filter { $0 + 1 == order.count || entries[order[$0 + 1]].key != entries[order[$0]].key }.map { order[$0] }
        bytes.append(UInt8(ascii: "{"))
        bytes.append(UInt8(ascii: "\n"))
        for (number, index) in kept.enumerated() {
            if number > 0 { bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            JSONScalar.indent(level + 1, into: &bytes)
            JSONScalar.string(entries[index].key, into: &bytes)
            bytes += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
            entries[index].member.write(into: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
        JSONScalar.indent(level, into: &bytes)
        bytes.append(UInt8(ascii: "}"))
    }
}

/// An array's elements in order.
final class JSONArrayElements {
    var elements: [JSONMember] = []

    func write(level: Int, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        for (number, element) in elements.enumerated() {
            if number > 0 { bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            JSONScalar.indent(level + 1, into: &bytes)
            element.write(into: &bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
        JSONScalar.indent(level, into: &bytes)
        bytes.append(UInt8(ascii: "]"))
    }
}

struct JSONKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let entries: JSONObjectEntries
    let level: Int
    let codingPath: [any CodingKey]

    func encodeNil(forKey key: Key) throws {
        entries.entries.append((key.stringValue, .bytes(JSONScalar.null)))
    }

    func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        let bytes = try JSONValueWriter.bytes(of: value, level: level + 1, codingPath: codingPath + [key])
        entries.entries.append((key.stringValue, .bytes(bytes)))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        nestedWriter(forKey: key).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        nestedWriter(forKey: key).unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        nestedWriter(forKey: JSONSuperKey.super)
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        nestedWriter(forKey: key)
    }

    private func nestedWriter(forKey key: any CodingKey) -> JSONValueWriter {
        let writer = JSONValueWriter(level: level + 1, codingPath: codingPath + [key])
        entries.entries.append((key.stringValue, .nested(writer)))
        return writer
    }
}

struct JSONUnkeyedWriter: UnkeyedEncodingContainer {
    let elements: JSONArrayElements
    let level: Int
    let codingPath: [any CodingKey]
    var count: Int { elements.elements.count }

    mutating func encodeNil() throws {
        elements.elements.append(.bytes(JSONScalar.null))
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let bytes = try JSONValueWriter.bytes(of: value, level: level + 1, codingPath: codingPath + [JSONIndexKey(count)])
        elements.elements.append(.bytes(bytes))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        nestedWriter().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        nestedWriter().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        nestedWriter()
    }

    private func nestedWriter() -> JSONValueWriter {
        let writer = JSONValueWriter(level: level + 1, codingPath: codingPath + [JSONIndexKey(count)])
        elements.elements.append(.nested(writer))
        return writer
    }
}

struct JSONSingleValueWriter: SingleValueEncodingContainer {
    let writer: JSONValueWriter
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws {
        writer.setScalar(JSONScalar.null)
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        if let scalar = try JSONScalar.bytes(of: value) {
            writer.setScalar(scalar)
        } else {
            try value.encode(to: writer)
        }
    }
}

/// The key of an array element in a coding path.
struct JSONIndexKey: CodingKey {
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}

/// The key `superEncoder()` encodes under, as `JSONEncoder` names it.
enum JSONSuperKey: String, CodingKey {
    case `super`
}

/// Strings, numbers, Booleans and null as `JSONEncoder` writes them.
enum JSONScalar {
    static let null: [UInt8] = Array("null".utf8)

    /// The bytes of a scalar value; nil for any other value (which encodes itself).
    static func bytes<Value: Encodable>(of value: Value) throws -> [UInt8]? {
        switch value {
        case let string as String:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(string.utf8.count + 2)
            self.string(string, into: &bytes)
            return bytes
        case let bool as Bool: return Array((bool ? "true" : "false").utf8)
        case let number as Int: return Array(String(number).utf8)
        case let number as Double: return try double(number)
        case let number as any BinaryInteger: return Array(String(describing: number).utf8)
        case let number as Float: return try float(number)
        default: return nil
        }
    }

    /// `JSONEncoder`'s form: the shortest description that reads back, without a trailing `.0` (`1900`, `1.9`, `1e+20`).
    static func double(_ number: Double) throws -> [UInt8] {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "\(number) is not valid JSON"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return Array(text.utf8)
    }

    static func float(_ number: Float) throws -> [UInt8] {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "\(number) is not valid JSON"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return Array(text.utf8)
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`, `\t`… or `\u00XX`; everything else (`/`
    /// and all of Unicode beyond ASCII included) as it is.
    static func string(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00...0x1F: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigit(byte / 16), hexDigit(byte % 16)]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// Two spaces per level.
    static func indent(_ level: Int, into bytes: inout [UInt8]) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }
}
