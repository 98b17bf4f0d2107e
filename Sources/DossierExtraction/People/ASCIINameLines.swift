import Foundation

/// The lines of the given-names list and their ASCII names, read from the text's bytes (`GivenNames(text:)`, 90,000
/// lines a process): whether the text is ASCII and holds a carriage return is asked once of the whole text, each line's
/// end is then found by the C library's memchr (many bytes at a time), and the names' capitals are lowered in one pass
/// over the whole text, where each line was read byte by byte (for its end and whether it is ASCII) and each name
/// lowered byte by byte into its string.
struct ASCIINameLines {
    /// The text, and the same bytes with each ASCII capital lowered (a byte from 0x80 up, part of a longer scalar, is
    /// never one, so the lowered bytes of an ASCII line are its folded text, as `NameKey.fold` lowers ASCII).
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lowered: [UInt8]
    private let isASCII: Bool
    private let hasCarriageReturn: Bool

    /// `bytes`: the text, which must outlive this reading of it.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        (lowered, isASCII) = Self.lowered(bytes)
        hasCarriageReturn = bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "\r")), bytes.count) != nil } ?? false
    }

    /// The bytes with their ASCII capitals lowered, and whether they are all ASCII: read and lowered eight at a time
    /// (`ASCIICapitals`) while they are ASCII, byte by byte from the first eight that are not.
    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Bool) {
        var lowered = [UInt8](repeating: 0, count: bytes.count)
        var isASCII = true
        lowered.withUnsafeMutableBytes { out in
            let input = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= bytes.count {
                let eight = input.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                guard eight & 0x8080_8080_8080_8080 == 0 else { break }
                out.storeBytes(of: eight | ASCIICapitals.capitals(eight) >> 2, toByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte >= 0x80 { isASCII = false }
                out[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                offset += 1
            }
        }
        return (lowered, isASCII)
    }

    /// Where the line starting at `start` ends (at a line feed or carriage return, or the text's end), and whether the
    /// line is ASCII.
    func line(from start: Int) -> (end: Int, isASCII: Bool) {
        if !hasCarriageReturn, let base = bytes.baseAddress {
            let end = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
                .map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
            return (end, isASCII || !bytes[start..<end].contains { $0 >= 0x80 })
        }
        var end = start
        var lineIsASCII = true
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") {
            if bytes[end] >= 0x80 { lineIsASCII = false }
            end += 1
        }
        return (end, lineIsASCII)
    }

    /// The folded name (the line's first word, capitals lowered) and gender (the first byte of its second word, else
    /// `?`) of the ASCII line at `line`; nil when the line has only spaces.
    func nameLine(_ line: Range<Int>) -> (String, Character)? {
        let space = UInt8(ascii: " ")
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == space { start += 1 }
        guard start < line.upperBound else { return nil }
        var end = start
        while end < line.upperBound, bytes[end] != space { end += 1 }
        // Copied into a string made at once (`String(decoding:)` took twice as long over the same bytes).
        let name = lowered.withUnsafeBufferPointer { lowered in
            String(unsafeUninitializedCapacity: end - start) { $0.initialize(fromContentsOf: lowered[start..<end]) }
        }
        var next = end
        while next < line.upperBound, bytes[next] == space { next += 1 }
        return (name, next < line.upperBound ? Self.gender(bytes[next]) : "?")
    }

    /// The gender an ASCII byte writes: the list's three as constants (a `Character` made from a scalar is a string
    /// made), any other made.
    private static func gender(_ byte: UInt8) -> Character {
        switch byte {
        case UInt8(ascii: "F"): return "F"
        case UInt8(ascii: "M"): return "M"
        case UInt8(ascii: "?"): return "?"
        default: return Character(Unicode.Scalar(byte))
        }
    }
}
