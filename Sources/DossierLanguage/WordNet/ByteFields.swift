/// The space-separated fields of a line of a WordNet file, read off its bytes in order, each once, without making a
/// string or an array of them (a line is split the way `split(separator: " ")` splits it: runs of spaces separate,
/// none is empty).
struct ByteFields {
    let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    /// How many fields the whole line has, those read already included (counted when asked).
    var count: Int {
        var count = 0, inField = false
        for byte in bytes {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && !inField { count += 1 }
            inField = !isSpace
        }
        return count
    }

    /// Whether a field is left to read.
    var hasNext: Bool {
        var position = position
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        return position < bytes.count
    }

    /// The next field's bytes; nil after the last.
    mutating func next() -> UnsafeRawBufferPointer? {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
        guard position < bytes.count else { return nil }
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: " ") { position += 1 }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<position])
    }

    /// The next field read as `integer(_:radix:)` reads it; nil when it is not a number or not there.
    mutating func nextInteger(radix: Int = 10) -> Int? {
        next().flatMap { Self.integer($0, radix: radix) }
    }

    /// Skips `fields` fields.
    mutating func skip(_ fields: Int) {
        for _ in 0..<max(fields, 0) { _ = next() }
    }

    /// The field's value as `Int(_:radix:)` reads its text: WordNet's numbers are plain digits (decimal, or hexadecimal
    /// for a synset's word count), read here without making the text; only a field with a sign or another byte goes
    /// through a `String`.
    static func integer(_ field: UnsafeRawBufferPointer, radix: Int = 10) -> Int? {
        guard !field.isEmpty else { return nil }
        var value = 0
        for byte in field {
            guard let digit = digitValue(byte), digit < radix else { return Int(String(decoding: field, as: UTF8.self), radix: radix) }
            let (shifted, overflowed) = value.multipliedReportingOverflow(by: radix)
            let (sum, overflowedAdding) = shifted.addingReportingOverflow(digit)
            // `Int(_:radix:)` has no value for a number too large for an Int either.
            guard !overflowed, !overflowedAdding else { return nil }
            value = sum
        }
        return value
    }

    /// `0`…`9` → 0…9, `a`…`z` and `A`…`Z` → 10…35; nil for any other byte.
    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
