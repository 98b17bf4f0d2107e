import DossierCore

/// The lines of an article body, each with its line number in the file and its offset in the body.
public struct TextLines: Sendable {
    public struct Line: Sendable, Hashable {
        public var text: String
        /// 1-based line in the file.
        public var number: Int
        /// Offset of the line's first scalar in the body, in Unicode scalars.
        public var offset: Int
        public var isBlank: Bool { text.allSatisfy(\.isWhitespaceFast) }
    }

    public var lines: [Line]

    /// The lines of `body`, split at each line feed (read on the UTF-8 bytes: a line feed is one byte, and a scalar
    /// is a byte that does not continue one). As a character, `\r\n` is one line break that is not `\n`: it does not
    /// split a line, as `split(separator: "\n")` would not split it.
    public init(_ body: String, firstLine: Int = 1) {
        var lines: [Line] = []
        var offset = 0
        var number = firstLine
        var body = body
        body.withUTF8 { bytes in
            // Counted first, so that the lines are made into an array of their number, not one grown line by line.
            var breaks = 0
            for position in bytes.indices where Self.isBreak(at: position, in: bytes) { breaks += 1 }
            lines.reserveCapacity(breaks + 1)
            var start = 0, scalars = 0
            for position in 0...bytes.count {
                if position < bytes.count {
                    let byte = bytes[position]
                    if !Self.isBreak(at: position, in: bytes) {
                        if byte & 0xC0 != 0x80 { scalars += 1 }
                        continue
                    }
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                lines.append(Line(text: text, number: number, offset: offset))
                offset += scalars + 1
                number += 1
                start = position + 1
                scalars = 0
            }
        }
        self.lines = lines
    }

    /// A line feed not after a carriage return.
    @inline(__always) private static func isBreak(at position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[position] == 0x0A && (position == 0 || bytes[position - 1] != 0x0D)
    }

    public var firstNonEmpty: Line? { lines.first { !$0.isBlank } }
}
