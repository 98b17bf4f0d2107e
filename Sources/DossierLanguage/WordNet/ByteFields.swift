/// The space-separated fields of a line of a WordNet file, read off its bytes in order without making a string or an
/// array of them (a line is split the way `split(separator: " ")` splits it: runs of spaces separate, none is empty).
struct ByteFields {
    let bytes: UnsafeRawBufferPointer
    /// How many fields the line has.
    let count: Int
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        var count = 0, inField = false
        for byte in bytes {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && !inField { count += 1 }
            inField = !isSpace
        }
        self.count = count
    }

    /// The next field's bytes; nil after the last.
    mutating func next() -> UnsafeRawBufferPointer? {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: " ") { position += 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<position])
    }

    /// Skips `fields` fields.
    mutating func skip(_ fields: Int) {
        for _ in 0..<max(fields, 0) { _ = next() }
    }

    /// The value of field `index` (from 0), as `integer(_:)` reads it; nil when it is not a number or not there.
    func integer(at index: Int) -> Int? {
        var fields = self
        fields.position = 0
        fields.skip(index)
        return fields.next().flatMap { Self.integer($0) }
    }

    /// `body` run with each field from field `first` (from 0) on.
    func forEach(from first: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
        var fields = self
        fields.position = 0
        fields.skip(first)
        while let field = fields.next() { body(field) }
    }

    /// The field's value as `Int(_:radix:)` reads its text (WordNet's numbers are plain digits, read here without
    /// making the text).
    static func integer(_ field: UnsafeRawBufferPointer, radix: Int = 10) -> Int? {
        guard radix == 10, !field.isEmpty, field.count <= 18 else { return Int(String(decoding: field, as: UTF8.self), radix: radix) }
        var value = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return Int(String(decoding: field, as: UTF8.self), radix: radix) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
