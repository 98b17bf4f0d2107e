/// Writes what `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes, byte for byte, for
/// the values `dossier.json` is made of (structs, arrays, dictionaries with String keys, optionals, strings, integers,
/// Booleans and finite doubles), in one pass: each container writes its members' bytes into one buffer as they are
/// encoded and, when it is done, copies them out in order (an object's sorted by key), so no tree of values is built
/// first. Dates, data, URLs and decimals, which `JSONEncoder` treats specially, are not handled here.
struct PrettyJSONEncoder {
    func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        var bytes: [UInt8] = []
        if try JSONScalar.write(value, into: &bytes) { return bytes }
        let writer = JSONValueWriter(level: 0)
        try value.encode(to: writer)
        // The whole document is copied out once: room for it at once, and a little for what the caller appends,
        // rather than doubling (which would hold up to twice its size at the peak).
        bytes.reserveCapacity(writer.estimatedByteCount + 16)
        writer.write(into: &bytes)
        return bytes
    }
}

/// One value being encoded, at `level` (how many containers hold it, which sets its closing bracket's indent).
/// Its coding path is not kept (nothing in `dossier.json` reads it), so that a value costs no array of keys.
final class JSONValueWriter: Encoder {
    let level: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var value: Written = .nothing

    init(level: Int) {
        self.level = level
    }

    /// What the value is so far.
    enum Written {
        case nothing
        case scalar([UInt8])
        case members(JSONMembers)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONKeyedWriter<Key>(members: members(keyed: true)))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONUnkeyedWriter(members: members(keyed: false))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueWriter(writer: self)
    }

    /// The container asked for before, or a new one (`JSONEncoder` too hands out one container per value).
    private func members(keyed: Bool) -> JSONMembers {
        if case .members(let existing) = value, existing.isKeyed == keyed { return existing }
        let members = JSONMembers(level: level, isKeyed: keyed)
        value = .members(members)
        return members
    }

    fileprivate func setScalar(_ bytes: [UInt8]) {
        value = .scalar(bytes)
    }

    /// About how many bytes `write(into:)` appends (exactly, unless a member was a nested container).
    var estimatedByteCount: Int {
        switch value {
        case .nothing: 2
        case .scalar(let scalar): scalar.count
        case .members(let members): members.estimatedByteCount
        }
    }

    /// Appends the value's bytes; a value that encoded nothing is `{}`, as `JSONEncoder` writes it.
    func write(into bytes: inout [UInt8]) {
        switch value {
        case .nothing: JSONMembers(level: level, isKeyed: true).write(into: &bytes)
        case .scalar(let scalar): bytes += scalar
        case .members(let members): members.write(into: &bytes)
        }
    }
}

/// The members of an object or an array, in the order they were encoded: each one's bytes in one buffer, written out
/// at the end as `JSONEncoder` writes them (an object's entries sorted by the keys' UTF-8 bytes; of two entries with
/// one key, the later counts).
final class JSONMembers {
    let level: Int
    let isKeyed: Bool
    private var buffer: [UInt8] = []
    private var members: [(key: String, value: Member)] = []

    enum Member {
        /// Bytes in `buffer`.
        case bytes(Range<Int>)
        /// A container asked for with `nestedContainer` and filled later.
        case nested(JSONValueWriter)
    }

    init(level: Int, isKeyed: Bool) {
        self.level = level
        self.isKeyed = isKeyed
    }

    var count: Int { members.count }

    func appendNull(key: String = "") {
        let start = buffer.count
        buffer += JSONScalar.null
        members.append((key, .bytes(start..<buffer.count)))
    }

    /// Encodes a member one level further in, straight into the buffer when it is a scalar.
    func append<Value: Encodable>(_ value: Value, key: String = "") throws {
        let start = buffer.count
        if !(try JSONScalar.write(value, into: &buffer)) {
            let writer = JSONValueWriter(level: level + 1)
            try value.encode(to: writer)
            writer.write(into: &buffer)
        }
        members.append((key, .bytes(start..<buffer.count)))
    }

    func appendNested(key: String = "") -> JSONValueWriter {
        let writer = JSONValueWriter(level: level + 1)
        members.append((key, .nested(writer)))
        return writer
    }

    /// The bytes of the members, their keys, separators and indents (a nested container's as its own estimate).
    var estimatedByteCount: Int {
        var count = buffer.count + 4 + 2 * level
        for (key, value) in members {
            count += 2 * (level + 1) + 2
            if isKeyed { count += key.utf8.count + 5 }
            if case .nested(let writer) = value { count += writer.estimatedByteCount }
        }
        return count
    }

    func write(into bytes: inout [UInt8]) {
        bytes.append(isKeyed ? UInt8(ascii: "{") : UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        for (number, index) in order().enumerated() {
            if number > 0 { bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")] }
            JSONScalar.indent(level + 1, into: &bytes)
            if isKeyed {
                JSONScalar.string(members[index].key, into: &bytes)
                bytes += [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")]
            }
            switch members[index].value {
            case .bytes(let range): bytes += buffer[range]
            case .nested(let writer): writer.write(into: &bytes)
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        JSONScalar.indent(level, into: &bytes)
        bytes.append(isKeyed ? UInt8(ascii: "}") : UInt8(ascii: "]"))
    }

    /// The members' positions in the order they are written.
    private func order() -> [Int] {
        guard isKeyed else { return Array(members.indices) }
        let sorted = members.indices.sorted { left, right in
            let a = members[left].key, b = members[right].key
            return a == b ? left < right : a.utf8.lexicographicallyPrecedes(b.utf8)
        }
        return sorted.indices.filter { $0 + 1 == sorted.count || members[sorted[$0 + 1]].key != members[sorted[$0]].key }.map { sorted[$0] }
    }
}

struct JSONKeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let members: JSONMembers
    var codingPath: [any CodingKey] { [] }

    func encodeNil(forKey key: Key) throws {
        members.appendNull(key: key.stringValue)
    }

    func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        try members.append(value, key: key.stringValue)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        members.appendNested(key: key.stringValue).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        members.appendNested(key: key.stringValue).unkeyedContainer()
    }

    func superEncoder() -> any Encoder {
        members.appendNested(key: "super")
    }

    func superEncoder(forKey key: Key) -> any Encoder {
        members.appendNested(key: key.stringValue)
    }
}

struct JSONUnkeyedWriter: UnkeyedEncodingContainer {
    let members: JSONMembers
    var codingPath: [any CodingKey] { [] }
    var count: Int { members.count }

    mutating func encodeNil() throws {
        members.appendNull()
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try members.append(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        members.appendNested().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        members.appendNested().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        members.appendNested()
    }
}

struct JSONSingleValueWriter: SingleValueEncodingContainer {
    let writer: JSONValueWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        writer.setScalar(JSONScalar.null)
    }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        var bytes: [UInt8] = []
        if try JSONScalar.write(value, into: &bytes) {
            writer.setScalar(bytes)
        } else {
            try value.encode(to: writer)
        }
    }
}
